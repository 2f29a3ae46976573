// name: count_label
// purpose: how many nodes of one label the graph holds (read from Neo4j's count store, at no cost)
// params: none
// mode: read
// identifiers: __LABEL__ (NodeLabel)
// used by: the loader, to create rather than merge the nodes of a label the graph does not hold yet
MATCH (n:__LABEL__)
RETURN count(n) AS n
