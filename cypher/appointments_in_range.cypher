// Appointments and removals in a date range: HOLDS_POSITION edges whose status is one of
// $statuses (appointed, removed, resigned, acting, held, former) read from articles dated $from..$to;
// former is a post the article says was held before (时任, 原, 曾任), not at the article's date.
// Parameters: $from and $to, ISO dates (inclusive); $statuses, a list. Example:
:param from => '2022-01-01';
:param to => '2022-12-31';
:param statuses => ['appointed', 'removed', 'resigned', 'acting'];
MATCH (p:Person)-[r:HOLDS_POSITION]->(o:Organization)
WHERE r.status IN $statuses AND r.date >= $from AND r.date <= $to
RETURN r.date AS date, r.status AS status, p.name AS person, r.title AS title, o.name AS body,
       r.sentence AS evidence
ORDER BY date, person, title;
