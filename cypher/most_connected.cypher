// The most connected officials: people ranked by how many distinct nodes they are linked to
// (posts, meetings, programs, ...; MENTIONED_IN and bylines not counted).
// Parameters: $limit, how many. Example:
:param limit => 10;
MATCH (p:Person)-[r:HOLDS_POSITION|PRESIDED|SPOKE_AT|ATTENDED|PARTICIPATED_IN|WORKS_FOR|VISITED]-(x)
RETURN p.name AS person, count(DISTINCT x) AS degree, count(r) AS edges
ORDER BY degree DESC, edges DESC, person
LIMIT $limit;
