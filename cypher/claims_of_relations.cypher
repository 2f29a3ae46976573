// name: claims_of_relations
// purpose: what the sources of some relationships of one shape say
// params: rows (list of {id, start, end})
// mode: read
// identifiers: __START__, __END__ (NodeLabel), __TYPE__ (RelType)
// used by: the loader, when a source withdraws its claim
UNWIND $rows AS row
MATCH (:__START__ {id: row.start})-[r:__TYPE__ {id: row.id}]->(:__END__ {id: row.end})
RETURN r.id AS id, r._claims AS claims, properties(r) AS props
