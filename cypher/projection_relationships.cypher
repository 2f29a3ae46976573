// name: projection_relationships
// purpose: every relationship between projected nodes, with its type and properties
// params: labels (list of label names to include)
// mode: read
// used by: alliance.graph.projection.project
MATCH (a)-[r]->(b)
WHERE any(label IN labels(a) WHERE label IN $labels)
  AND any(label IN labels(b) WHERE label IN $labels)
RETURN a.id AS start, b.id AS end, type(r) AS type, properties(r) AS props
