// name: fail_load
// purpose: say that a load stopped on an error before it completed (the graph stays marked incomplete until the source loads again)
// params: id, at, error
// mode: write
// used by: the loader, when a batch fails
MATCH (l:Load {id: $id})
SET l.status = 'failed', l.failed_at = $at, l.error = $error
