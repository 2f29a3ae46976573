// name: graph_fingerprint
// purpose: a cheap fingerprint of the graph's content (counts from the count store, and the state of every load: each load that starts or ends changes it), to know when a cached projection is stale
// params: none
// mode: read
// used by: alliance.graph.findings_service
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
CALL () {
  OPTIONAL MATCH (l:Load)
  RETURN max(coalesce(l.last_loaded_at, '') + '|' + coalesce(l.started_at, '')) AS last_load,
         count(l) AS loads, sum(coalesce(l.runs, 0)) AS runs,
         sum(CASE WHEN l.status IS NULL OR l.status = 'complete' THEN 0 ELSE 1 END)
           AS incomplete
}
RETURN nodes, relationships, last_load, loads, runs, incomplete
