// name: search_names
// purpose: full-text search over names, acronyms and aliases (accents folded), best first
// params: q (a Lucene query built from the user's words), exact (the words folded, for exact matches), kinds (labels to keep), limit
// mode: read
// used by: GET /search, GET /organisations?q=, the landing page's search box
CALL db.index.fulltext.queryNodes('name_search', $q) YIELD node, score
WITH node, score, labels(node)[0] AS kind
WHERE kind IN $kinds
// An exact acronym, short name or name comes first ("OSCE" is the OSCE, not a unit named after it).
WITH node, score, kind,
     CASE WHEN toLower(coalesce(node.acronym, '')) = $exact
               OR toLower(coalesce(node.short_name, '')) = $exact THEN 2
          WHEN toLower(coalesce(node.name, node.title, '')) = $exact THEN 2
          WHEN node.id = $exact OR toLower(node.id) = $exact THEN 2
          WHEN any(a IN coalesce(node.aliases, []) WHERE toLower(a) = $exact) THEN 1
          ELSE 0 END AS exact
RETURN node.id AS id, kind, coalesce(node.name, node.title) AS name, node.acronym AS acronym,
       score, exact > 0 AS exact_match
ORDER BY exact DESC, score DESC, size(coalesce(node.name, node.title, '')), name, id
LIMIT $limit
