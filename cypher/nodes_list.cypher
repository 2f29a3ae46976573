// name: nodes_list
// purpose: the records of one kind in a stable order, with a total (mandates, themes, people, documents, sources)
// params: labels (one-element list), skip, limit
// mode: read
// used by: GET /mandates, /themes, /people, /documents, /sources
MATCH (n)
WHERE labels(n)[0] IN $labels
WITH n ORDER BY toLower(coalesce(n.name, n.title, n.id)), n.id
WITH collect(n) AS matched
RETURN size(matched) AS total,
       [n IN matched[$skip..($skip + $limit)] | n {.*}] AS items
