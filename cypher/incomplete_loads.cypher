// name: incomplete_loads
// purpose: the loads that began and did not complete (running now, killed, or failed): while any is listed the graph may hold part of a load
// params: none
// mode: read
// used by: GET /ready, the data snapshot of every finding
MATCH (l:Load)
WHERE l.status IS NOT NULL AND l.status <> 'complete'
RETURN l.id AS id, l.source AS source, l.what AS what, l.status AS status,
       l.started_at AS started_at, l.error AS error
ORDER BY l.started_at
