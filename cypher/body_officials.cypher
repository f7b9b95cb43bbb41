// Officials of a body: one row per person and title at an organization, with every status read,
// the first and last article dates, how many articles say so and one example sentence.
// Parameters: $body, the organization's name. Example:
:param body => '许昌市委';
MATCH (p:Person)-[r:HOLDS_POSITION]->(o:Organization {name: $body})
WITH p, r.title AS title, collect(r) AS rs
RETURN p.name AS person, title, apoc.coll.sort(apoc.coll.toSet([x IN rs | x.status])) AS statuses,
       apoc.coll.min([x IN rs | x.date]) AS first_seen, apoc.coll.max([x IN rs | x.date]) AS last_seen,
       size(apoc.coll.toSet([x IN rs | x.article_id])) AS articles, rs[0].sentence AS example
ORDER BY person, title;
