// Everything one article says: the relationships whose evidence comes from it.
// Parameters: $article, an article id: the file's path below the input folder without its extension,
// #n for the n-th article of a page; a build of one folder drops that folder from the id, so an id
// also matches when it ends the stored one after a '/'. Example:
:param article => '2022-06-04-p1#1';
MATCH (s)-[r]->(t)
WHERE r.article_id = $article OR r.article_id ENDS WITH '/' + $article
RETURN r.article_id AS article, s.name AS source, type(r) AS type, coalesce(t.name, t.title) AS target,
       coalesce(r.title, '') AS title
ORDER BY article, type, source, target;
