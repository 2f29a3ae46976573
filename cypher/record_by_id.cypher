// name: record_by_id
// purpose: which kind of record an id names, if any, looked up through each label's id index
// params: id
// mode: read
// used by: the API, before asking for a record's neighbourhood or paths (404 for unknown ids)
CALL () {
  MATCH (n:Organisation {id: $id}) RETURN n
  UNION
  MATCH (n:Programme {id: $id}) RETURN n
  UNION
  MATCH (n:Country {id: $id}) RETURN n
  UNION
  MATCH (n:Mandate {id: $id}) RETURN n
  UNION
  MATCH (n:Theme {id: $id}) RETURN n
  UNION
  MATCH (n:Person {id: $id}) RETURN n
  UNION
  MATCH (n:Event {id: $id}) RETURN n
  UNION
  MATCH (n:Document {id: $id}) RETURN n
  UNION
  MATCH (n:Source {id: $id}) RETURN n
  UNION
  MATCH (n:Indicator {id: $id}) RETURN n
}
RETURN n.id AS id, labels(n)[0] AS kind
LIMIT 1
