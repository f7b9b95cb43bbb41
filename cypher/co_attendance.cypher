// Co-attendance network: pairs of people at the same meetings (presided, spoke or attended),
// with how many meetings they share.
// Parameters: $min_shared, the least number of shared meetings; $limit, the most pairs. Example:
:param min_shared => 1;
:param limit => 50;
MATCH (a:Person)-[:PRESIDED|SPOKE_AT|ATTENDED]->(m:Meeting)<-[:PRESIDED|SPOKE_AT|ATTENDED]-(b:Person)
WHERE a.id < b.id
WITH a, b, collect(DISTINCT m.name) AS meetings
WHERE size(meetings) >= $min_shared
RETURN a.name AS person_a, b.name AS person_b, size(meetings) AS shared, meetings
ORDER BY shared DESC, person_a, person_b
LIMIT $limit;
