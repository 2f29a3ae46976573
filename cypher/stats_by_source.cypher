// name: stats_by_source
// purpose: how many nodes and relationships cite each source
// params: none
// mode: read
// used by: alliance stats --by-source
CALL () {
  MATCH (n) WHERE n.sources IS NOT NULL UNWIND n.sources AS sid RETURN sid
  UNION ALL
  MATCH ()-[r]->() WHERE r.sources IS NOT NULL UNWIND r.sources AS sid RETURN sid
}
WITH sid, count(*) AS records
OPTIONAL MATCH (s:Source {id: sid})
RETURN sid AS source, s.title AS title, s.publisher AS publisher, records
ORDER BY records DESC, source
