"""Structures derived from a graph once and shared by the analytics that read it.

Several analytics start from the same derived structures (the cells of `activity.active_cells`,
the collaboration network); on a large graph building them costs more than the analytic itself.
`derived(G, name, key, compute)` computes one such structure once per graph object and
parameters and hands the same value to every later call; the analytics stay pure functions of the
graph and their options, since the value depends on nothing else.

The cache holds the graph weakly (a graph that is dropped takes its structures with it), keeps
the last `KEPT_PER_GRAPH` structures of each graph, and is forgotten when the graph's number of
nodes or of adjacent pairs changes. A graph changed in place in another way (an attribute
edited, an edge added beside another between the same two nodes) must be passed to `forget`
before it is analysed again; the projection
builds a new graph for every change of the data, so the service never needs to.
Values are shared: callers must not modify them.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Mapping
from typing import Any, TypeVar
from weakref import WeakKeyDictionary

import networkx as nx

T = TypeVar("T")

#: Derived structures kept per graph (a long-running service asks for many dates).
KEPT_PER_GRAPH = 32

_lock = threading.Lock()
_derived: WeakKeyDictionary[nx.Graph, tuple[tuple[int, int], OrderedDict[Any, Any]]] = (
    WeakKeyDictionary()
)


def derived(G: nx.Graph, name: str, key: Hashable, compute: Callable[[], T]) -> T:
    """Return ``compute()``, computed once per graph `G`, `name` and `key` (see the module)."""
    # Counted on the adjacency: counting every edge key costs a pass over the graph.
    adjacency: Mapping[Any, Mapping[Any, Any]] = G._adj  # type: ignore[attr-defined]
    shape = (len(G), sum(map(len, adjacency.values())))
    with _lock:
        entry = _derived.get(G)
        if entry is None or entry[0] != shape:
            entry = _derived[G] = (shape, OrderedDict())
        kept = entry[1]
        if (name, key) in kept:
            kept.move_to_end((name, key))
            return kept[name, key]
    # Computed outside the lock: two threads may both compute it, and get equal values.
    value = compute()
    with _lock:
        kept[name, key] = value
        while len(kept) > KEPT_PER_GRAPH:
            kept.popitem(last=False)
    return value


def forget(G: nx.Graph) -> None:
    """Drop what was derived from `G` (after changing it in place)."""
    with _lock:
        _derived.pop(G, None)


def frozen(value: Any) -> Hashable:
    """Return a hashable form of an option (mappings and iterables become sorted tuples)."""
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, Mapping):
        return tuple(sorted(((k, frozen(v)) for k, v in value.items()), key=repr))
    return tuple(sorted((frozen(v) for v in value), key=repr))
