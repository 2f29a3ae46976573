// name: search_names
// purpose: full-text search over names, acronyms and aliases (accents folded), best first
// params: q (a Lucene query built from the user's words), kinds (labels to keep), limit
// mode: read
// used by: GET /search, GET /organisations?q=, the landing page's search box
CALL db.index.fulltext.queryNodes('name_search', $q) YIELD node, score
WITH node, score, labels(node)[0] AS kind
WHERE kind IN $kinds
RETURN node.id AS id, kind, coalesce(node.name, node.title) AS name, node.acronym AS acronym,
       score
ORDER BY score DESC, name, id
LIMIT $limit
