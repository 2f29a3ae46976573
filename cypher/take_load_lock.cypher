// name: take_load_lock
// purpose: take the store's load lock if it is free, expired or already this holder's (a lease: it lapses lease_ms after it was last renewed, so a crashed holder blocks others only that long); say who holds it otherwise
// params: id (the lock, 'loads'), holder (process and host of the taker), what (the load it is for), lease_ms
// mode: write
// used by: graph.loadlock, before a load's first write (alliance load, alliance ingest, the API's uploads)
MERGE (l:LoadLock {id: $id})
ON CREATE SET l.holder = $holder, l.expires_at = datetime()
// Writing first takes the node's write lock: what is read next is what the last taker committed.
SET l.asked_at = datetime()
WITH l, l.holder = $holder OR l.expires_at <= datetime() AS free
FOREACH (_ IN CASE WHEN free THEN [1] ELSE [] END |
  SET l.holder = $holder, l.what = $what, l.since = datetime(),
      l.expires_at = datetime() + duration({milliseconds: $lease_ms}))
RETURN free AS taken, l.holder AS holder, l.what AS what, toString(l.since) AS since,
       toString(l.expires_at) AS expires_at
