// name: known_entities
// purpose: the organisations, people, countries, themes, mandates and events an ingester links names to (entity resolution), with what tells them apart: aliases, acronyms and short names, references, parents, countries, dates, roles; and which loads assert them (a document ingested again is resolved without what it alone made before)
// params: none
// mode: read
// used by: alliance ingest page, alliance ingest iati (ingest.page_load.known_entities)
MATCH (n)
WHERE n:Organisation OR n:Person OR n:Country OR n:Theme OR n:Mandate OR n:Event
RETURN n.id AS id, labels(n)[0] AS label, coalesce(n.name, n.title) AS name,
       n.acronym AS acronym, coalesce(n.aliases, []) AS aliases, n.short_name AS short_name,
       n.reference AS reference, n.iati_id AS iati_id, n.iso2 AS iso2, n.parent AS parent,
       coalesce(n.hq_country, n.country) AS country, n.start AS start, n.end AS end,
       n.place AS place, n.organiser AS organiser, n.kind AS kind,
       [(n)-[:HOLDS_ROLE]->(o:Organisation) | o.id] AS orgs,
       coalesce(n.sources, []) AS sources, n.checked AS checked,
       coalesce(n._asserted_by, []) AS asserted_by
ORDER BY id
