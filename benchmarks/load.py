"""Benchmark: the batched loader against a naive one-statement-per-record baseline.

Generates a graph shaped like the real one (organisations, programmes, countries; implementing,
funding, targeting and partnership edges), loads it with the batched `UNWIND … MERGE` loader,
and measures the naive loader on the same kind of records in the same run and the same Neo4j.
The naive loader is measured on a sample (by default 1 in 20 records), because loading the whole
graph one statement at a time takes tens of minutes; rates per second are what is compared.

    .venv/bin/python benchmarks/load.py --help
    .venv/bin/python benchmarks/load.py                 # 100k nodes, 500k relationships
    NEO4J_URI=bolt://… .venv/bin/python benchmarks/load.py   # against another server
"""

from __future__ import annotations

import argparse
import random
import socket
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from graph import cypher, localdb
from graph.loader import load_dataset, node_row, relation_row
from graph.model import (
    Country,
    Dataset,
    NodeLabel,
    Organisation,
    Programme,
    Relation,
    RelType,
)
from graph.settings import Settings
from graph.store import GraphStore


def generate(nodes: int, rels: int, seed: int = 7) -> Dataset:
    """A random graph with `nodes` nodes and `rels` relationships, ids stable for a seed."""
    rng = random.Random(seed)
    n_countries = 200
    n_orgs = (nodes - n_countries) // 4
    n_progs = nodes - n_countries - n_orgs
    countries = [Country(id=_iso(i), name=f"Country {i}", sources=["src.bench"],
                         checked="derived")
                 for i in range(n_countries)]
    orgs = [Organisation(id=f"org.bench-{i}", name=f"Organisation {i}", type="ngo",
                         scope="national", sources=["src.bench"], checked="derived")
            for i in range(n_orgs)]
    progs = [Programme(id=f"prog.bench-{i}", title=f"Programme {i}", start="2010-01-01",
                       end="2012-12-31", budget=float(rng.randint(1, 10**6)),
                       sources=["src.bench"], checked="derived")
             for i in range(n_progs)]
    relations: list[Relation] = []
    shapes = [
        (RelType.IMPLEMENTS, NodeLabel.ORGANISATION, orgs, NodeLabel.PROGRAMME, progs, 0.35),
        (RelType.FUNDS, NodeLabel.ORGANISATION, orgs, NodeLabel.PROGRAMME, progs, 0.25),
        (RelType.TARGETS, NodeLabel.PROGRAMME, progs, NodeLabel.COUNTRY, countries, 0.3),
        (RelType.PARTNER_OF, NodeLabel.ORGANISATION, orgs, NodeLabel.ORGANISATION, orgs, 0.1),
    ]
    for rel_type, a_label, a_pool, b_label, b_pool, share in shapes:
        wanted = int(rels * share)
        seen: set[tuple[str, str]] = set()
        while len(seen) < wanted:
            a, b = rng.choice(a_pool).id, rng.choice(b_pool).id
            if a == b or (a, b) in seen:
                continue
            seen.add((a, b))
            relations.append(Relation(type=rel_type, start_label=a_label, start_id=a,
                                      end_label=b_label, end_id=b, sources=["src.bench"],
                                      checked="derived"))
    while len(relations) < rels:  # rounding: top up with partnerships
        a, b = rng.choice(orgs).id, rng.choice(orgs).id
        relations.append(Relation(type=RelType.PARTNER_OF, start_label=NodeLabel.ORGANISATION,
                                  start_id=a, end_label=NodeLabel.ORGANISATION, end_id=b,
                                  discriminator=str(len(relations)), sources=["src.bench"]))
    return Dataset(entities=[*countries, *orgs, *progs], relations=relations)


