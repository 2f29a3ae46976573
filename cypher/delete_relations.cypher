// name: delete_relations
// purpose: delete relationships that no source asserts any more
// params: rows (list of {id, start, end})
// mode: write
// identifiers: __START__, __END__ (NodeLabel), __TYPE__ (RelType)
// used by: the loader, when a data folder no longer holds a relationship
UNWIND $rows AS row
MATCH (:__START__ {id: row.start})-[r:__TYPE__ {id: row.id}]->(:__END__ {id: row.end})
DELETE r
