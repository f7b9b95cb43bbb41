// Full-text search over entity names and aliases (CJK analyzer), best matches first.
// Parameters: $query, Lucene query text; $limit, how many. Example:
:param query => '许昌';
:param limit => 20;
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
RETURN node.name AS name, labels(node)[0] AS label, score
ORDER BY score DESC, name
LIMIT $limit;
