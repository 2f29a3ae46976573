// name: replace_relations
// purpose: set the properties of existing relationships of one shape to exactly row.props
// params: rows (list of {id, start, end, props})
// mode: write
// identifiers: __START__, __END__ (NodeLabel), __TYPE__ (RelType)
// used by: the loader, for relationships that several sources assert
UNWIND $rows AS row
MATCH (:__START__ {id: row.start})-[r:__TYPE__ {id: row.id}]->(:__END__ {id: row.end})
SET r = row.props
