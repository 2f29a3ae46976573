"""A small builder of projected graphs for the analytics tests.

It produces exactly the projection contract of ``docs/analytics.md``: nodes keyed by record id
with ``kind``, ``name``, ``sources``; edges keyed by relationship id with ``type``, ``start``,
``end``, ``sources``. Every record cites its own source ``src.<id>`` so evidence can be checked.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import networkx as nx

AS_OF = "2024-06-01"


class GraphBuilder:
    """Build a `nx.MultiDiGraph` record by record; every method returns the builder."""

    def __init__(self, snapshot: dict[str, Any] | None = None) -> None:
        self.G = nx.MultiDiGraph()
        if snapshot is not None:
            self.G.graph["snapshot"] = snapshot

    def node(self, node_id: str, kind: str, **attrs: Any) -> GraphBuilder:
        attrs.setdefault("name", node_id)
        self.G.add_node(node_id, kind=kind, sources=[f"src.{node_id}"], checked="seen", **attrs)
        return self

    def edge(self, u: str, v: str, rel: str, **attrs: Any) -> str:
        """Add an edge and return its id: ``rel:u->v`` (with a counter if repeated)."""
        key = f"{rel.lower()}:{u}->{v}"
        n = 1
        while self.G.has_edge(u, v, key):
            n += 1
            key = f"{rel.lower()}:{u}->{v}#{n}"
        attrs.setdefault("start", None)
        attrs.setdefault("end", None)
        self.G.add_edge(u, v, key=key, type=rel, sources=[f"src.{key}"], checked="seen", **attrs)
        return key

    def org(self, org_id: str, type: str = "ngo", **attrs: Any) -> GraphBuilder:
        return self.node(org_id, "Organisation", type=type, **attrs)

    def country(self, iso3: str, **attrs: Any) -> GraphBuilder:
        return self.node(iso3, "Country", **attrs)

    def un_member(self, *iso3s: str) -> GraphBuilder:
        """Make countries UN member States (the need's Palermo term applies only to those)."""
        if "org.un" not in self.G:
            self.org("org.un", type="igo")
        for iso3 in iso3s:
            self.edge(iso3, "org.un", "MEMBER_OF", role="member_state")
        return self

    def theme(self, theme_id: str, parent: str | None = None) -> GraphBuilder:
        self.node(theme_id, "Theme", pillar=parent is None, parent=parent)
        if parent is not None:
            self.edge(theme_id, parent, "SUBTHEME_OF")
        return self

    def mandate(self, mandate_id: str, themes: Iterable[str] = ()) -> GraphBuilder:
        # The node label owns `kind`; the mandate's own kind must travel under another name.
        self.node(mandate_id, "Mandate", mandate_kind="treaty")
        for t in themes:
            self.edge(mandate_id, t, "COVERS")
        return self

    def programme(
        self,
        prog_id: str,
        *,
        countries: Iterable[str] = (),
        themes: Iterable[str] = (),
        implementers: Iterable[str | tuple[str, str]] = (),
        funders: Iterable[str] = (),
        start: str | None = "2020-01-01",
        end: str | None = None,
        status: str = "active",
        budget: float | None = None,
    ) -> GraphBuilder:
        self.node(
            prog_id,
            "Programme",
            start=start,
            end=end,
            status=status,
            budget=budget,
            currency="EUR" if budget else None,
        )
        for c in countries:
            self.edge(prog_id, c, "TARGETS")
        for t in themes:
            self.edge(prog_id, t, "ADDRESSES")
        for impl in implementers:
            org, role = (impl, "lead") if isinstance(impl, str) else impl
            self.edge(org, prog_id, "IMPLEMENTS", role=role)
        for f in funders:
            self.edge(f, prog_id, "FUNDS")
        return self

    def indicator(self, country: str, year: int, score: float | None,
                  indicator: str = "tip_tier") -> GraphBuilder:
        short = "tip" if indicator == "tip_tier" else indicator
        ind = f"ind.{country.lower()}-{short}-{year}"
        self.node(
            ind,
            "Indicator",
            country=country,
            indicator=indicator,
            year=year,
            value=f"Tier {score}",
            score=score,
        )
        self.edge(country, ind, "HAS_INDICATOR")
        return self

    def link(self, u: str, v: str, rel: str, **attrs: Any) -> GraphBuilder:
        self.edge(u, v, rel, **attrs)
        return self
