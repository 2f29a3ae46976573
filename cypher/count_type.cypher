// name: count_type
// purpose: how many relationships of one type the graph holds (read from the count store)
// params: none
// mode: read
// identifiers: __TYPE__ (RelType)
// used by: the loader, to create rather than merge the relationships of a type the graph does not hold yet
MATCH ()-[r:__TYPE__]->()
RETURN count(r) AS n
