// name: count_nodes
// purpose: how many nodes the graph holds, of any label (read from the count store, at no cost)
// params: none
// mode: read
// used by: the offline importer, which writes only into an empty store
MATCH (n)
RETURN count(n) AS n
