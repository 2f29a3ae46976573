// name: organisation_detail
// purpose: one organisation with its parents, units, mandates, a page of its programmes (and how many there are), partners, memberships and the sources of all of them
// params: id, as_of, programmes_skip, programmes_limit
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
  // Big actors run hundreds of programmes: the page is built, the rest only counted.
  WITH collect(CASE WHEN p IS NOT NULL THEN {p: p, how: how, roles: roles} END) AS runs
  RETURN size(runs) AS programme_count,
         [x IN runs[$programmes_skip..($programmes_skip + $programmes_limit)] |
          {id: x.p.id, title: x.p.title, start: x.p.start, end: x.p.end, budget: x.p.budget,
           currency: x.p.currency, status: x.p.status, relation: x.how, roles: x.roles,
           active: coalesce(x.p.start, '0000') <= $as_of
                   AND coalesce(x.p.end, '9999') >= $as_of}] AS programmes
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
  CALL (o) {
    UNWIND coalesce(o.sources, []) AS sid
    RETURN sid
    UNION
    MATCH (o)-[r]-()
    UNWIND coalesce(r.sources, []) AS sid
    RETURN sid
  }
  MATCH (s:Source {id: sid})
  RETURN collect(s {.id, .title, .publisher, .url, .date}) AS sources
}
RETURN o {.*} AS organisation, chain AS parents, units, mandates, programme_count, programmes,
       partners, memberships, presences, people, sources
