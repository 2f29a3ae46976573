// name: last_loads
// purpose: the records that loads left (one per source), newest first
// params: limit
// mode: read
// used by: alliance stats, the data snapshot of every finding
MATCH (l:Load)
RETURN l.id AS id, l.what AS what, l.source AS source, l.status AS status,
       l.first_loaded_at AS first_loaded_at, l.started_at AS started_at,
       l.last_loaded_at AS last_loaded_at, l.runs AS runs, l.counts AS counts,
       l.content_hash AS content_hash
ORDER BY coalesce(l.last_loaded_at, l.started_at) DESC LIMIT $limit
