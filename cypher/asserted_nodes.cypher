// name: asserted_nodes
// purpose: every node one source asserts (to find what a new load of that source no longer says)
// params: source (a load source, e.g. "folder data")
// mode: read
// used by: the loader, at the end of a load that replaces its source
MATCH (n)
WHERE $source IN n._asserted_by
RETURN labels(n)[0] AS label, n.id AS id
