"""The pure parts of the views: escaping, aggregation, layout, standalone pages."""

from __future__ import annotations

import json
import re

import networkx as nx

from viz import geo
from viz.banners import banners
from viz.choices import UnknownRecord, country_code, theme_id
from viz.graphview import aggregate, backbone, build_view, common_prefix, label_of, layout, select
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


def test_notebook_iframe_escapes_the_page_and_does_not_start_with_an_iframe() -> None:
    frame = iframe("<p>\"x\"</p>")
    # IPython warns about HTML that starts with <iframe; the block around it keeps it quiet.
    assert frame.startswith('<div class="alliance-view"><iframe srcdoc="&lt;p&gt;&quot;x')
    assert "<p>" not in frame and "allow-popups" in frame


def test_tooltips_are_plain_text_and_nodes_carry_positions() -> None:
    view = build_view(_graph())
    node = next(n for n in view["nodes"] if n["id"] == "org.hostile")
    assert node["title"] == f"{HOSTILE}\nOrganisation · NGO"
    assert {"x", "y", "size", "color"} <= node.keys()
    assert view["details"]["org.hostile"]["sources"] == [{"id": "src.a"}]
    assert view["legend"]["edges"][0]["type"] == "PARTNER_OF"


def test_views_above_the_cap_draw_the_most_important_and_count_the_rest() -> None:
    """Ten organisations of two types on a path, importance = their number; cap 6.

    A cap of 6 allows two groups (a third of it). Drawing 9…4 would leave one group (ngo 3…0)
    and 7 nodes; so 9…5 are drawn and one group counts the NGOs 4…0: 6 nodes."""
    G = nx.path_graph(10)
    for v in G:
        G.nodes[v].update(kind="Organisation", name=str(v), type="ngo" if v < 5 else "igo")
    view = build_view(G, importance={v: float(v) for v in G}, node_limit=6)
    assert len(view["nodes"]) == 6 and view["shown"] == 5 and view["hidden"] == 5
    labels = sorted(n["label"] for n in view["nodes"])
    assert labels == ["+ 5 other organisations (NGO)", "5", "6", "7", "8", "9"]
    group = next(d for d in view["details"].values() if d["kind"] == "Group" and d["count"] == 5)
    assert [m["id"] for m in group["members"]] == ["4", "3", "2", "1", "0"]
    assert aggregate(G, "type").edges["Organisation: ngo", "Organisation: igo"]["count"] == 1


def test_select_keeps_the_focus_and_stays_under_the_cap() -> None:
    G = nx.star_graph(400)
    for v in G:
        G.nodes[v].update(kind="Organisation", name=f"n{v}", type=["ngo", "igo", "donor"][v % 3])
    shown, groups = select(G, {v: 1.0 / (1 + v) for v in G}, 150, keep=[399])
    assert shown[0] == 399 and len(shown) + len(groups) <= 150
    assert sum(len(m) for m in groups.values()) == 401 - len(shown)


def test_communities_are_named_by_their_best_known_members() -> None:
    G = nx.barbell_graph(6, 0)
    for v in G:
        G.nodes[v].update(kind="Organisation", name=f"org {v}")
    view = build_view(G, importance={v: float(v) for v in G}, node_limit=8,
                      grouping="community")
    labels = [n["label"] for n in view["nodes"] if n["id"].startswith("group:")]
    assert labels and all(label.startswith("+ ") and "community of org" in label
                          for label in labels)


def test_backbone_keeps_everyone_connected_with_few_edges() -> None:
    G = nx.complete_graph(40)
    rows = [(u, v, {"weight": 1.0 + (u * v) % 7}) for u, v in G.edges()]
    kept = backbone(rows)
    assert len(kept) < 3 * 40 < len(rows)
    assert nx.is_connected(nx.Graph([(u, v) for u, v, _ in kept]))


def test_generated_titles_are_labelled_by_what_tells_them_apart() -> None:
    names = [f"US State Department anti-trafficking grant to IOM in {c} (2004)"
             for c in ("Albania", "Moldova", "Ukraine")]
    prefix = common_prefix(names)
    assert prefix == "US State Department anti-trafficking grant to IOM in "
    assert label_of({"name": names[1]}, "p", prefix) == "…Moldova (2004)"
    assert label_of({"name": "International Organization for Migration", "acronym": "IOM"},
                    "o") == "IOM"


def test_country_codes_are_read_in_any_case_and_unknown_ones_list_the_choices() -> None:
    G = nx.MultiDiGraph()
    G.add_node("MDA", kind="Country", name="Moldova")
    G.add_node("XKX", kind="Country", name="Kosovo")
    G.add_node("theme.protection", kind="Theme", name="Protection")
    assert country_code(G, "mda") == "MDA" and country_code(G, " xkx ") == "XKX"
    assert theme_id(G, "protection") == theme_id(G, "Protection") == "theme.protection"
    try:
        country_code(G, "Moldova", record=True)
    except UnknownRecord as exc:
        assert exc.choices == [("XKX", "Kosovo (XKX)"), ("MDA", "Moldova (MDA)")]
    else:
        raise AssertionError("an unknown country must be an error")


def test_the_map_draws_every_osce_state_kosovo_and_the_micro_states() -> None:
    osce = frozenset({"USA", "CAN", "RUS", "MDA", "XKX", "MCO", "SMR", "VAT", "LIE", "AND",
                      "MNG", "FRA"})
    drawn = {d.iso3: d for d in geo.draw(osce)}
    assert osce <= {i for i, d in drawn.items() if d.in_region}
    assert all(0 <= d.centre[0] <= geo.WIDTH and 0 <= d.centre[1] <= geo.HEIGHT
               for d in drawn.values() if d.in_region)
    assert drawn["MCO"].area < geo.SMALL_AREA  # drawn as a dot as well
    world = geo.draw(None)
    assert len(world) > 200 and "XKX" in {d.iso3 for d in world}


def test_layout_is_deterministic_and_cheap_for_large_graphs() -> None:
    small = nx.path_graph(20)
    assert layout(small) == layout(small)
    big = nx.barabasi_albert_graph(3000, 2, seed=1)
    pos = layout(big)
    assert len(pos) == 3000 and len(set(pos.values())) == 3000


def test_a_page_with_previous_findings_or_an_incomplete_load_says_so_first() -> None:
    context = {**_context(build_view(_graph())), "banners": banners(
        {"complete": False, "incomplete": [{"what": "folder <b>x</b>", "status": "failed",
                                            "started_at": "2026-12-01T10:00"}]},
        previous=True)}
    html = render(context)
    first, second = re.findall(r'<p class="banner" role="alert">(.*?)</p>', html)
    assert "the load of folder &lt;b&gt;x&lt;/b&gt; began at 2026-12-01T10:00 and is failed" \
        in first
    assert second.startswith("These findings were computed on the graph as it was before")
    assert html.index('class="banner"') < html.index("<h1>")
    assert 'class="banner"' not in render(_context(build_view(_graph())))
    assert banners({"complete": True}, previous=False) == []


def test_a_period_shows_dates_at_the_precision_the_source_gave_and_no_false_openness():
    from viz.periods import period

    year_only = {"start": "2022-01-01", "start_precision": "year", "status": "unknown"}
    assert period(year_only) == "2022 – ?"
    assert period({**year_only, "status": "active"}) == "2022 – ongoing"
    assert period({"start": "2022-02-01", "start_precision": "month",
                   "end": "2023-06-30", "end_precision": "day"}) == "2022-02 – 2023-06-30"
    assert period({}) == "? – ?"
