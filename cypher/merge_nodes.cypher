// name: merge_nodes
// purpose: assert one batch of nodes of one label for one source: a node only this source asserts (or a new one) takes exactly row.props, unless it holds them already; the nodes other sources assert too are returned for the loader to merge their claims
// params: rows (list of {id, props}; props holds id, the properties and _asserted_by), source
// mode: write
// identifiers: __LABEL__ (from NodeLabel, checked by alliance.graph.cypher.render)
// used by: the loader (alliance load, alliance ingest, the API's uploads)
// returns: one row: written (how many nodes took row.props), shared (list of {id, claims, props})
UNWIND $rows AS row
MERGE (n:__LABEL__ {id: row.id})
WITH n, row, [s IN coalesce(n._asserted_by, []) WHERE s <> $source] AS others
WITH n, row, others, size(others) = 0 AND properties(n) <> row.props AS mine
FOREACH (_ IN CASE WHEN mine THEN [1] ELSE [] END | SET n = row.props)
RETURN count(CASE WHEN mine THEN 1 END) AS written,
       collect(CASE WHEN size(others) > 0
               THEN {id: n.id, claims: n._claims, props: properties(n)} END) AS shared
