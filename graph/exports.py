"""Export the graph, or a part of it, as GraphML, GEXF (Gephi), node-link JSON or CSV.

Values come from anyone's data (pages, IATI files), so the exports defend the tools that open
them: GraphML and GEXF hold only characters XML 1.0 allows (others become U+FFFD), and a CSV
cell that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab or carriage return
first) is written with a leading `'`, as OWASP advises.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable
from typing import Any

import networkx as nx

FORMATS = {
    "graphml": "application/graphml+xml",
    "gexf": "application/gexf+xml",
    "json": "application/json",
    "csv": "text/csv; charset=utf-8",
}


def subgraph(G: nx.MultiDiGraph, *, kinds: Iterable[str] | None = None,
             around: str | None = None, depth: int = 1) -> nx.MultiDiGraph:
    """The part of `G` of the given node kinds and/or within `depth` steps of `around`."""
    keep = set(G.nodes)
    if around is not None:
        reach = nx.single_source_shortest_path_length(G.to_undirected(as_view=True), around,
                                                      cutoff=depth)
        keep &= set(reach)
    if kinds:
        wanted = set(kinds)
        keep = {n for n in keep if G.nodes[n].get("kind") in wanted}
    part = G.subgraph(keep).copy()
    part.graph = dict(G.graph)
    return part


# Characters XML 1.0 cannot hold at all (https://www.w3.org/TR/xml/#charsets).
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def xml_text(value: Any) -> Any:
    r"""`value` with every character XML cannot hold replaced by U+FFFD (text only).

    >>> xml_text("Org\x00\x1b[31m"), xml_text(3)
    ('Org\ufffd\ufffd[31m', 3)
    """
    return _NOT_XML.sub("\ufffd", value) if isinstance(value, str) else value


def csv_cell(value: Any) -> Any:
    r"""`value` as a spreadsheet will not run it: text that starts like a formula gets a `'`.

    >>> csv_cell('=HYPERLINK("https://evil.example","x")'), csv_cell(-3), csv_cell("-3")
    ('\'=HYPERLINK("https://evil.example","x")', -3, "'-3")
    """
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _flat(value: Any) -> Any:
    # GraphML and GEXF hold scalars only: lists become '; '-joined text, maps become JSON.
    if isinstance(value, list | tuple | set):
        return "; ".join(str(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, sort_keys=True, default=str)
    return value


def _flattened(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    H: nx.MultiDiGraph = nx.MultiDiGraph()
    for n, attrs in G.nodes(data=True):
        H.add_node(xml_text(n), **{xml_text(k): xml_text(_flat(v)) for k, v in attrs.items()
                                   if v is not None})
    for u, v, k, attrs in G.edges(keys=True, data=True):
        H.add_edge(xml_text(u), xml_text(v), key=xml_text(k),
                   **{xml_text(a): xml_text(_flat(b)) for a, b in attrs.items()
                      if b is not None})
    return H


def render(G: nx.MultiDiGraph, fmt: str, *, part: str = "nodes") -> bytes:
    """The bytes of `G` in format `fmt` (for CSV, `part` is `nodes` or `edges`)."""
    if fmt == "json":
        data = nx.node_link_data(G, edges="links")
        return json.dumps(data, default=str).encode()
    if fmt == "graphml":
        buf = io.BytesIO()
        nx.write_graphml(_flattened(G), buf)
        return buf.getvalue()
    if fmt == "gexf":
        buf = io.BytesIO()
        nx.write_gexf(_flattened(G), buf)
        return buf.getvalue()
    if fmt == "csv":
        return _csv(G, part).encode("utf-8")
    raise ValueError(f"unknown export format {fmt!r}")


def _csv(G: nx.MultiDiGraph, part: str) -> str:
    out = io.StringIO()
    if part == "edges":
        rows = [{"id": k, "source": u, "target": v, **{a: _flat(b) for a, b in d.items()}}
                for u, v, k, d in G.edges(keys=True, data=True)]
        first = ["id", "source", "target", "type"]
    else:
        rows = [{"id": n, **{a: _flat(b) for a, b in d.items()}} for n, d in G.nodes(data=True)]
        first = ["id", "kind", "name"]
    columns = first + sorted({c for r in rows for c in r} - set(first))
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writerow({c: csv_cell(c) for c in columns})
    writer.writerows({k: csv_cell(v) for k, v in row.items()} for row in rows)
    return out.getvalue()
