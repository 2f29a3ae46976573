"""The one result type of the analytics: a `Finding` with its evidence, parameters and snapshot.

Every analytic returns a list of `Finding`. A finding names what it is about (`subject`, record
ids), says it in one sentence (`explanation`), ranks it (`score`), keeps the plain-valued details an
API or a notebook needs (`details`), and carries the records it rests on with their sources
(`evidence`), the parameters it was computed with (`params`) and the data snapshot it was computed
on (`snapshot`, copied from ``G.graph["snapshot"]``).
``Finding.model_dump(mode="json")`` is plain JSON.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

import networkx as nx
from pydantic import BaseModel, ConfigDict, Field

from graph.errors import AllianceError, InvalidData, NotFound

__all__ = ["About", "AllianceError", "Evidence", "Finding", "InvalidData", "NotFound", "Ref"]

#: An edge of the input graph as ``(u, v, key)``; the key is the relationship id.
EdgeRef = tuple[str, str, str]


class Evidence(BaseModel):
    """The records a finding rests on: node ids, edge (relationship) ids and their source ids."""

    model_config = ConfigDict(frozen=True)

    nodes: list[str] = Field(default_factory=list)
    edges: list[str] = Field(default_factory=list)
    sources: list[str] = Field(default_factory=list)


class Ref(BaseModel):
    """A record a finding is about: its id and the name a reader knows it by."""

    model_config = ConfigDict(frozen=True)

    id: str
    name: str


class About(BaseModel):
    """What a finding is about, by kind of record: the structured form of `subject`.

    Filters (country, theme, region, actor type…) apply to these fields, never to text.
    """

    model_config = ConfigDict(frozen=True)

    countries: list[Ref] = Field(default_factory=list)
    themes: list[Ref] = Field(default_factory=list)
    actors: list[Ref] = Field(default_factory=list)
    programmes: list[Ref] = Field(default_factory=list)
    people: list[Ref] = Field(default_factory=list)
    mandates: list[Ref] = Field(default_factory=list)


M = TypeVar("M", bound=BaseModel)


def built(cls: type[M], values: dict[str, Any]) -> M:
    """`cls.model_construct(**values)` for values that name every field, at half the cost.

    The analytics build hundreds of thousands of findings, each with its `About`, `Evidence`
    and refs, from values they have checked; pydantic's own `model_construct` spends as long
    again looking for defaults and aliases these models do not use. The model is the same
    (equal, dumped, copied alike); `tests/unit/analytics/test_findings.py` holds it to that.
    """
    model = cls.__new__(cls)
    object.__setattr__(model, "__dict__", values)
    object.__setattr__(model, "__pydantic_fields_set__", set(values))
    object.__setattr__(model, "__pydantic_extra__", None)
    object.__setattr__(model, "__pydantic_private__", None)
    return model


#: Node kinds of the projection → the field of `About` that lists them.
ABOUT_FIELDS = {"Country": "countries", "Theme": "themes", "Organisation": "actors",
                "Programme": "programmes", "Person": "people", "Mandate": "mandates"}
#: Keys of `details` whose values name records a finding is about (a cell, the two sides…).
# "shared": what a pair has in common (similar actors: their country-theme-years, so a pair is
# about the places they share, not every country either works in; alignments: members).
ABOUT_DETAILS = ("country", "theme", "countries", "themes", "cells", "shared", "implementers",
                 "others", "actors", "separates", "members")


def about_of(G: nx.MultiDiGraph, subject: Iterable[str],
             details: Mapping[str, Any] | None = None,
             refs: dict[str, tuple[str, Ref] | None] | None = None) -> About:
    """Return the records `subject` (and the naming keys of `details`) are about, by kind.

    >>> G = nx.MultiDiGraph()
    >>> G.add_node("MDA", kind="Country", name="Moldova")
    >>> G.add_node("org.x", kind="Organisation", name="X", acronym="X")
    >>> about_of(G, ["org.x"], {"cells": [["MDA", "theme.t"]]}).countries
    [Ref(id='MDA', name='Moldova')]
    """
    ids: list[str] = list(subject)

    def walk(value: Any) -> None:
        if isinstance(value, str):
            ids.append(value)
        elif isinstance(value, list | tuple | set):
            # Strings and flat rows of them (a cell, a country-theme-year) without a call
            # each: cells and shared triples list thousands.
            for item in value:
                if type(item) is str:
                    ids.append(item)
                elif type(item) is list or type(item) is tuple:
                    for x in item:
                        if type(x) is str:
                            ids.append(x)
                        elif isinstance(x, str | list | tuple | set):
                            walk(x)
                else:
                    walk(item)

    if details:
        for key in ABOUT_DETAILS:
            value = details.get(key)
            if value is not None:  # (most kinds name few of these keys)
                walk(value)
    # `refs` caches each record's field and Ref across the findings of one call: pair-wise
    # analytics build hundreds of thousands of findings over the same few thousand records.
    cache = refs if refs is not None else {}
    node_attrs = G._node  # type: ignore[attr-defined]  # (a view per lookup costs more)
    # In the order of About's fields, each a list of refs in the order first named.
    fields: dict[str, Any] = {"countries": [], "themes": [], "actors": [], "programmes": [],
                              "people": [], "mandates": []}
    for i in dict.fromkeys(ids):  # (each once, in order: shared triples repeat places)
        hit = cache.get(i, _UNSEEN)
        if hit is _UNSEEN:
            attrs = node_attrs.get(i)
            kind = attrs.get("kind") if attrs is not None else None
            hit = cache[i] = ((ABOUT_FIELDS[kind], built(Ref, {
                "id": i, "name": str(attrs.get("name") or i)}))
                if kind in ABOUT_FIELDS else None)
        if hit is not None:
            fields[hit[0]].append(hit[1])  # type: ignore[index]
    return built(About, fields)


_UNSEEN = object()


class Finding(BaseModel):
    """One result of an analytic.

    Attributes
    ----------
    kind : str
        What was found, e.g. ``"coverage_gap"``, ``"unlinked_pair"``, ``"broker"``.
    subject : list of str
        The record ids the finding is about (an actor, a pair, a country and a theme...).
    about : About
        The same, structured: countries, themes, actors, programmes… each with id and name.
    score : float
        Ranks findings of one kind; its meaning is documented per kind in ``docs/analytics.md``.
    rank : int
        1 for the highest score of its list, 2 for the next…; 0 when not ranked.
    explanation : str
        One sentence a reader can act on.
    details : dict
        Plain JSON values specific to the kind (counts, before/after, member lists).
    evidence : Evidence
        Node ids, edge ids and source ids of the records the finding rests on.
    params : dict
        The parameters of the computation, with defaults resolved (``as_of`` included).
    snapshot : dict
        ``G.graph["snapshot"]`` of the graph the finding was computed on (``{}`` if absent).
    """

    model_config = ConfigDict(frozen=True)

    kind: str
    subject: list[str]
    about: About = Field(default_factory=About)
    score: float
    rank: int = 0
    explanation: str
    details: dict[str, Any] = Field(default_factory=dict)
    evidence: Evidence = Field(default_factory=Evidence)
    params: dict[str, Any] = Field(default_factory=dict)
    snapshot: dict[str, Any] = Field(default_factory=dict)


def resolve_as_of(as_of: str | None) -> str:
    """Return `as_of` checked as an ISO date, or today's date when it is None.

    Raises
    ------
    InvalidData
        If `as_of` is not a ``YYYY-MM-DD`` date.
    """
    if as_of is None:
        return dt.date.today().isoformat()
    try:
        return dt.date.fromisoformat(as_of).isoformat()
    except (TypeError, ValueError) as exc:
        raise InvalidData.single("as_of", as_of, "a date YYYY-MM-DD") from exc


def snapshot_of(G: nx.MultiDiGraph) -> dict[str, Any]:
    """Return a copy of the snapshot description the projection left on `G` (``{}`` if none)."""
    return dict(G.graph.get("snapshot") or {})


def check_weights(weights: Mapping[str, float], defaults: Mapping[str, float]) -> dict[str, float]:
    """Merge `weights` over `defaults`, refusing unknown names and negative values.

    Raises
    ------
    InvalidData
        If a name is not one of `defaults` or a weight is negative.
    """
    merged = dict(defaults)
    for name, value in weights.items():
        if name not in defaults:
            raise InvalidData.single("weights", name, f"one of {sorted(defaults)}")
        if value < 0:
            raise InvalidData.single(f"weights.{name}", value, "a number >= 0")
        merged[name] = float(value)
    return merged


#: Pairs a pair-wise analytic lists, the best first (unlinked pairs, duplicate programmes,
#: similar actors): more than a meeting or a page can use, and more than the bundled data has
#: of any (about 3,100 unlinked pairs). The pairs grow with the square of the data.
PAIR_LIMIT = 5000


def check_limit(name: str, value: int | None, least: int) -> int | None:
    """Return a cap checked as a whole number >= `least` (None: no cap)."""
    if value is not None and (isinstance(value, bool) or not isinstance(value, int)
                              or value < least):
        raise InvalidData.single(name, value, f"a whole number >= {least}, or None for no limit")
    return value


def label(G: nx.MultiDiGraph, node: str) -> str:
    """Return the short display name of a record: acronym, else name, else the id."""
    attrs = G._node.get(node) or {}  # type: ignore[attr-defined]  # (a view costs more)
    return str(attrs.get("acronym") or attrs.get("name") or node)


def labels(G: nx.MultiDiGraph, nodes: Iterable[str], limit: int = 5) -> str:
    """Return display names joined for a sentence, eliding past `limit` names."""
    nodes = list(nodes)
    # Only the names shown are looked up: a crowded cell lists thousands of others.
    names = [label(G, n) for n in nodes[:limit]]
    if len(nodes) > limit:
        names.append(f"{len(nodes) - limit} more")
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def collect_evidence(
    G: nx.MultiDiGraph, nodes: Iterable[str], edges: Iterable[EdgeRef]
) -> Evidence:
    """Return the evidence made of `nodes` and `edges`, with the sources they cite."""
    node_ids, keys, sources = _collected(G, nodes, edges)
    return built(Evidence, {"nodes": sorted(node_ids), "edges": sorted(keys),
                            "sources": sorted(sources)})


def _collected(G: nx.MultiDiGraph, nodes: Iterable[str], edges: Iterable[EdgeRef]
               ) -> tuple[set[str], set[str], set[str]]:
    # The graph's own dicts, not its views: evidence is looked up for every record of every
    # finding, millions of times on a large graph, and a view costs more than the lookup.
    node_attrs, adjacency = G._node, G._adj  # type: ignore[attr-defined]
    sources: set[str] = set()
    node_ids = set()
    for n in set(nodes):
        attrs = node_attrs.get(n)
        if attrs is not None:
            node_ids.add(n)
            sources.update(attrs.get("sources") or ())
    keys = set()
    for u, v, k in edges if isinstance(edges, set | frozenset) else set(edges):
        try:
            attrs = adjacency[u][v][k]
        except KeyError:
            continue
        keys.add(k)
        sources.update(attrs.get("sources") or ())
    return node_ids, keys, sources


#: Evidence as sets (node ids, edge ids, source ids), to be joined to a finding's own.
EvidenceSets = tuple[frozenset[str], frozenset[str], frozenset[str]]


def evidence_sets(G: nx.MultiDiGraph, nodes: Iterable[str], edges: Iterable[EdgeRef]
                  ) -> EvidenceSets:
    """`collect_evidence` as sets, to be joined to findings' own (`Context.finding`'s `base`)."""
    node_ids, keys, sources = _collected(G, nodes, edges)
    return frozenset(node_ids), frozenset(keys), frozenset(sources)


def union(parts: Iterable[EvidenceSets]) -> EvidenceSets:
    """The evidence of several `evidence_sets` together (as if collected at once)."""
    parts = list(parts)
    return (frozenset().union(*(p[0] for p in parts)), frozenset().union(*(p[1] for p in parts)),
            frozenset().union(*(p[2] for p in parts)))


def joined(evidence: Evidence, base: EvidenceSets | None) -> Evidence:
    """`evidence` and `base` together, as if collected at once (sets joined, then sorted)."""
    if base is None:
        return evidence
    return built(Evidence, {"nodes": sorted(base[0].union(evidence.nodes)),
                            "edges": sorted(base[1].union(evidence.edges)),
                            "sources": sorted(base[2].union(evidence.sources))})


@dataclass
class Context:
    """What every finding of one call shares: the graph, the parameters and the snapshot."""

    G: nx.MultiDiGraph
    params: dict[str, Any]
    snapshot: dict[str, Any] = field(init=False)

    def __post_init__(self) -> None:
        self.snapshot = snapshot_of(self.G)
        self._refs: dict[str, tuple[str, Ref] | None] = {}

    def finding(
        self,
        kind: str,
        subject: Iterable[str],
        score: float,
        explanation: str,
        *,
        details: Mapping[str, Any] | None = None,
        nodes: Iterable[str] = (),
        edges: Iterable[EdgeRef] = (),
        base: EvidenceSets | None = None,
        about: Mapping[str, Any] | None = None,
    ) -> Finding:
        """Build a finding carrying this call's parameters and snapshot.

        `base` is evidence collected before (`evidence_sets`), joined to that of `nodes` and
        `edges`: a cell's records, collected once for every finding about that cell.
        `about`, when given, stands for `details` in `about_of`: the same records named more
        briefly (similar actors' places in place of their shared country-theme-years), so
        the `About` must be the one `details` gives.
        """
        subject = list(subject)
        # Built without re-validation: every field is made here from checked values, and the
        # analytics build a great many findings (validation was a tenth of their cost).
        return built(Finding, {
            "kind": kind,
            "subject": subject,
            "about": about_of(self.G, subject, details if about is None else about,
                              self._refs),
            "score": float(score),
            "rank": 0,
            "explanation": explanation,
            "details": dict(details or {}),
            "evidence": joined(collect_evidence(self.G, [*subject, *nodes], edges), base),
            "params": self.params,
            "snapshot": self.snapshot,
        })


def ranked(findings: Iterable[Finding]) -> list[Finding]:
    """Return findings by decreasing score, ties broken by kind and subject, numbered from 1."""
    ordered = sorted(findings, key=lambda f: (-f.score, f.kind, f.subject))
    # A shallow copy with its rank, as `model_copy(update=...)` makes, without its overhead.
    return [built(Finding, {**f.__dict__, "rank": i}) for i, f in enumerate(ordered, 1)]
