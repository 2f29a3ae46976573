// name: merge_nodes
// purpose: create or replace one batch of nodes of one label: each node's properties become exactly row.props (what its sources say now, with who says it)
// params: rows (list of {id, props}; props holds id, the visible properties, _asserted_by and _claims)
// mode: write
// identifiers: __LABEL__ (from NodeLabel, checked by alliance.graph.cypher.render)
// used by: the loader (alliance load, alliance ingest, the API's uploads)
UNWIND $rows AS row
MERGE (n:__LABEL__ {id: row.id})
SET n = row.props
