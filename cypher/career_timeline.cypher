// A career timeline: a person's posts, meetings, employers, programs and visits in date order.
// Parameters: $name, the person's name. Example:
:param name => '史根治';
MATCH (p:Person {name: $name})-[r:HOLDS_POSITION|PRESIDED|SPOKE_AT|ATTENDED|WORKS_FOR|PARTICIPATED_IN|VISITED]->(x)
RETURN r.date AS date, type(r) AS event, coalesce(r.title, '') AS title, coalesce(r.status, '') AS status,
       x.name AS at, r.article_id AS article
ORDER BY date, event, title, at;
