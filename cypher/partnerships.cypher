// name: partnerships
// purpose: the links of one organisation (partnerships, shared memberships, joint programmes, shared funders), or only those with a second organisation
// params: id, other (organisation id or null), as_of
// mode: read
// used by: GET /organisations/{id}/partnerships
MATCH (a:Organisation {id: $id})
CALL (a) {
  MATCH (a)-[r:PARTNER_OF]-(b:Organisation)
  WHERE ($other IS NULL OR b.id = $other)
    AND coalesce(r.start, '0000') <= $as_of AND coalesce(r.end, '9999') >= $as_of
  RETURN b, 'partnership' AS link, r.kind AS detail, r.sources AS sources, null AS via
  UNION
  MATCH (a)-[r1:MEMBER_OF]->(n:Organisation)<-[r2:MEMBER_OF]-(b:Organisation)
  WHERE ($other IS NULL OR b.id = $other) AND b <> a
  RETURN b, 'shared_membership' AS link, n.name AS detail, coalesce(r1.sources, []) + coalesce(r2.sources, []) AS sources, n.id AS via
  UNION
  MATCH (a)-[:IMPLEMENTS|FUNDS]->(p:Programme)<-[:IMPLEMENTS|FUNDS]-(b:Organisation)
  WHERE ($other IS NULL OR b.id = $other) AND b <> a
    AND coalesce(p.start, '0000') <= $as_of AND coalesce(p.end, '9999') >= $as_of
  RETURN b, 'joint_programme' AS link, p.title AS detail, p.sources AS sources, p.id AS via
  UNION
  MATCH (a)-[:PART_OF]-(b:Organisation)
  WHERE ($other IS NULL OR b.id = $other)
  RETURN b, 'part_of' AS link, null AS detail, b.sources AS sources, null AS via
}
RETURN b.id AS id, b.name AS name, link, detail, via, sources
ORDER BY toLower(name), link, detail
