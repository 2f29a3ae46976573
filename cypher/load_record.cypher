// name: load_record
// purpose: the properties of one source's Load record, as start_load left them
// params: id
// mode: read
// used by: the offline importer, which writes the same record into the store it builds
MATCH (l:Load {id: $id})
RETURN properties(l) AS props
