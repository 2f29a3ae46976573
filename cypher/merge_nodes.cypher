// name: merge_nodes
// purpose: create or update one batch of nodes of one label; re-running it changes nothing
// params: rows (list of {id, props})
// mode: write
// identifiers: __LABEL__ (from NodeLabel, checked by alliance.graph.cypher.render)
// used by: the loader (alliance load, alliance ingest, the API's uploads)
UNWIND $rows AS row
MERGE (n:__LABEL__ {id: row.id})
SET n += row.props
