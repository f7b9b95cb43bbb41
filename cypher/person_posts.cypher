// Posts of a person: one row per title and body the person holds (HOLDS_POSITION), with every
// status read, the first and last article dates, how many articles say so and one example sentence.
// Parameters: $name, the person's name. Example:
:param name => '史根治';
MATCH (p:Person {name: $name})-[r:HOLDS_POSITION]->(o:Organization)
WITH o, r.title AS title, collect(r) AS rs
WITH o, title, rs, apoc.coll.min([x IN rs | x.date]) AS first_seen, apoc.coll.max([x IN rs | x.date]) AS last_seen
RETURN title, o.name AS body, apoc.coll.sort(apoc.coll.toSet([x IN rs | x.status])) AS statuses, first_seen,
       last_seen, size(apoc.coll.toSet([x IN rs | x.article_id])) AS articles, rs[0].sentence AS evidence
ORDER BY first_seen, title, body;
