// Programs run by a body: the initiatives an organization carries out (RUNS), with one example
// sentence each.
// Parameters: $body, the organization's name. Example:
:param body => '共青团禹州市委';
MATCH (o:Organization {name: $body})-[r:RUNS]->(i:Initiative)
RETURN i.name AS initiative, count(r) AS evidence_count, min(r.date) AS first_seen, collect(r.sentence)[0] AS example
ORDER BY initiative;
