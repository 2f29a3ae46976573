// name: start_load
// purpose: say that a load of one source has begun: until finish_load the graph is incomplete for it (a killed load leaves it so, for /ready and the findings to say)
// params: id, source, what, at
// mode: write
// used by: the loader, before its first batch
MERGE (l:Load {id: $id})
ON CREATE SET l.first_loaded_at = $at, l.runs = 0
SET l.source = $source, l.what = $what, l.status = 'running', l.started_at = $at,
    l.runs = l.runs + 1
RETURN l.last_loaded_at IS NOT NULL OR l.runs > 1 AS loaded_before
