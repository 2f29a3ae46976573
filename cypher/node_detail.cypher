// name: node_detail
// purpose: any record by label and id with its relationships and the sources they cite (programmes, mandates, people, documents, themes)
// params: id
// mode: read
// identifiers: __LABEL__ (the kind the endpoint serves, from NodeLabel)
// used by: GET /programmes/{id}, /mandates/{id}, /people/{id}, /documents/{id}, /themes/{id}
MATCH (n:__LABEL__ {id: $id})
CALL (n) {
  OPTIONAL MATCH (n)-[r]-(x)
  WHERE NOT x:Source
  RETURN collect({type: type(r), direction: CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END,
                  other: {id: x.id, kind: labels(x)[0], name: coalesce(x.name, x.title)},
                  properties: properties(r)}) AS relationships
}
CALL (n) {
  OPTIONAL MATCH (n)-[r]-()
  WITH n, [s IN collect(r.sources) WHERE s IS NOT NULL] AS lists
  WITH coalesce(n.sources, []) + reduce(acc = [], l IN lists | acc + l) AS ids
  UNWIND (CASE WHEN size(ids) = 0 THEN [null] ELSE ids END) AS sid
  OPTIONAL MATCH (s:Source {id: sid})
  WITH DISTINCT s WHERE s IS NOT NULL
  RETURN collect(s {.id, .title, .publisher, .url, .date}) AS sources
}
RETURN labels(n)[0] AS kind, n {.*} AS record, relationships, sources
