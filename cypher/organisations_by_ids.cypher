// name: organisations_by_ids
// purpose: organisations in the order of a list of ids (a search's ranking), optionally of one type
// params: ids, type (or null)
// mode: read
// used by: GET /organisations?q=
UNWIND range(0, size($ids) - 1) AS i
MATCH (o:Organisation {id: $ids[i]})
WHERE $type IS NULL OR o.type = $type
RETURN o {.id, .name, .acronym, .type, .scope, .hq_country, .parent} AS o
ORDER BY i
