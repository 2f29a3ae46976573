// name: members_of
// purpose: the countries that are members of an organisation in a given role (e.g. the OSCE's participating States)
// params: organisation (id), role (e.g. participating_state)
// mode: read
// used by: alliance ingest page (navigation lists compared with the graph)
MATCH (c:Country)-[m:MEMBER_OF]->(:Organisation {id: $organisation})
WHERE m.role = $role
RETURN c.id AS iso3, c.name AS name ORDER BY iso3
