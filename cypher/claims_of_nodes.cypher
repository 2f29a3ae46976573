// name: claims_of_nodes
// purpose: what the sources of some nodes of one label say (their claims, or the properties of a node one source asserts), read in the loader's write transaction
// params: ids (list of node ids)
// mode: read
// identifiers: __LABEL__ (NodeLabel)
// used by: the loader, when a source withdraws its claim
UNWIND $ids AS id
MATCH (n:__LABEL__ {id: id})
RETURN n.id AS id, n._claims AS claims, properties(n) AS props
