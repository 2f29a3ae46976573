// name: view_sources
// purpose: the sources cited by the records a view shows, for the details a click opens
// params: ids
// mode: read
// used by: the network views (alliance.viz.views)
MATCH (s:Source) WHERE s.id IN $ids
RETURN s.id AS id, s.title AS title, s.publisher AS publisher, s.url AS url, s.date AS date
ORDER BY id
