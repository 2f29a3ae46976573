// name: replace_nodes
// purpose: set the properties of existing nodes of one label to exactly row.props (their sources' claims, merged by the loader)
// params: rows (list of {id, props})
// mode: write
// identifiers: __LABEL__ (NodeLabel)
// used by: the loader, for nodes that several sources assert
UNWIND $rows AS row
MATCH (n:__LABEL__ {id: row.id})
SET n = row.props
