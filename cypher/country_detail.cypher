// name: country_detail
// purpose: one country with its actors, programmes, ratifications, memberships and need indicators on a date
// params: id, as_of
// mode: read
// used by: GET /countries/{id}
MATCH (c:Country {id: $id})
CALL (c) {
  OPTIONAL MATCH (c)-[r:PARTY_TO]->(m:Mandate)
  RETURN collect(m {.id, .name, .reference, action: r.action, start: r.start,
                    sources: r.sources, checked: r.checked}) AS ratifications
}
CALL (c) {
  OPTIONAL MATCH (c)-[r:MEMBER_OF]->(o:Organisation)
  RETURN collect(o {.id, .name, .acronym, role: r.role, start: r.start, end: r.end}) AS memberships
}
CALL (c) {
  OPTIONAL MATCH (c)-[:HAS_INDICATOR]->(i:Indicator)
  WITH i ORDER BY i.indicator, i.year
  RETURN collect(i {.indicator, .year, .value, .score, .sources}) AS indicators
}
CALL (c) {
  OPTIONAL MATCH (p:Programme)-[:TARGETS]->(c)
  WHERE coalesce(p.start, '0000') <= $as_of AND coalesce(p.end, '9999') >= $as_of
  OPTIONAL MATCH (p)-[:ADDRESSES]->(t:Theme)
  WITH p, collect(t.id) AS themes ORDER BY p.start DESC, p.id
  RETURN collect(p {.id, .title, .start, .end, .budget, .currency, themes: themes}) AS programmes
}
CALL (c) {
  OPTIONAL MATCH (o:Organisation)
  WHERE EXISTS { (o)-[:OPERATES_IN]->(c) } OR o.hq_country = c.id
     OR EXISTS { (o)-[:IMPLEMENTS|FUNDS]->(p:Programme)-[:TARGETS]->(c)
                 WHERE coalesce(p.start, '0000') <= $as_of AND coalesce(p.end, '9999') >= $as_of }
  WITH o ORDER BY toLower(o.name)
  RETURN collect(o {.id, .name, .acronym, .type}) AS actors
}
RETURN c {.*} AS country, actors, programmes, ratifications, memberships, indicators
