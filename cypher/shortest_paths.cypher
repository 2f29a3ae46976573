// name: shortest_paths
// purpose: the shortest paths (up to 6 steps, through any records but sources) between two records
// params: a, b, limit
// mode: read
// identifiers: __START__, __END__ (the two records' kinds, found first with record_by_id)
// used by: GET /paths
MATCH (a:__START__ {id: $a}), (b:__END__ {id: $b})
MATCH p = allShortestPaths((a)-[*..6]-(b))
WHERE none(n IN nodes(p) WHERE n:Source OR n:NameResolution OR n:Load)
RETURN [n IN nodes(p) | {id: n.id, kind: labels(n)[0], name: coalesce(n.name, n.title)}] AS nodes,
       [r IN relationships(p) | {type: type(r), start: startNode(r).id, end: endNode(r).id,
                                 sources: r.sources}] AS relationships
LIMIT $limit
