"""The views of the bundled data in Chromium: the largest views stay under the node cap with
legible labels, overlaps are paged, and the map colours the OSCE region. Screenshots at
1440×900 go to artifacts/screenshots/bundled-*.png."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest

from graph.loader import load_dataset
from graph.resources import bundled_data_dir
from ingest.folder import read_folder
from tests.conftest import free_port
from tests.integration.test_views_browser import Watched, assert_network_readable
from viz.finding_views import PER_PAGE

pytestmark = [pytest.mark.neo4j, pytest.mark.browser]
AS_OF = "2010-06-30"


@pytest.fixture(scope="module")
def bundled_url(session_store, neo4j_settings) -> Iterator[str]:
    import uvicorn

    from api.app import create_app

    session_store.clear()
    load_dataset(session_store, read_folder(bundled_data_dir()), what="bundled")
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(neo4j_settings), host="127.0.0.1",
                                           port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert time.monotonic() < deadline, "the API did not start within 30 s"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture
def watched(browser, bundled_url) -> Iterator[Watched]:
    w = Watched(browser, bundled_url)
    yield w
    w.context.close()


@pytest.fixture(scope="module")
def browser() -> Iterator:
    from playwright import sync_api

    from tests.integration.test_views_browser import ARGS, CHROMIUM

    with sync_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


@pytest.mark.parametrize(("name", "path"), [
    ("network", "/views/network"),
    ("network-community", "/views/network?group=community"),
    ("actor-iom", "/views/actor/org.iom"),
    ("theme-protection", f"/views/theme/theme.protection?as_of={AS_OF}"),
    ("country-mda", f"/views/country/mda?as_of={AS_OF}"),
    ("gaps", f"/views/gaps?as_of={AS_OF}"),
])
def test_the_largest_views_stay_under_the_cap_with_legible_labels(watched: Watched, name: str,
                                                                  path: str) -> None:
    watched.open(path)
    watched.wait_rendered()
    assert_network_readable(watched.page)
    watched.shot(f"bundled-{name}")
    watched.assert_clean()


def test_inactive_actors_are_listed_apart_not_drawn(watched: Watched) -> None:
    watched.open(f"/views/theme/theme.protection?as_of={AS_OF}")
    watched.wait_rendered()
    page = watched.page
    drawn = set(page.evaluate("() => window.allianceView.data.graph.nodes.map(n => n.id)"))
    apart = page.evaluate("() => (window.allianceView.data.apart || {items: []}).items"
                          ".map(i => i.id)")
    assert apart and not drawn & set(apart)


def test_overlaps_are_paged_and_ranked(watched: Watched) -> None:
    watched.open(f"/views/overlaps?as_of={AS_OF}")
    page = watched.page
    assert page.locator(".pair").count() == PER_PAGE
    ranks = page.locator(".pair .rank").all_inner_texts()
    assert ranks[0] == "#1" and ranks[-1] == f"#{PER_PAGE}"
    assert page.evaluate("() => document.documentElement.scrollHeight") < 20000
    watched.shot("bundled-overlaps")
    page.locator("nav.pages a[rel=next]").click()
    page.wait_for_load_state()
    assert page.locator(".pair .rank").first.inner_text() == f"#{PER_PAGE + 1}"
    watched.assert_clean()


@pytest.mark.parametrize(("name", "path"), [
    ("map", f"/views/map?as_of={AS_OF}"),
    ("map-world-gap", f"/views/map?as_of={AS_OF}&region=world&metric=gap"),
    ("coverage", f"/views/coverage?as_of={AS_OF}"),
])
def test_map_and_heatmap_of_the_osce_region(watched: Watched, name: str, path: str) -> None:
    watched.open(path)
    page = watched.page
    if name.startswith("map"):
        assert page.locator("svg#map path[data-iso3='MDA']").count() == 1
        assert page.locator("svg#map path[data-iso3='XKX']").count() == 1
    else:
        rows = page.locator("table.heatmap tbody tr").count()
        assert 50 <= rows <= 60  # the OSCE region, not 250 countries
    watched.shot(f"bundled-{name}")
    watched.assert_clean()
