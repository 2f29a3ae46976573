// name: country_mandates_without_action
// purpose: themes a country is bound to by instruments it is party to, with no programme running there on them on a date (twin of the country part of analytics.mandates_without_action)
// params: as_of (YYYY-MM-DD)
// mode: read
// used by: Neo4j Browser users; tests/integration/test_cypher_twins.py checks it against Python
// A programme without an end ends on its start when it is completed or a one-off kind, and a completed
// one without dates is over (graph.analytics.activity.effective_end, ONE_OFF_KINDS); no end at all: open.
MATCH (c:Country)-[pt:PARTY_TO]->(m:Mandate)-[cv:COVERS]->(t:Theme)
WHERE (pt.start IS NULL OR pt.start <= $as_of) AND (pt.end IS NULL OR pt.end >= $as_of)
  AND (cv.start IS NULL OR cv.start <= $as_of) AND (cv.end IS NULL OR cv.end >= $as_of)
WITH c, t, count(*) AS mandates, collect(m.id) AS instruments
WHERE NOT EXISTS {
  MATCH (p:Programme)-[tg:TARGETS]->(c)
  MATCH (p)-[ad:ADDRESSES]->(:Theme)-[:SUBTHEME_OF*0..]->(t)
  WHERE coalesce(p.status, '') <> 'cancelled'
    AND (p.start IS NULL OR p.start <= $as_of) AND coalesce(CASE WHEN p.end IS NOT NULL THEN p.end
                   WHEN p.status = 'completed' THEN coalesce(p.start, '')
                   WHEN p.kind IN ['training', 'workshop', 'simulation_exercise', 'conference',
                                    'meeting', 'evaluation_visit', 'country_visit'] THEN p.start
              END, '9999-12-31') >= $as_of
    AND (tg.start IS NULL OR tg.start <= $as_of) AND (tg.end IS NULL OR tg.end >= $as_of)
    AND (ad.start IS NULL OR ad.start <= $as_of) AND (ad.end IS NULL OR ad.end >= $as_of)
}
RETURN c.id AS country, t.id AS theme, mandates, instruments
ORDER BY mandates DESC, country, theme
