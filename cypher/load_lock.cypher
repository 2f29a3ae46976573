// name: load_lock
// purpose: the store's load lock as it stands (who holds it, since when, until when), its times as ISO text
// params: id
// mode: read
// used by: graph.bulkimport, which writes the lock into the store it imports so that the lock holds across the swap
MATCH (l:LoadLock {id: $id})
RETURN l.id AS id, l.holder AS holder, l.what AS what, toString(l.since) AS since,
       toString(l.expires_at) AS expires_at, toString(l.asked_at) AS asked_at
