"""Time to a stable render of the network views in headless Chromium, for 100 to 5,000 nodes.

For each size a scale-free graph of organisations and programmes is generated (fixed seed),
built into a view (server-side layout, pyvis data) and rendered as a standalone page (scripts
inlined) opened from a file. "Render" is the time from navigation start to the first drawing
after the layout is stable: vis-network's stabilisation then physics off (small views), or the
first 'afterDrawing' (physics off from the start). Each size is measured twice: every record
drawn, and as the views serve it (aggregated above the node limit). Needs /usr/bin/chromium.

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

from viz.graphview import NODE_LIMIT, build_view
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
               "graph": graph, "form": None, "snapshot": "", "size_by": "degree"}
    html = render(context, standalone=True)
    return html, time.perf_counter() - started, len(graph["nodes"])


def measure(browser, path: Path) -> float:
    page = browser.new_page(viewport={"width": 1400, "height": 900})
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
            for label, limit in (("every record", n + 1), ("as served", NODE_LIMIT)):
                html, build_s, drawn = page_for(G, limit)
                path = Path(tmp) / f"view-{n}-{limit}.html"
                path.write_text(html, encoding="utf-8")
                times = [measure(browser, path) for _ in range(args.repeat)]
                rows.append((n, G.number_of_edges(), label, drawn, build_s * 1000,
                             statistics.median(times), len(html) // 1024))
        browser.close()
    print(f"{'nodes':>6} {'edges':>6}  {'case':<13} {'drawn':>6} {'build ms':>9} "
          f"{'render ms':>10} {'page KiB':>9}")
    for n, m, label, drawn, build_ms, render_ms, kib in rows:
        print(f"{n:>6} {m:>6}  {label:<13} {drawn:>6} {build_ms:>9.0f} {render_ms:>10.0f} "
              f"{kib:>9}")
    print("render ms: navigation start → first drawing of the stable layout (median of "
          f"{args.repeat}); build ms: layout + pyvis data + page, server-side.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