def _iso(i: int) -> str:
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    return "Q" + letters[i // 26 % 26] + letters[i % 26]


def naive_load(store: GraphStore, dataset: Dataset) -> None:
    node_q = cypher.load("create_node_naive")
    rel_q = cypher.load("create_relation_naive")
    for entity in dataset.entities:
        row = node_row(entity)
        store.write_each(cypher.render(node_q, label=entity.label), [row])
    texts: dict[tuple[str, str, str], str] = {}
    for rel in dataset.relations:
        key = (rel.type, rel.start_label, rel.end_label)
        if key not in texts:
            texts[key] = cypher.render(rel_q, type=rel.type, start=rel.start_label,
                                       end=rel.end_label)
        store.write_each(texts[key], [relation_row(rel)])


def sample(dataset: Dataset, every: int) -> Dataset:
    """Every `every`-th node, and relationships between sampled nodes, with fresh ids."""
    entities = dataset.entities[::every]
    kept = {e.id for e in entities}
    relations = [r for r in dataset.relations if r.start_id in kept and r.end_id in kept]
    # Too few survive when both ends must be sampled: add edges among the sampled nodes.
    by_label: dict[str, list[str]] = {}
    for e in entities:
        by_label.setdefault(e.label, []).append(e.id)
    rng = random.Random(11)
    target = len(dataset.relations) // every
    while len(relations) < target:
        a = rng.choice(by_label[NodeLabel.ORGANISATION])
        b = rng.choice(by_label[NodeLabel.PROGRAMME])
        relations.append(Relation(type=RelType.IMPLEMENTS, start_label=NodeLabel.ORGANISATION,
                                  start_id=a, end_label=NodeLabel.PROGRAMME, end_id=b,
                                  discriminator=str(len(relations)), sources=["src.bench"]))
    return Dataset(entities=entities, relations=relations)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--nodes", type=int, default=100_000)
    parser.add_argument("--rels", type=int, default=500_000)
    parser.add_argument("--naive-every", type=int, default=20,
                        help="measure the naive loader on 1 record in N (default 20)")
    parser.add_argument("--batch-size", type=int, default=10_000)
    args = parser.parse_args()

    settings = Settings()
    started_here = False
    state = None
    if settings.uses_local:
        state = tempfile.TemporaryDirectory(prefix="alliance-bench-")
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        settings = Settings(state_dir=Path(state.name), local_port=port, local_heap="4g")
        print(f"starting a fresh local Neo4j in {state.name} …", flush=True)
        localdb.start(settings)
        started_here = True
    try:
        with GraphStore.connect(settings) as store:
            store.clear()
            store.apply_schema()
            t0 = time.perf_counter()
            data = generate(args.nodes, args.rels)
            print(f"generated {len(data.entities)} nodes and {len(data.relations)} "
                  f"relationships in {time.perf_counter() - t0:.1f} s", flush=True)

            t0 = time.perf_counter()
            load_dataset(store, Dataset(entities=data.entities), what="bench-nodes",
                         batch_size=args.batch_size)
            whole_nodes = time.perf_counter() - t0
            t0 = time.perf_counter()
            load_dataset(store, Dataset(relations=data.relations), what="bench-rels",
                         batch_size=args.batch_size)
            whole_rels = time.perf_counter() - t0
            batched = whole_nodes + whole_rels

            small = sample(data, args.naive_every)
            store.clear()
            n_nodes = len(small.entities)
            t0 = time.perf_counter()
            naive_load(store, Dataset(entities=small.entities))
            naive_nodes = time.perf_counter() - t0
            t0 = time.perf_counter()
            naive_load(store, Dataset(relations=small.relations))
            naive_rels = time.perf_counter() - t0

            store.clear()
            t0 = time.perf_counter()
            load_dataset(store, Dataset(entities=small.entities), what="bench-n",
                         batch_size=args.batch_size)
            batched_small_nodes = time.perf_counter() - t0
            t0 = time.perf_counter()
            load_dataset(store, Dataset(relations=small.relations), what="bench-r",
                         batch_size=args.batch_size)
            batched_small_rels = time.perf_counter() - t0
            store.clear()
    finally:
        if started_here:
            localdb.stop(settings)
            assert state is not None
            state.cleanup()

    n, r = len(data.entities), len(data.relations)
    print()
    print(f"{'loader':<34}{'records':>10}{'seconds':>10}{'records/s':>12}")
    print(f"{'batched, whole graph nodes':<34}{n:>10}{whole_nodes:>10.1f}{n / whole_nodes:>12.0f}")
    print(f"{'batched, whole graph relationships':<34}{r:>10}{whole_rels:>10.1f}"
          f"{r / whole_rels:>12.0f}")
    rows = [
        ("batched, sample nodes", n_nodes, batched_small_nodes),
        ("naive, sample nodes", n_nodes, naive_nodes),
        ("batched, sample relationships", len(small.relations), batched_small_rels),
        ("naive, sample relationships", len(small.relations), naive_rels),
    ]
    for name, count, secs in rows:
        print(f"{name:<34}{count:>10}{secs:>10.2f}{count / secs:>12.0f}")
    whole_rate = (n + r) / batched
    naive_rate = (n_nodes + len(small.relations)) / (naive_nodes + naive_rels)
    print()
    print(f"whole graph: {n} nodes and {r} relationships in {batched:.1f} s "
          f"({whole_rate:.0f} records/s)")
    print(f"speed-up of the batched loader over the naive baseline (records/s): "
          f"{whole_rate / naive_rate:.1f}x (whole graph vs naive sample), "
          f"nodes {naive_nodes / batched_small_nodes:.1f}x, "
          f"relationships {naive_rels / batched_small_rels:.1f}x (same sample)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
