// name: organisation_detail
// purpose: one organisation with its parents, units, mandates, programmes, partners, memberships and the sources of all of them
// params: id, as_of
// mode: read
// used by: GET /organisations/{id}
MATCH (o:Organisation {id: $id})
OPTIONAL MATCH parents = (o)-[:PART_OF*1..6]->(:Organisation)
WITH o, [n IN coalesce(nodes(parents)[1..], []) | n {.id, .name, .acronym}] AS chain
ORDER BY size(chain) DESC LIMIT 1
CALL (o) {
  OPTIONAL MATCH (u:Organisation)-[:PART_OF]->(o)
  RETURN collect(u {.id, .name, .acronym, .type}) AS units
}
CALL (o) {
  OPTIONAL MATCH (o)-[r:HOLDS_MANDATE]->(m:Mandate)
  RETURN collect(m {.id, .name, .reference, role: r.role, sources: r.sources}) AS mandates
}
CALL (o) {
  OPTIONAL MATCH (o)-[r:IMPLEMENTS|FUNDS]->(p:Programme)
  WHERE coalesce(p.start, '0000') <= $as_of OR $as_of IS NULL
  WITH p, collect(DISTINCT type(r)) AS how, collect(r.role) AS roles ORDER BY p.start DESC, p.id
  RETURN collect(p {.id, .title, .start, .end, .budget, .currency, .status, relation: how,
                    roles: roles, active: coalesce(p.start, '0000') <= $as_of
                                          AND coalesce(p.end, '9999') >= $as_of}) AS programmes
}
CALL (o) {
  OPTIONAL MATCH (o)-[r:PARTNER_OF]-(x:Organisation)
  RETURN collect(x {.id, .name, .acronym, kind: r.kind, start: r.start, end: r.end,
                    sources: r.sources}) AS partners
}
CALL (o) {
  OPTIONAL MATCH (o)-[r:MEMBER_OF]->(x:Organisation)
  RETURN collect(x {.id, .name, role: r.role, start: r.start, end: r.end,
                    sources: r.sources}) AS memberships
}
CALL (o) {
  OPTIONAL MATCH (o)-[r:OPERATES_IN]->(c:Country)
  RETURN collect(c {.id, .name, kind: r.kind, start: r.start, end: r.end}) AS presences
}
CALL (o) {
  OPTIONAL MATCH (person:Person)-[r:HOLDS_ROLE]->(o)
  RETURN collect(person {.id, .name, title: r.title, start: r.start, end: r.end}) AS people
}
CALL (o) {
  OPTIONAL MATCH (o)-[r]-()
  WITH o, [s IN collect(r.sources) WHERE s IS NOT NULL] AS lists
  WITH coalesce(o.sources, []) + reduce(acc = [], l IN lists | acc + l) AS ids
  UNWIND (CASE WHEN size(ids) = 0 THEN [null] ELSE ids END) AS sid
  OPTIONAL MATCH (s:Source {id: sid})
  WITH DISTINCT s WHERE s IS NOT NULL
  RETURN collect(s {.id, .title, .publisher, .url, .date}) AS sources
}
RETURN o {.*} AS organisation, chain AS parents, units, mandates, programmes, partners,
       memberships, presences, people, sources
