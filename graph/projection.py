"""One projection from Neo4j to networkx: the graph every analytic reads.

The contract (node `kind` and `name`, edge `type`, ISO date strings) is described in
`docs/analytics.md`; notebook users may build the same graph by hand and call the same
functions.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

import networkx as nx

from graph.model import Dataset, NodeLabel
from graph.store import GraphStore

# Sources, loads and name resolutions are evidence, not actors: kept out of the graph and
# looked up by id when a finding cites them.
PROJECTED = tuple(
    label.value for label in NodeLabel
    if label not in {NodeLabel.SOURCE, NodeLabel.LOAD, NodeLabel.NAME_RESOLUTION}
)


def snapshot(store: GraphStore) -> dict[str, Any]:
    """What data a result was computed on: the loads that made the graph, newest first, and
    whether any load began without completing (then `complete` is false and `incomplete`
    names it: the graph may hold part of that load until it is run again)."""
    loads = store.read("last_loads", limit=20)
    incomplete = store.read("incomplete_loads")
    return {
        "loads": [
            {"id": row["id"], "what": row["what"], "source": row["source"],
             "status": row["status"], "last_loaded_at": row["last_loaded_at"],
             "content_hash": row["content_hash"],
             "counts": json.loads(row["counts"]) if row["counts"] else {}}
            for row in loads
        ],
        "complete": not incomplete,
        "incomplete": [{"what": row["what"], "status": row["status"],
                        "started_at": row["started_at"]} for row in incomplete],
        "database": store.database,
        "uri": store.uri,
    }


def build_graph(nodes: Iterable[dict[str, Any]], relationships: Iterable[dict[str, Any]]
                ) -> nx.MultiDiGraph:
    """The projection contract: rows ``{id, kind, props}`` and ``{start, end, type, props}``
    (as the stored projection queries return them) → a `nx.MultiDiGraph` keyed by record id."""
    graph: nx.MultiDiGraph = nx.MultiDiGraph()
    for row in nodes:
        props = dict(row["props"])
        props.pop("id", None)
        props.pop("alias_text", None)
        if "kind" in props:
            # `kind` names the label in the projection; a record's own kind is kept beside it.
            props[f"{row['kind'].lower()}_kind"] = props.pop("kind")
        props["kind"] = row["kind"]
        props.setdefault("name", props.get("title", row["id"]))
        graph.add_node(row["id"], **props)
    for row in relationships:
        props = dict(row["props"])
        key = props.pop("id", None)
        graph.add_edge(row["start"], row["end"], key=key, type=row["type"], **props)
    return graph


def project(store: GraphStore) -> nx.MultiDiGraph:
    """Read the graph from Neo4j into a `nx.MultiDiGraph` keyed by record id."""
    graph = build_graph(store.read("projection_nodes", labels=list(PROJECTED)),
                        store.read("projection_relationships", labels=list(PROJECTED)))
    graph.graph["snapshot"] = snapshot(store)
    return graph


def project_dataset(dataset: Dataset) -> nx.MultiDiGraph:
    """The same graph straight from a validated dataset, without Neo4j (notebooks, benchmarks).

    Records are turned into the rows the loader writes, so the graph equals what `project`
    reads back after loading the dataset (the snapshot aside).
    """
    from graph.loadrows import node_row, relation_row

    kept = {label for label in PROJECTED}
    labels = {e.id: e.label for e in dataset.entities}
    nodes = [{"id": e.id, "kind": str(e.label), "props": node_row(e)["props"]}
             for e in dataset.entities if e.label in kept]
    rels = [{"start": r.start_id, "end": r.end_id, "type": str(r.type),
             "props": relation_row(r)["props"]}
            for r in dataset.relations
            if labels.get(r.start_id) in kept and labels.get(r.end_id) in kept]
    graph = build_graph(nodes, rels)
    graph.graph["snapshot"] = {"loads": [], "dataset": dataset.counts()}
    return graph
