// name: neighbourhood
// purpose: the records within `depth` steps of one record (at most 3), as nodes and relationships
// params: id, depth, limit
// mode: read
// identifiers: __LABEL__ (the record's kind, found first with record_by_id)
// used by: GET /graph/neighbourhood/{id}, the network views
MATCH (start:__LABEL__ {id: $id})
OPTIONAL MATCH p = (start)-[*1..3]-(x)
WHERE length(p) <= $depth
  AND none(n IN nodes(p) WHERE n:Source OR n:NameResolution OR n:Load OR n:Indicator)
WITH start, p LIMIT $limit
WITH start, collect(p) AS paths
WITH start, paths,
     reduce(ns = [start], p IN paths | ns + nodes(p)) AS allnodes,
     reduce(rs = [], p IN paths | rs + relationships(p)) AS allrels
UNWIND allnodes AS n
WITH collect(DISTINCT n) AS nodes, allrels
UNWIND (CASE WHEN size(allrels) = 0 THEN [null] ELSE allrels END) AS r
WITH nodes, collect(DISTINCT r) AS rels
RETURN [n IN nodes | {id: n.id, kind: labels(n)[0], name: coalesce(n.name, n.title),
                      type: n.type}] AS nodes,
       [r IN rels | {id: r.id, type: type(r), source: startNode(r).id, target: endNode(r).id}]
       AS links
