"""The pure parts of the views: escaping, aggregation, layout, standalone pages."""

from __future__ import annotations

import json
import re

import networkx as nx

from viz.graphview import aggregate, build_view, layout
from viz.notebook import iframe
from viz.pages import render, script_json

HOSTILE = "<img src=x onerror=alert(1)>"


def _context(graph: dict) -> dict:
    return {"page": "network", "title": HOSTILE, "subtitle": "", "notes": [], "graph": graph,
            "form": None, "snapshot": "", "size_by": "degree"}


def _graph() -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    G.add_node("org.hostile", kind="Organisation", name=HOSTILE, type="ngo",
               sources=["src.a"])
    G.add_node("org.b", kind="Organisation", name="</script><script>alert(2)</script>")
    G.add_edge("org.hostile", "org.b", key="r1", type="PARTNER_OF")
    return G


def test_script_json_cannot_close_its_element_and_round_trips() -> None:
    data = {"name": "</script><!-- & \u2028"}
    text = script_json(data)
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == data


def test_served_page_has_no_inline_script_and_no_cdn() -> None:
    html = render(_context(build_view(_graph())))
    scripts = re.findall(r"<script([^>]*)>(.*?)</script>", html, flags=re.S)
    assert [attrs for attrs, body in scripts if body.strip()] == [
        ' type="application/json" id="view-data"']
    assert "<img" not in html and "alert(2)</script>" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html  # the title, escaped
    assert "http://" not in html and "https://" not in html


def test_standalone_page_inlines_every_script() -> None:
    html = render(_context(build_view(_graph())), standalone=True)
    assert 'src="' not in html and "vis-network" in html and "allianceView" in html
    assert "<img" not in html


def test_notebook_iframe_escapes_the_page() -> None:
    frame = iframe("<p>\"x\"</p>")
    assert frame.startswith('<iframe srcdoc="&lt;p&gt;&quot;x&quot;') and "<p>" not in frame


def test_tooltips_are_plain_text_and_nodes_carry_positions() -> None:
    view = build_view(_graph())
    node = next(n for n in view["nodes"] if n["id"] == "org.hostile")
    assert node["title"] == f"{HOSTILE}\nOrganisation · ngo"
    assert {"x", "y", "size", "color"} <= node.keys()
    assert view["details"]["org.hostile"]["sources"] == [{"id": "src.a"}]
    assert view["legend"]["edges"][0]["type"] == "PARTNER_OF"


def test_views_above_the_limit_show_groups_and_say_so() -> None:
    """Ten organisations of two types and a path through them: two groups, one edge."""
    G = nx.path_graph(10)
    for v in G:
        G.nodes[v].update(kind="Organisation", name=str(v), type="ngo" if v < 5 else "igo")
    view = build_view(G, node_limit=5)
    assert view["aggregated"] == {"by": "type", "records": 10, "groups": 2, "limit": 5}
    assert sorted(n["label"] for n in view["nodes"]) == ["Organisation: igo (5)",
                                                        "Organisation: ngo (5)"]
    assert aggregate(G, "type").edges["Organisation: ngo", "Organisation: igo"]["count"] == 1


def test_layout_is_deterministic_and_cheap_for_large_graphs() -> None:
    small = nx.path_graph(20)
    assert layout(small) == layout(small)
    big = nx.barabasi_albert_graph(3000, 2, seed=1)
    pos = layout(big)
    assert len(pos) == 3000 and len(set(pos.values())) == 3000
