// Shortest path between two officials through posts, bodies, meetings, programs and places
// (MENTIONED_IN and bylines left out, so articles do not join everything).
// Parameters: $from and $to, two people's names. Example:
:param from => '史根治';
:param to => '刘涛';
MATCH (a:Person {name: $from}), (b:Person {name: $to})
MATCH path = shortestPath((a)-[:HOLDS_POSITION|PRESIDED|SPOKE_AT|ATTENDED|ORGANIZED|RUNS|ISSUED|PART_OF|PARTNERS_WITH|LOCATED_IN|PARTICIPATED_IN|WORKS_FOR|VISITED*..8]-(b))
RETURN length(path) AS hops, [n IN nodes(path) | n.name] AS names, [r IN relationships(path) | type(r)] AS types;
