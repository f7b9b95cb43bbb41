// Who presided over, spoke at and attended a meeting, by the day it was held (a recurring
// meeting is one node per day).
// Parameters: $meeting, the meeting's name. Example:
:param meeting => '全市领导干部会议暨创新驱动制造业高质量发展会议';
MATCH (p:Person)-[r:PRESIDED|SPOKE_AT|ATTENDED]->(m:Meeting {name: $meeting})
RETURN p.name AS person, m.date AS held, apoc.coll.sort(collect(DISTINCT type(r))) AS roles
ORDER BY held, person;
