// name: organisations_list
// purpose: organisations, filtered by type, country and theme (a pillar includes its sub-themes), in a stable order with a total
// params: type, country, theme, as_of, skip, limit (type, country, theme may be null)
// mode: read
// used by: GET /organisations
MATCH (o:Organisation)
WHERE ($type IS NULL OR o.type = $type)
  AND ($country IS NULL OR o.hq_country = $country
       OR EXISTS { (o)-[:OPERATES_IN]->(:Country {id: $country}) }
       OR EXISTS { (o)-[:IMPLEMENTS|FUNDS]->(p:Programme)-[:TARGETS]->(:Country {id: $country})
                   WHERE coalesce(p.start, '0000') <= $as_of AND coalesce(p.end, '9999') >= $as_of })
  AND ($theme IS NULL
       OR EXISTS { (o)-[:IMPLEMENTS|FUNDS]->(p:Programme)-[:ADDRESSES]->(t:Theme)
                   WHERE (t.id = $theme OR t.parent = $theme)
                     AND coalesce(p.start, '0000') <= $as_of AND coalesce(p.end, '9999') >= $as_of }
       OR EXISTS { (o)-[:HOLDS_MANDATE]->(:Mandate)-[:COVERS]->(t:Theme)
                   WHERE t.id = $theme OR t.parent = $theme })
WITH o ORDER BY toLower(o.name), o.id
WITH collect(o) AS matched
RETURN size(matched) AS total,
       [o IN matched[$skip..($skip + $limit)] |
        o {.id, .name, .acronym, .type, .scope, .hq_country, .parent}] AS items
