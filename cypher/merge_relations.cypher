// name: merge_relations
// purpose: assert one batch of relationships of one type between two labels for one source (as merge_nodes does for nodes)
// params: rows (list of {id, start, end, props}), source
// mode: write
// identifiers: __START__, __END__ (NodeLabel), __TYPE__ (RelType), checked by render
// used by: the loader
// returns: one row: written, shared (list of {id, claims, props}), as merge_nodes
UNWIND $rows AS row
MATCH (a:__START__ {id: row.start})
MATCH (b:__END__ {id: row.end})
MERGE (a)-[r:__TYPE__ {id: row.id}]->(b)
WITH r, row, [s IN coalesce(r._asserted_by, []) WHERE s <> $source] AS others
WITH r, row, others, size(others) = 0 AND properties(r) <> row.props AS mine
FOREACH (_ IN CASE WHEN mine THEN [1] ELSE [] END | SET r = row.props)
RETURN count(CASE WHEN mine THEN 1 END) AS written,
       collect(CASE WHEN size(others) > 0
               THEN {id: r.id, claims: r._claims, props: properties(r)} END) AS shared
