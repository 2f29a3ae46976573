"""Every view says, in a banner, when a load began and did not complete (issue 15: `/ready` and
the findings said `incomplete`, the views showed nothing): served pages, in the real headless
Chromium and in their HTML, and the standalone exports."""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from graph.loader import LoadRun, load_dataset
from graph.service import AllianceService
from ingest.folder import read_folder
from tests.conftest import FIXTURES, serving
from tests.integration.test_views_browser import ARGS, CHROMIUM, VIEWPORT
from viz.standalone import page as standalone_page

pytestmark = pytest.mark.neo4j

VIEWS = ["/", "/views/actor/org.ngo-a", "/views/country/MDA", "/views/theme/theme.protection",
         "/views/network", "/views/map", "/views/coverage", "/views/gaps?as_of=2005-06-01",
         "/views/overlaps?as_of=2005-06-01",
         "/views/whatif?as_of=2005-06-01&remove_actor=org.ngo-a"]


@pytest.fixture
def half_loaded(store) -> Iterator[LoadRun]:
    """The `small` fixture loaded, then a load of `folder half` begun and not finished (as a
    load killed after its first batch leaves it)."""
    load_dataset(store, read_folder(FIXTURES / "small"), what="small")
    run = LoadRun(store, source="folder half", what="folder half")
    run.begin()
    yield run


def test_every_view_shows_a_banner_while_a_load_is_incomplete(half_loaded, neo4j_settings):
    with TestClient(create_app(neo4j_settings)) as client:
        for path in VIEWS:
            response = client.get(path)
            assert response.status_code == 200, (path, response.text[:300])
            assert 'class="banner" role="alert">Incomplete data: the load of folder half' \
                in response.text, path

        half_loaded.finish()
        for path in VIEWS:
            assert 'class="banner"' not in client.get(path).text, path


def test_a_standalone_export_carries_the_banner(half_loaded, neo4j_settings, store) -> None:
    service = AllianceService(store, neo4j_settings)
    for view, args in (("network", ()), ("coverage", ()), ("actor", ("org.ngo-a",))):
        html = standalone_page(view, service, *args)
        assert "Incomplete data: the load of folder half" in html, view
    half_loaded.finish()
    assert 'class="banner"' not in standalone_page("network", service)


@pytest.mark.browser
def test_the_banner_shows_in_chromium_above_the_view(half_loaded, neo4j_settings) -> None:
    from playwright import sync_api

    assert shutil.which(CHROMIUM), "no system Chromium at /usr/bin/chromium: run `make browser`"
    with serving(create_app(neo4j_settings)) as base, sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            page = browser.new_context(viewport=VIEWPORT).new_page()
            for path in ("/views/network", "/views/coverage", "/"):
                page.goto(base + path)
                banner = page.locator("p.banner")
                assert banner.is_visible(), path
                assert "folder half" in banner.inner_text()
                assert "running" in banner.inner_text()
                title = page.locator("h1")
                # Above the title, where it is read first.
                assert banner.bounding_box()["y"] < title.bounding_box()["y"], path
            half_loaded.finish()
            page.goto(base + "/views/network")
            assert page.locator("p.banner").count() == 0
        finally:
            browser.close()
