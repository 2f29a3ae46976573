// name: programmes_by_year
// purpose: programmes and activities by the year they start and their kind, with how many implementers outside the OSCE family they have
// params: none
// mode: read
// used by: alliance stats --by-year
MATCH (p:Programme)
WHERE p.start IS NOT NULL
WITH p, toInteger(substring(p.start, 0, 4)) AS year
OPTIONAL MATCH (o:Organisation)-[:IMPLEMENTS]->(p)
WITH year, coalesce(p.kind, 'unknown') AS kind, p,
     [x IN collect(o.id) WHERE x = 'org.osce' OR x STARTS WITH 'org.osce-'] AS osce
RETURN year, kind, count(p) AS programmes,
       sum(CASE WHEN size(osce) > 0 THEN 1 ELSE 0 END) AS with_osce_implementer
ORDER BY year, kind
