// name: create_nodes
// purpose: create one batch of nodes of a label that had no node when the load began (so none of the batch exists: no lookup, no claims to merge); the uniqueness constraint on id still refuses a duplicate
// params: rows (list of {id, props}; props holds id, the properties and _asserted_by)
// mode: write
// identifiers: __LABEL__ (NodeLabel)
// used by: the loader, instead of merge_nodes, for a label the graph does not hold yet
UNWIND $rows AS row
CREATE (n:__LABEL__)
SET n = row.props
RETURN count(n) AS written
