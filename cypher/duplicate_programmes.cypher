// name: duplicate_programmes
// purpose: pairs of programmes current on a date (running, or ended since $since) in the same country on the same theme, by different implementers or paid by the same funder (twin of analytics.duplicate_programmes with its caps off: cell_programme_limit=None, limit=None)
// params: as_of (YYYY-MM-DD), since (YYYY-MM-DD: the first day of the window of current work, as_of minus recent_days; since = as_of for that very day)
// mode: read
// used by: Neo4j Browser users; tests/integration/test_cypher_twins.py checks it against Python
// A programme without an end ends on its start when it is completed or a one-off kind, and a completed
// one without dates is over (graph.analytics.activity.effective_end, ONE_OFF_KINDS); no end at all: open.
MATCH (p:Programme)-[tp:TARGETS]->(c:Country)<-[tq:TARGETS]-(q:Programme)
WHERE p.id < q.id
  AND coalesce(p.status, '') <> 'cancelled' AND coalesce(q.status, '') <> 'cancelled'
  AND (p.start IS NULL OR p.start <= $as_of) AND coalesce(CASE WHEN p.end IS NOT NULL THEN p.end
                   WHEN p.status = 'completed' THEN coalesce(p.start, '')
                   WHEN p.kind IN ['training', 'workshop', 'simulation_exercise', 'conference',
                                    'meeting', 'evaluation_visit', 'country_visit'] THEN p.start
              END, '9999-12-31') >= $since
  AND (q.start IS NULL OR q.start <= $as_of) AND coalesce(CASE WHEN q.end IS NOT NULL THEN q.end
                   WHEN q.status = 'completed' THEN coalesce(q.start, '')
                   WHEN q.kind IN ['training', 'workshop', 'simulation_exercise', 'conference',
                                    'meeting', 'evaluation_visit', 'country_visit'] THEN q.start
              END, '9999-12-31') >= $since
  AND (tp.start IS NULL OR tp.start <= $as_of) AND (tp.end IS NULL OR tp.end >= $since)
  AND (tq.start IS NULL OR tq.start <= $as_of) AND (tq.end IS NULL OR tq.end >= $since)
MATCH (p)-[ap:ADDRESSES]->(t:Theme)<-[aq:ADDRESSES]-(q)
WHERE (ap.start IS NULL OR ap.start <= $as_of) AND (ap.end IS NULL OR ap.end >= $since)
  AND (aq.start IS NULL OR aq.start <= $as_of) AND (aq.end IS NULL OR aq.end >= $since)
WITH DISTINCT p, q
WITH p, q,
     [(o:Organisation)-[r:IMPLEMENTS]->(p)
      WHERE (r.start IS NULL OR r.start <= $as_of) AND (r.end IS NULL OR r.end >= $since) | o.id] AS ip,
     [(o:Organisation)-[r:IMPLEMENTS]->(q)
      WHERE (r.start IS NULL OR r.start <= $as_of) AND (r.end IS NULL OR r.end >= $since) | o.id] AS iq,
     [(o:Organisation)-[r:FUNDS]->(p)
      WHERE (r.start IS NULL OR r.start <= $as_of) AND (r.end IS NULL OR r.end >= $since) | o.id] AS fp,
     [(o:Organisation)-[r:FUNDS]->(q)
      WHERE (r.start IS NULL OR r.start <= $as_of) AND (r.end IS NULL OR r.end >= $since) | o.id] AS fq
WHERE (size(ip) > 0 AND size(iq) > 0 AND none(x IN ip WHERE x IN iq))
   OR any(x IN fp WHERE x IN fq)
RETURN p.id AS programme, q.id AS other,
       [x IN fp WHERE x IN fq] AS common_funders
ORDER BY programme, other
