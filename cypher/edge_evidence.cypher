// The evidence sentences for an edge: every sentence (with article, offsets and rule) behind the
// relationships of type $type from $source to $target. Names are looked up in the full-text index.
// Parameters: $source and $target, names; $type, a relationship type. Example:
:param source => '史根治';
:param type => 'HOLDS_POSITION';
:param target => '许昌市委';
CALL db.index.fulltext.queryNodes('entity_names', '"' + $source + '"') YIELD node AS s
WITH s WHERE s.name = $source
MATCH (s)-[r]->(t {name: $target})
WHERE type(r) = $type
RETURN r.article_id AS article, r.start AS start, r.end AS end, r.rule AS rule, r.sentence AS sentence,
       r.title AS title
ORDER BY article, start;
