// name: release_load_lock
// purpose: give up the store's load lock (deletes it, so that the graph holds no lock between loads); nothing if another holder has it
// params: id, holder
// mode: write
// used by: graph.loadlock, when a load ends (completed or failed)
MATCH (l:LoadLock {id: $id})
WHERE l.holder = $holder
DELETE l
