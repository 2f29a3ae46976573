// name: gaps_no_actor
// purpose: country × theme cells where nobody is known to work on a date (current work: running, or ended since $since), for countries the graph knows anything about (twin of analytics.coverage_gaps with max_coverage 0, without the no-data countries)
// params: as_of (YYYY-MM-DD), since (YYYY-MM-DD: the first day of the window of current work, as_of minus recent_days; since = as_of for that very day)
// mode: read
// used by: Neo4j Browser users; tests/integration/test_cypher_twins.py checks it against Python
// A programme on a sub-theme also covers its pillar (SUBTHEME_OF followed upwards).
MATCH (c:Country)
WHERE EXISTS { (c)--(x) WHERE NOT x:Source AND NOT x:Load AND NOT x:NameResolution }
MATCH (t:Theme)
WHERE NOT EXISTS {
  MATCH (o:Organisation)-[r:IMPLEMENTS|FUNDS]->(p:Programme)-[tg:TARGETS]->(c)
  MATCH (p)-[ad:ADDRESSES]->(:Theme)-[:SUBTHEME_OF*0..]->(t)
  WHERE coalesce(p.status, '') <> 'cancelled'
    AND (p.start IS NULL OR p.start <= $as_of) AND (p.end IS NULL OR p.end >= $since)
    AND (r.start IS NULL OR r.start <= $as_of) AND (r.end IS NULL OR r.end >= $since)
    AND (tg.start IS NULL OR tg.start <= $as_of) AND (tg.end IS NULL OR tg.end >= $since)
    AND (ad.start IS NULL OR ad.start <= $as_of) AND (ad.end IS NULL OR ad.end >= $since)
}
RETURN c.id AS country, t.id AS theme
ORDER BY country, theme
