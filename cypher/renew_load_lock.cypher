// name: renew_load_lock
// purpose: extend the lease of the store's load lock while its holder loads; no row when the holder lost it (its lease lapsed and another load took it)
// params: id, holder, lease_ms
// mode: write
// used by: graph.loadlock (a thread of the holding process, every third of the lease)
MATCH (l:LoadLock {id: $id})
WHERE l.holder = $holder
SET l.expires_at = datetime() + duration({milliseconds: $lease_ms})
RETURN toString(l.expires_at) AS expires_at
