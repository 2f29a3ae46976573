// name: record_load
// purpose: leave a record of a load; the same content loaded again updates the same record
// params: id, at, what, counts (JSON text), content_hash
// mode: write
// used by: the loader, after every successful load
MERGE (l:Load {id: $id})
ON CREATE SET l.first_loaded_at = $at, l.runs = 0
SET l.last_loaded_at = $at, l.what = $what, l.counts = $counts,
    l.content_hash = $content_hash, l.runs = l.runs + 1
