// name: merge_nodes
// purpose: assert one batch of nodes of one label for one source: a node only this source asserts (or a new one) takes exactly row.props, unless it holds them already; a node other sources assert too is returned for the loader to merge their claims
// params: rows (list of {id, props}; props holds id, the properties and _asserted_by), source
// mode: write
// identifiers: __LABEL__ (from NodeLabel, checked by alliance.graph.cypher.render)
// used by: the loader (alliance load, alliance ingest, the API's uploads)
UNWIND $rows AS row
MERGE (n:__LABEL__ {id: row.id})
WITH n, row, [s IN coalesce(n._asserted_by, []) WHERE s <> $source] AS others
WITH n, row, others, size(others) = 0 AND properties(n) <> row.props AS mine
FOREACH (_ IN CASE WHEN mine THEN [1] ELSE [] END | SET n = row.props)
WITH n, others, mine
WHERE mine OR size(others) > 0
RETURN n.id AS id, size(others) > 0 AS shared, n._claims AS claims,
       CASE WHEN size(others) > 0 THEN properties(n) END AS props
