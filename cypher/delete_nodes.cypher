// name: delete_nodes
// purpose: delete nodes that no source asserts any more, with the relationships that touch them
// params: ids (list of node ids)
// mode: write
// identifiers: __LABEL__ (NodeLabel)
// used by: the loader, when a data folder no longer holds a record
UNWIND $ids AS id
MATCH (n:__LABEL__ {id: id})
DETACH DELETE n
