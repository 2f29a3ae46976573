// name: merge_relations
// purpose: assert one batch of relationships of one type between two labels for one source (as merge_nodes does for nodes)
// params: rows (list of {id, start, end, props}), source
// mode: write
// identifiers: __START__, __END__ (NodeLabel), __TYPE__ (RelType), checked by render
// used by: the loader
UNWIND $rows AS row
MATCH (a:__START__ {id: row.start})
MATCH (b:__END__ {id: row.end})
MERGE (a)-[r:__TYPE__ {id: row.id}]->(b)
WITH r, row, [s IN coalesce(r._asserted_by, []) WHERE s <> $source] AS others
WITH r, row, others, size(others) = 0 AND properties(r) <> row.props AS mine
FOREACH (_ IN CASE WHEN mine THEN [1] ELSE [] END | SET r = row.props)
WITH r, others, mine
WHERE mine OR size(others) > 0
RETURN r.id AS id, size(others) > 0 AS shared, r._claims AS claims,
       CASE WHEN size(others) > 0 THEN properties(r) END AS props
