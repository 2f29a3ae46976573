// name: claims_of_nodes
// purpose: what each source says about some nodes of one label (the JSON map source → properties), read in the loader's write transaction before it changes them
// params: ids (list of node ids)
// mode: read
// identifiers: __LABEL__ (NodeLabel)
// used by: the loader
UNWIND $ids AS id
MATCH (n:__LABEL__ {id: id})
RETURN n.id AS id, n._claims AS claims
