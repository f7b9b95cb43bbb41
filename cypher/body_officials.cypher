// Officials of a body: who holds which title at an organization.
// Parameters: $body, the organization's name. Example:
:param body => '许昌市委';
MATCH (p:Person)-[r:HOLDS_POSITION]->(o:Organization {name: $body})
RETURN p.name AS person, r.title AS title, r.status AS status, r.date AS date
ORDER BY person, title;
