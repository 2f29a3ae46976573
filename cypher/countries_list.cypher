// name: countries_list
// purpose: countries with their memberships of the OSCE, the Council of Europe and the EU, optionally only members of one organisation
// params: member_of (organisation id or null), skip, limit
// mode: read
// used by: GET /countries
MATCH (c:Country)
WHERE $member_of IS NULL OR EXISTS { (c)-[:MEMBER_OF]->(:Organisation {id: $member_of}) }
WITH c ORDER BY c.name
WITH collect(c) AS matched
RETURN size(matched) AS total,
       [c IN matched[$skip..($skip + $limit)] |
        c {.id, .iso2, .name, .region, .subregion,
           memberships: [(c)-[r:MEMBER_OF]->(o:Organisation) | o.id + ':' + r.role]}] AS items
