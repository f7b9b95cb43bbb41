// Bodies sharing people: pairs of organizations where the same person holds a post or works.
// Parameters: $min_shared, the least number of shared people. Example:
:param min_shared => 1;
MATCH (o1:Organization)<-[:HOLDS_POSITION|WORKS_FOR]-(p:Person)-[:HOLDS_POSITION|WORKS_FOR]->(o2:Organization)
WHERE o1.id < o2.id
WITH o1, o2, collect(DISTINCT p.name) AS people
WHERE size(people) >= $min_shared
RETURN o1.name AS body_a, o2.name AS body_b, size(people) AS shared, apoc.coll.sort(people) AS people
ORDER BY shared DESC, body_a, body_b;
