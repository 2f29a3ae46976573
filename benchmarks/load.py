"""Benchmark: the batched loader against a naive one-statement-per-record baseline and against
the offline importer, at several sizes.

Generates a graph shaped like the real one (organisations, programmes, countries; implementing,
funding, targeting and partnership edges), loads it into an empty store with the batched
`UNWIND` loader, then with the offline importer (`graph.bulkimport`: `neo4j-admin database
import`, a restart of Neo4j included), and measures the naive loader on the same kind of
records in the same run and the same Neo4j.
The naive loader is measured on a sample (by default 1 in 20 records), because loading the whole
graph one statement at a time takes tens of minutes; rates per second are what is compared.

    .venv/bin/python benchmarks/load.py --help
    .venv/bin/python benchmarks/load.py                 # 1x, 10x the bundled data; 100k/500k
    .venv/bin/python benchmarks/load.py --sizes 100000:500000
    NEO4J_URI=bolt://… .venv/bin/python benchmarks/load.py   # against another server
"""

from __future__ import annotations

import argparse
import itertools
import os
import random
import socket
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from graph import cypher, localdb
from graph.bulkimport import import_into_empty
from graph.loader import load_dataset
from graph.loadrows import node_row, prepare, relation_row
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


#: The bundled data holds about 11,600 records and 22,900 relationships: 1x and 10x that, and
#: the issue's point of comparison (100,000 nodes, 500,000 relationships).
DEFAULT_SIZES = "11600:22900,116000:229000,100000:500000"


def _sizes(text: str) -> list[tuple[int, int]]:
    try:
        pairs = [tuple(int(n) for n in part.split(":")) for part in text.split(",")]
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected NODES:RELS[,NODES:RELS…], got {text!r}"
                                         ) from None
    if not pairs or any(len(p) != 2 or min(p) < 1000 for p in pairs):
        raise argparse.ArgumentTypeError(
            f"expected NODES:RELS pairs of at least 1000 each, got {text!r}")
    return [(p[0], p[1]) for p in pairs]


class Clock:
    """Wall seconds, and the CPU seconds of this process, its finished children (the offline
    importer) and the local Neo4j: on a machine shared with others, the CPU a loader spent
    says what it would take on cores of its own, where wall time says how busy the machine was."""

    def __init__(self, settings: Settings):
        self.settings = settings

    def _server_cpu(self) -> float:
        pid = localdb.status(self.settings).pid if self.settings.uses_local else None
        if pid is None:
            return 0.0
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def _client_cpu(self) -> float:
        t = os.times()
        return t.user + t.system + t.children_user + t.children_system

    def time(self, what: Callable[[], object]) -> tuple[float, float, float]:
        """(wall, client CPU, server CPU) seconds of `what`."""
        wall, client, server, pid = (time.perf_counter(), self._client_cpu(),
                                     self._server_cpu(), localdb.status(self.settings).pid)
        what()
        if localdb.status(self.settings).pid != pid:
            server = 0.0  # restarted (the offline importer): all of the new one's CPU counts
        return (time.perf_counter() - wall, self._client_cpu() - client,
                self._server_cpu() - server)


def measure(store: GraphStore, clock: Clock, nodes: int, rels: int, *, naive_every: int,
            batch_size: int | None, offline: bool) -> dict[str, tuple[float, float, float]]:
    """(wall, client CPU, server CPU) seconds of each loader on a graph of this size, each into
    an empty store; "nodes", "rels" and "sample" hold counts."""
    data = generate(nodes, rels)
    out: dict[str, tuple[float, float, float]] = {
        "count": (len(data.entities), len(data.relations), 0)}
    store.clear()
    out["online nodes"] = clock.time(lambda: load_dataset(
        store, Dataset(entities=data.entities), what="bench-nodes", batch_size=batch_size))
    out["online rels"] = clock.time(lambda: load_dataset(
        store, Dataset(relations=data.relations), what="bench-rels", batch_size=batch_size))
    # What the loader spends in Python before writing anything (one dump of each record).
    out["prepare"] = clock.time(lambda: prepare(data))
    store.clear()
    if offline:
        marks: list[tuple[str, float]] = []
        out["offline"] = clock.time(lambda: (import_into_empty(
            clock.settings, store, data, what="bench", source="bench",
            progress=lambda phase, _n, _total: marks.append((phase, time.perf_counter()))),
            marks.append(("returned", time.perf_counter()))))
        for (phase, at), (_, until) in itertools.pairwise(marks):
            out[f"offline {phase}"] = (until - at, 0.0, 0.0)
        store.clear()
    small = sample(data, naive_every)
    out["sample"] = (len(small.entities), len(small.relations), 0)
    out["naive nodes"] = clock.time(lambda: naive_load(store, Dataset(entities=small.entities)))
    out["naive rels"] = clock.time(lambda: naive_load(store, Dataset(relations=small.relations)))
    store.clear()
    return out


