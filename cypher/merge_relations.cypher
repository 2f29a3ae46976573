// name: merge_relations
// purpose: create or replace one batch of relationships of one type between two labels (properties become exactly row.props)
// params: rows (list of {id, start, end, props}; props holds id, the visible properties, _asserted_by and _claims)
// mode: write
// identifiers: __START__, __END__ (NodeLabel), __TYPE__ (RelType), checked by render
// used by: the loader
UNWIND $rows AS row
MATCH (a:__START__ {id: row.start})
MATCH (b:__END__ {id: row.end})
MERGE (a)-[r:__TYPE__ {id: row.id}]->(b)
SET r = row.props
