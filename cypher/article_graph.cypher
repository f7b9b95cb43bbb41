// Everything one article says: the relationships whose evidence comes from it.
// Parameters: $article, an article id (file stem, #n for the n-th article of a page). Example:
:param article => '2022-06-04-p1#1';
MATCH (s)-[r]->(t)
WHERE r.article_id = $article
RETURN s.name AS source, type(r) AS type, coalesce(t.name, t.title) AS target, coalesce(r.title, '') AS title
ORDER BY type, source, target;
