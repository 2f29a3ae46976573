// name: create_relation_naive
// purpose: the one-statement-per-record baseline of benchmarks/load.py (never used to load data)
// params: id, start, end, props
// mode: write
// identifiers: __START__, __END__, __TYPE__
MATCH (a:__START__ {id: $start})
MATCH (b:__END__ {id: $end})
MERGE (a)-[r:__TYPE__ {id: $id}]->(b)
SET r += $props
