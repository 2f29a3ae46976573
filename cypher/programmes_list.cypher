// name: programmes_list
// purpose: programmes filtered by country, theme (a pillar includes its sub-themes) and organisation, optionally only those active on a date
// params: country, theme, organisation, as_of, active_only, skip, limit
// mode: read
// used by: GET /programmes
MATCH (p:Programme)
WHERE ($country IS NULL OR EXISTS { (p)-[:TARGETS]->(:Country {id: $country}) })
  AND ($theme IS NULL OR EXISTS { (p)-[:ADDRESSES]->(t:Theme) WHERE t.id = $theme OR t.parent = $theme })
  AND ($organisation IS NULL OR EXISTS { (:Organisation {id: $organisation})-[:IMPLEMENTS|FUNDS]->(p) })
  AND (NOT $active_only OR (coalesce(p.start, '0000') <= $as_of AND coalesce(p.end, '9999') >= $as_of))
WITH p ORDER BY p.start DESC, p.id
WITH collect(p) AS matched
RETURN size(matched) AS total,
       [p IN matched[$skip..($skip + $limit)] |
        p {.id, .title, .start, .end, .status, .budget, .currency,
           countries: [(p)-[:TARGETS]->(c:Country) | c.id],
           themes: [(p)-[:ADDRESSES]->(t:Theme) | t.id],
           implementers: [(o:Organisation)-[:IMPLEMENTS]->(p) | o.id],
           funders: [(o:Organisation)-[:FUNDS]->(p) | o.id]}] AS items
