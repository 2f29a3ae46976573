// name: clear_graph
// purpose: delete every node and relationship, in batches (tests, and `alliance db reset`)
// params: none
// mode: write (auto-commit: it runs its own transactions)
MATCH (n)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
