// name: merge_relations
// purpose: create or update one batch of relationships of one type between two labels
// params: rows (list of {id, start, end, props})
// mode: write
// identifiers: __START__, __END__ (NodeLabel), __TYPE__ (RelType), checked by render
// used by: the loader
UNWIND $rows AS row
MATCH (a:__START__ {id: row.start})
MATCH (b:__END__ {id: row.end})
MERGE (a)-[r:__TYPE__ {id: row.id}]->(b)
SET r += row.props
