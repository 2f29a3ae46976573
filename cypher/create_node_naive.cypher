// name: create_node_naive
// purpose: the one-statement-per-record baseline of benchmarks/load.py (never used to load data)
// params: id, props
// mode: write
// identifiers: __LABEL__
MERGE (n:__LABEL__ {id: $id})
SET n += $props
