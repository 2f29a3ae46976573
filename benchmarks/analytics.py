"""How the analytics grow: every analytic at 1×, 10× (and, if asked, 100×) the bundled data.

    .venv/bin/python benchmarks/analytics.py [--sizes 1,10,100] [--no-neo4j]

The k× graph is the bundled graph (projected without Neo4j, `project_dataset`) with every
organisation, programme, person and event copied k times under new ids, and the countries,
themes, mandates and indicators shared: cells get k times the actors, as a denser network
would. Each k× graph is settled as the service settles a projected graph, and each analytic
runs with the collector paused as the service runs it (`graph.gcpolicy`), so the figures are
what a user of the service gets. The **baseline**, measured in the same run at each size, is
one pass over every edge with its attributes (`sum(1 for _ in G.edges(data=True))`); each
analytic is printed in seconds and as a multiple of that baseline, so figures compare across
noisy machines. With Neo4j (default), the projection from Neo4j is timed too, after loading the
k× dataset into a fresh local Neo4j.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import networkx as nx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from graph import analytics as a
from graph import gcpolicy
from graph.projection import project_dataset
from graph.resources import bundled_data_dir
from ingest.folder import read_folder

AS_OF = "2025-06-30"
SHARED = {"Country", "Theme", "Mandate", "Indicator"}
ANALYTICS: dict[str, Callable[[nx.MultiDiGraph], Any]] = {
    "coverage": lambda G: a.coverage(G, as_of=AS_OF),
    "gaps": lambda G: a.coverage_gaps(G, as_of=AS_OF),
    "unlinked-pairs": lambda G: a.unlinked_pairs(G, as_of=AS_OF),
    "brokers": lambda G: a.brokers(G, as_of=AS_OF),
    "isolated": lambda G: a.isolated_actors(G, as_of=AS_OF),
    "mandates-without-action": lambda G: a.mandates_without_action(G, as_of=AS_OF),
    "programmes-without-mandate": lambda G: a.programmes_without_mandate(G, as_of=AS_OF),
    "duplicate-programmes": lambda G: a.duplicate_programmes(G, as_of=AS_OF),
    "similar-actors": lambda G: a.similar_actors(G, as_of=AS_OF),
    "centrality": lambda G: a.centrality(G, as_of=AS_OF),
    "communities": lambda G: a.communities(G, as_of=AS_OF),
    "recommend": lambda G: a.recommend_partners(G, "org.iom", as_of=AS_OF),
    "what-if": lambda G: a.what_if(G, as_of=AS_OF, remove_actors=["org.iom"]),
}


def scaled(G: nx.MultiDiGraph, k: int) -> nx.MultiDiGraph:
    """G with its non-shared nodes copied k times (copy 0 keeps the original ids)."""
    if k == 1:
        return G
    H: nx.MultiDiGraph = nx.MultiDiGraph()
    H.graph.update(G.graph)

    def name(node: str, i: int) -> str:
        return node if i == 0 or G.nodes[node].get("kind") in SHARED else f"{node}~{i}"

    for i in range(k):
        for n, d in G.nodes(data=True):
            if i == 0 or d.get("kind") not in SHARED:
                H.add_node(name(n, i), **d)
        for u, v, key, d in G.edges(keys=True, data=True):
            if i and G.nodes[u].get("kind") in SHARED and G.nodes[v].get("kind") in SHARED:
                continue  # an edge between shared nodes exists once
            H.add_edge(name(u, i), name(v, i), key=f"{key}~{i}" if i else key, **d)
    return H


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def timed_analytic(fn: Callable[[], Any]) -> tuple[float, Any]:
    """`timed`, with the collector held off as the service holds it (`gcpolicy.paused`)."""
    with gcpolicy.paused():
        return timed(fn)


def neo4j_projection(dataset: Any) -> None:
    """Load the bundled data into a fresh local Neo4j and time `project` (1× only)."""
    import socket

    from graph import localdb
    from graph.loader import load_dataset
    from graph.projection import project
    from graph.settings import Settings
    from graph.store import GraphStore

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with tempfile.TemporaryDirectory() as state:
        settings = Settings(state_dir=Path(state), local_port=port, neo4j_uri=None)
        localdb.start(settings)
        try:
            with GraphStore.connect(settings) as store:
                store.apply_schema()
                load_dataset(store, dataset, what="bundled")
                baseline, _ = timed(lambda: store.read("graph_fingerprint"))
                seconds, G = timed(lambda: project(store))
                print(f"projection from Neo4j (1×, {G.number_of_edges():,} edges): "
                      f"{seconds:.2f} s; baseline (the fingerprint query) "
                      f"{baseline * 1000:.1f} ms: {seconds / baseline:.0f}×")
        finally:
            localdb.stop(settings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,10", help="Multiples of the bundled data, e.g. "
                        "1,10,100 (100× needs several GB of memory and minutes per analytic).")
    parser.add_argument("--only", default="", help="Comma-separated analytics to time (default "
                        "all): " + ", ".join(ANALYTICS))
    parser.add_argument("--no-neo4j", action="store_true", help="Skip timing the projection "
                        "from a local Neo4j.")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    wanted = [x for x in args.only.split(",") if x] or list(ANALYTICS)
    unknown = sorted(set(wanted) - set(ANALYTICS))
    if unknown:
        parser.error(f"unknown analytics {unknown}; choose from {', '.join(ANALYTICS)}")
    seconds, dataset = timed(lambda: read_folder(bundled_data_dir()))
    print(f"bundled data read and validated in {seconds:.1f} s")
    seconds, base = timed(lambda: project_dataset(dataset))
    print(f"projected without Neo4j in {seconds:.1f} s: {base.number_of_nodes():,} nodes, "
          f"{base.number_of_edges():,} edges")
    if not args.no_neo4j:
        neo4j_projection(dataset)
    table: dict[str, dict[int, tuple[float, float]]] = {}
    for k in sizes:
        G = None  # the previous size's graph, dropped before the next is built
        gcpolicy.release()
        G = scaled(base, k)
        # As the service settles each projected graph: out of the collector's sight.
        gcpolicy.settle()
        baseline, _ = timed(lambda: sum(1 for _ in G.edges(data=True)))  # noqa: B023
        print(f"\n{k}×: {G.number_of_nodes():,} nodes, {G.number_of_edges():,} edges; "
              f"baseline (one pass over the edges) {baseline * 1000:.1f} ms")
        total = 0.0
        for name in wanted:
            seconds, found = timed_analytic(lambda: ANALYTICS[name](G))  # noqa: B023
            total += seconds
            table.setdefault(name, {})[k] = (seconds, seconds / baseline)
            print(f"  {name:<28} {seconds:8.2f} s  {seconds / baseline:10.0f}× baseline  "
                  f"{len(found):>7,} findings", flush=True)
        table.setdefault("TOTAL", {})[k] = (total, total / baseline)
        print(f"  {'TOTAL':<28} {total:8.2f} s")
    if len(sizes) > 1:
        print("\ngrowth (seconds at the largest size / at the smallest; "
              f"data grew {sizes[-1] // sizes[0]}×):")
        for name, by_size in table.items():
            lo, hi = by_size.get(sizes[0]), by_size.get(sizes[-1])
            if lo and hi and lo[0] > 0:
                print(f"  {name:<28} {hi[0] / lo[0]:8.1f}×")


if __name__ == "__main__":
    main()
