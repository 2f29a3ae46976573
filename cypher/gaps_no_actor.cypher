// name: gaps_no_actor
// purpose: country × theme cells where nobody is known to work on a date (current work: running, or ended since $since), for countries the graph knows anything about (twin of analytics.coverage_gaps with max_coverage 0, without the no-data countries)
// params: as_of (YYYY-MM-DD), since (YYYY-MM-DD: the first day of the window of current work, as_of minus recent_days; since = as_of for that very day)
// mode: read
// used by: Neo4j Browser users; tests/integration/test_cypher_twins.py checks it against Python
// A programme without an end ends on its start when it is completed or a one-off kind, and a completed
// one without dates is over (graph.analytics.activity.effective_end, ONE_OFF_KINDS); no end at all: open.
// A programme on a sub-theme also covers its pillar (SUBTHEME_OF followed upwards).
MATCH (c:Country)
WHERE EXISTS { (c)--(x) WHERE NOT x:Source AND NOT x:Load AND NOT x:NameResolution }
MATCH (t:Theme)
WHERE NOT EXISTS {
  MATCH (o:Organisation)-[r:IMPLEMENTS|FUNDS]->(p:Programme)-[tg:TARGETS]->(c)
  MATCH (p)-[ad:ADDRESSES]->(:Theme)-[:SUBTHEME_OF*0..]->(t)
  WHERE coalesce(p.status, '') <> 'cancelled'
    AND (p.start IS NULL OR p.start <= $as_of) AND coalesce(CASE WHEN p.end IS NOT NULL THEN p.end
                   WHEN p.status = 'completed' THEN coalesce(p.start, '')
                   WHEN p.kind IN ['training', 'workshop', 'simulation_exercise', 'conference',
                                    'meeting', 'evaluation_visit', 'country_visit'] THEN p.start
              END, '9999-12-31') >= $since
    AND (r.start IS NULL OR r.start <= $as_of) AND (r.end IS NULL OR r.end >= $since)
    AND (tg.start IS NULL OR tg.start <= $as_of) AND (tg.end IS NULL OR tg.end >= $since)
    AND (ad.start IS NULL OR ad.start <= $as_of) AND (ad.end IS NULL OR ad.end >= $since)
}
RETURN c.id AS country, t.id AS theme
ORDER BY country, theme