def _sum(*spans: tuple[float, float, float]) -> tuple[float, float, float]:
    return (sum(s[0] for s in spans), sum(s[1] for s in spans), sum(s[2] for s in spans))


def report(m: dict[str, tuple[float, float, float]]) -> None:
    n, r = int(m["count"][0]), int(m["count"][1])
    sn, sr = int(m["sample"][0]), int(m["sample"][1])
    online = _sum(m["online nodes"], m["online rels"])
    print(f"\n{n} nodes, {r} relationships (CPU: seconds of this process and its children, "
          "and of Neo4j)")
    print(f"  {'loader':<34}{'records':>9}{'wall s':>9}{'records/s':>11}{'client CPU':>12}"
          f"{'Neo4j CPU':>11}{'records/CPU s':>15}")
    rows = [("online (batched), nodes", n, m["online nodes"]),
            ("online (batched), relationships", r, m["online rels"]),
            ("online (batched), whole graph", n + r, online)]
    if "offline" in m:
        rows.append(("offline import, whole graph", n + r, m["offline"]))
    rows += [("per record, sample nodes", sn, m["naive nodes"]),
             ("per record, sample relationships", sr, m["naive rels"])]
    for name, count, (wall, client, server) in rows:
        print(f"  {name:<34}{count:>9}{wall:>9.1f}{count / wall:>11.0f}{client:>12.1f}"
              f"{server:>11.1f}{count / max(client + server, 1e-9):>15.0f}")
    naive = _sum(m["naive nodes"], m["naive rels"])
    print(f"  online over per record (records/s): whole graph "
          f"{(n + r) / online[0] / ((sn + sr) / naive[0]):.1f}x, relationships "
          f"{(r / m['online rels'][0]) / (sr / m['naive rels'][0]):.1f}x")
    print(f"  of which reading the records in Python (prepare, client CPU): "
          f"{m['prepare'][1]:.1f} s")
    phases = [(k.split(" ", 1)[1], v[0]) for k, v in m.items() if k.startswith("offline ")]
    if phases:
        print("  offline import by phase (wall s): "
              + ", ".join(f"{name} {wall:.1f}" for name, wall in phases))
    if "offline" in m:
        print(f"  online over offline import (whole graph, records/s): "
              f"{m['offline'][0] / online[0]:.2f}x wall, "
              f"{sum(m['offline'][1:]) / sum(online[1:]):.2f}x CPU")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=_sizes, default=_sizes(DEFAULT_SIZES),
                        help="graphs to load, as NODES:RELS[,NODES:RELS…] "
                             f"(default {DEFAULT_SIZES})")
    parser.add_argument("--naive-every", type=int, default=20,
                        help="measure the per-record loader on 1 record in N (default 20)")
    parser.add_argument("--batch-size", type=int, default=None,
                        help="records per write transaction (default: ALLIANCE_BATCH_SIZE, "
                             "as a load; past ~5,000 Neo4j spends more per record, on its heap)")
    parser.add_argument("--no-offline", action="store_true",
                        help="skip the offline importer (it needs the local Neo4j)")
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
    results = []
    try:
        with GraphStore.connect(settings) as store:
            store.clear()
            store.apply_schema()
            for nodes, rels in args.sizes:
                print(f"measuring {nodes} nodes, {rels} relationships …", flush=True)
                results.append(measure(store, Clock(settings), nodes, rels,
                                       naive_every=args.naive_every,
                                       batch_size=args.batch_size,
                                       offline=started_here and not args.no_offline))
    finally:
        if started_here:
            localdb.stop(settings)
            assert state is not None
            state.cleanup()
    for m in results:
        report(m)
    print(f"\n{'nodes':>8}{'rels':>9}{'online rels/s':>15}{'rels/CPU s':>12}{'online s':>10}"
          f"{'offline s':>11}{'per-record rels/s':>19}")
    for m in results:
        rels_wall, rels_client, rels_server = m["online rels"]
        online = _sum(m["online nodes"], m["online rels"])[0]
        offline = f"{m['offline'][0]:>11.1f}" if "offline" in m else f"{'-':>11}"
        print(f"{int(m['count'][0]):>8}{int(m['count'][1]):>9}"
              f"{m['count'][1] / rels_wall:>15.0f}"
              f"{m['count'][1] / (rels_client + rels_server):>12.0f}{online:>10.1f}{offline}"
              f"{m['sample'][1] / m['naive rels'][0]:>19.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
