// name: graph_fingerprint
// purpose: a cheap fingerprint of the graph's content (counts from the count store, newest load), to know when a cached projection is stale
// params: none
// mode: read
// used by: alliance.graph.findings_service
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
CALL () { OPTIONAL MATCH (l:Load) RETURN max(l.last_loaded_at) AS last_load, count(l) AS loads }
RETURN nodes, relationships, last_load, loads
