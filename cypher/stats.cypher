// name: stats
// purpose: how many nodes of each label and relationships of each type the graph holds
// params: none
// mode: read
// used by: alliance stats, the run command, GET /stats
CALL () {
  MATCH (n) WHERE NOT n:Load
  UNWIND labels(n) AS kind
  RETURN 'node' AS what, kind, count(*) AS n
  UNION ALL
  MATCH ()-[r]->()
  RETURN 'relationship' AS what, type(r) AS kind, count(*) AS n
}
RETURN what, kind, n ORDER BY what, kind
