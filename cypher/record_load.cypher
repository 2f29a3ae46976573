// name: record_load
// purpose: say that a load of one source completed, with what it held; one record per source, updated by every load of it
// params: id, at, what, counts (JSON text), content_hash
// mode: write
// used by: the loader, after every successful load
MATCH (l:Load {id: $id})
SET l.last_loaded_at = $at, l.what = $what, l.counts = $counts,
    l.content_hash = $content_hash, l.status = 'complete'
