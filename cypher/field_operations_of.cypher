// name: field_operations_of
// purpose: the field operations of an organisation and the countries they operate in
// params: parent (organisation id)
// mode: read
// used by: alliance ingest page (navigation lists compared with the graph)
MATCH (f:Organisation {type: 'field_operation', parent: $parent})
OPTIONAL MATCH (f)-[:OPERATES_IN]->(c:Country)
RETURN f.id AS id, f.name AS name, collect(c.id) AS countries ORDER BY id
