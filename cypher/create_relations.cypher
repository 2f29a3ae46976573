// name: create_relations
// purpose: create one batch of relationships of a type the graph held none of when the load began (none of the batch exists), between nodes found by their id
// params: rows (list of {id, start, end, props})
// mode: write
// identifiers: __START__, __END__ (NodeLabel), __TYPE__ (RelType)
// used by: the loader, instead of merge_relations, for a relationship type the graph does not hold yet
UNWIND $rows AS row
MATCH (a:__START__ {id: row.start})
MATCH (b:__END__ {id: row.end})
CREATE (a)-[r:__TYPE__]->(b)
SET r = row.props
RETURN count(r) AS written
