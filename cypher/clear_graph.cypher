// name: clear_graph
// purpose: delete every relationship, then every node, each in transactions of 10,000 (so that a graph of any size is cleared in bounded memory; tests, and `alliance db reset`)
// params: none
// mode: write (auto-commit: it runs its own transactions; two statements, run one after the other)
MATCH ()-[r]->()
CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS;
MATCH (n)
CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS;
