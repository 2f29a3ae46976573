// name: known_entities
// purpose: the organisations, people, countries and themes an ingester links names to (entity resolution)
// params: none
// mode: read
// used by: alliance ingest page, alliance ingest iati (alliance.ingest.page_load, iati_load)
MATCH (n)
WHERE n:Organisation OR n:Person OR n:Country OR n:Theme
RETURN n.id AS id, labels(n)[0] AS label, n.name AS name, n.acronym AS acronym,
       coalesce(n.aliases, []) AS aliases, n.iati_id AS iati_id, n.iso2 AS iso2
ORDER BY id
