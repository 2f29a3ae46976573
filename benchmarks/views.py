"""Time to a stable render of the views in headless Chromium: networks of 100 to 5,000 records
and the map.

For each size a scale-free graph of organisations and programmes is generated (fixed seed),
built into a view (server-side layout, pyvis data) and rendered as a standalone page (scripts
inlined) opened from a file. "Render" is the time from navigation start to the first drawing
after the layout is stable: vis-network's stabilisation then physics off (small views), or the
first 'afterDrawing' (physics off from the start). Each size is measured twice: every record
drawn (the baseline, as the views did before the cap), and as the views serve it (at most
`NODE_CAP` records drawn, the others counted in groups). The map is measured for the OSCE region
and the world (every country of the vendored Natural Earth map, with coverage findings made up
for each): server build, then navigation start to the page's load event (the SVG is static).
Needs /usr/bin/chromium.

    .venv/bin/python benchmarks/views.py [--sizes 100 1000 5000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

from graph.analytics.findings import Finding
from viz import geo
from viz.coverage_views import map_view
from viz.graphview import NODE_CAP, build_view
from viz.pages import render

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def generated(n: int, seed: int = 7) -> nx.MultiDiGraph:
    """A scale-free graph of `n` records: 70% organisations, 30% programmes."""
    base = nx.barabasi_albert_graph(n, 2, seed=seed)
    G = nx.MultiDiGraph()
    for v in base:
        kind = "Programme" if v % 10 < 3 else "Organisation"
        G.add_node(f"n{v}", kind=kind, name=f"{kind} {v}",
                   type="ngo" if kind == "Organisation" and v % 2 else None)
    for i, (u, v) in enumerate(base.edges()):
        G.add_edge(f"n{u}", f"n{v}", key=f"r{i}", type="PARTNER_OF" if i % 3 else "IMPLEMENTS")
    return G


def page_for(G: nx.MultiDiGraph, node_limit: int) -> tuple[str, float, int]:
    started = time.perf_counter()
    graph = build_view(G, node_limit=node_limit)
    context = {"page": "network", "title": "benchmark", "subtitle": "", "notes": [],
               "graph": graph, "form": None, "snapshot": "", "size_by": "degree",
               "apart": None}
    html = render(context, standalone=True)
    return html, time.perf_counter() - started, len(graph["nodes"])


def world_graph() -> tuple[nx.MultiDiGraph, list[Finding]]:
    """Every country of the map, the OSCE's participating States, and a coverage finding for
    each country and pillar (made up, seeded): what the map view reads."""
    import random

    rng = random.Random(7)
    G = nx.MultiDiGraph()
    G.add_node("org.osce", kind="Organisation", name="OSCE", type="igo")
    pillars = [f"theme.p{i}" for i in range(4)]
    for t in pillars:
        G.add_node(t, kind="Theme", name=t, pillar=True)
    found = []
    europe = {"ALB", "AND", "ARM", "AUT", "AZE", "BEL", "BGR", "BIH", "BLR", "CAN", "CHE",
              "CYP", "CZE", "DEU", "DNK", "ESP", "EST", "FIN", "FRA", "GBR", "GEO", "GRC",
              "HRV", "HUN", "IRL", "ISL", "ITA", "KAZ", "KGZ", "LIE", "LTU", "LUX", "LVA",
              "MCO", "MDA", "MKD", "MLT", "MNE", "MNG", "NLD", "NOR", "POL", "PRT", "ROU",
              "RUS", "SMR", "SRB", "SVK", "SVN", "SWE", "TJK", "TKM", "TUR", "UKR", "USA",
              "UZB", "VAT"}
    for iso3 in sorted({s.iso3 for s in geo.world() if s.iso3}):
        G.add_node(iso3, kind="Country", name=iso3)
        if iso3 in europe:
            G.add_edge(iso3, "org.osce", key=f"m{iso3}", type="MEMBER_OF",
                       role="participating_state")
        need = float(rng.randint(0, 5))
        for t in pillars:
            actors = {f"org.{i}": ["lead"] for i in range(rng.randint(0, 6))}
            found.append(Finding(kind="coverage", subject=[iso3, t], score=len(actors),
                                 explanation="", details={
                                     "country": iso3, "theme": t, "coverage": float(len(actors)),
                                     "need": need, "need_components": {"tip_tier": need},
                                     "gap": need / (1 + len(actors)),
                                     "status": "covered" if actors else "no_actor",
                                     "actors": actors, "programmes": []}))
    return G, found


def map_page(G: nx.MultiDiGraph, found: list[Finding], region: str) -> tuple[str, float, int]:
    geo.draw.cache_clear()  # the server draws a region once; measure that first time
    started = time.perf_counter()
    context = map_view(G, found, as_of="2020-06-30", region_key=region)
    html = render(context, standalone=True)
    return html, time.perf_counter() - started, len(context["shapes"])


def measure_load(browser, path: Path) -> float:
    page = browser.new_page(viewport={"width": 1440, "height": 900})
    try:
        page.goto(path.as_uri(), wait_until="load")
        return float(page.evaluate("() => performance.getEntriesByType('navigation')[0]"
                                   ".loadEventEnd"))
    finally:
        page.close()


def measure(browser, path: Path) -> float:
    page = browser.new_page(viewport={"width": 1440, "height": 900})
    try:
        page.goto(path.as_uri())
        page.wait_for_function("() => window.allianceView && window.allianceView.ready",
                               timeout=120000)
        return float(page.evaluate("window.allianceView.renderedAt"))
    finally:
        page.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 5000],
                        help="graph sizes in nodes (default: 100 1000 5000)")
    parser.add_argument("--repeat", type=int, default=3, help="page loads per case; the "
                        "median is printed (default 3)")
    args = parser.parse_args(argv)
    from playwright.sync_api import sync_playwright

    rows = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for n in args.sizes:
            G = generated(n)
            for label, limit in (("every record", n + 1), ("as served", NODE_CAP)):
                html, build_s, drawn = page_for(G, limit)
                path = Path(tmp) / f"view-{n}-{limit}.html"
                path.write_text(html, encoding="utf-8")
                times = [measure(browser, path) for _ in range(args.repeat)]
                rows.append((n, G.number_of_edges(), label, drawn, build_s * 1000,
                             statistics.median(times), len(html) // 1024))
        G, found = world_graph()
        for region in ("osce", "world"):
            html, build_s, drawn = map_page(G, found, region)
            path = Path(tmp) / f"map-{region}.html"
            path.write_text(html, encoding="utf-8")
            times = [measure_load(browser, path) for _ in range(args.repeat)]
            rows.append((drawn, 0, f"map {region}", drawn, build_s * 1000,
                         statistics.median(times), len(html) // 1024))
        browser.close()
    print(f"{'nodes':>6} {'edges':>6}  {'case':<13} {'drawn':>6} {'build ms':>9} "
          f"{'render ms':>10} {'page KiB':>9}")
    for n, m, label, drawn, build_ms, render_ms, kib in rows:
        print(f"{n:>6} {m:>6}  {label:<13} {drawn:>6} {build_ms:>9.0f} {render_ms:>10.0f} "
              f"{kib:>9}")
    print("render ms: navigation start → first drawing of the stable layout (median of "
          f"{args.repeat}; for the map: → load event); build ms: layout + pyvis data + page, "
          "server-side (the map: projection of the region, first time).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
