// name: asserted_relations
// purpose: every relationship one source asserts, with its ends
// params: source
// mode: read
// used by: the loader, at the end of a load that replaces its source
MATCH (a)-[r]->(b)
WHERE $source IN r._asserted_by
RETURN type(r) AS type, r.id AS id, labels(a)[0] AS start_label, a.id AS start,
       labels(b)[0] AS end_label, b.id AS end
