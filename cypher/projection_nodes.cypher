// name: projection_nodes
// purpose: every node the analytics read, with its label and properties (records → networkx)
// params: labels (list of label names to include)
// mode: read
// used by: alliance.graph.projection.project
MATCH (n)
WHERE any(label IN labels(n) WHERE label IN $labels)
RETURN n.id AS id, labels(n)[0] AS kind, properties(n) AS props
