// Posts of a person: every title the person holds (HOLDS_POSITION), at which body, with status,
// date and the sentence it was read from.
// Parameters: $name, the person's name. Example:
:param name => '史根治';
MATCH (p:Person {name: $name})-[r:HOLDS_POSITION]->(o:Organization)
RETURN r.title AS title, o.name AS body, r.status AS status, r.date AS date, r.sentence AS evidence
ORDER BY date, title, body;
