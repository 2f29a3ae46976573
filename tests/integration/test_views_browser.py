"""The views in a real headless Chromium (Debian's, driven by Playwright), over real HTTP.

The API serves the `small` fixture, whose organisation `org.hostile` is named
``<img src=x onerror=alert(1)>``: it must show as text, and no dialog may ever open.
Every page must load everything from the API itself (no CDN). Screenshots go to
artifacts/screenshots/.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from viz.pages import CSP

pytestmark = [pytest.mark.neo4j, pytest.mark.browser]

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"
HOSTILE = "<img src=x onerror=alert(1)>"


@pytest.fixture(scope="module")
def browser() -> Iterator:
    from playwright import sync_api
    assert shutil.which(CHROMIUM), "no system Chromium at /usr/bin/chromium: run `make browser`"
    with sync_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


class Watched:
    """A page with what it requested, the dialogs it opened and the script errors it raised."""

    def __init__(self, browser, base: str):
        self.context = browser.new_context(viewport={"width": 1400, "height": 900})
        self.page = self.context.new_page()
        self.base = base
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("dialog", self._dialog)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def open(self, path: str):
        response = self.page.goto(self.base + path)
        assert response is not None and response.ok, path
        return response

    def wait_rendered(self) -> None:
        # Functions, not expression strings: Playwright evals strings, which the CSP forbids.
        self.page.wait_for_function("() => window.allianceView && window.allianceView.ready",
                                    timeout=20000)

    def shot(self, name: str) -> None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)

    def assert_clean(self) -> None:
        outside = [u for u in self.requests if not u.startswith(self.base + "/")]
        assert not outside, f"requests outside the API: {outside}"
        assert not self.dialogs, f"a dialog opened: {self.dialogs}"
        assert not self.errors, f"script errors: {self.errors}"


@pytest.fixture
def watched(browser, api_url) -> Iterator[Watched]:
    w = Watched(browser, api_url)
    yield w
    w.context.close()


def test_landing_page_searches_and_shows_the_data_snapshot(watched: Watched) -> None:
    response = watched.open("/")
    assert response.headers["content-security-policy"] == CSP
    page = watched.page
    assert "small" in page.locator("table.loads").inner_text()
    page.fill("#search-box", "Strada")
    page.wait_for_selector("#search-results li a")
    hits = page.locator("#search-results li a")
    assert "La Strada Moldova" in hits.all_inner_texts()
    assert hits.first.get_attribute("href") == "/views/actor/org.ngo-a"
    page.fill("#search-box", "img onerror")
    page.wait_for_function("() => document.querySelectorAll('#search-results li').length > 0"
                           " && document.getElementById('search-status').textContent !== ''")
    page.wait_for_timeout(300)
    watched.shot("landing")
    texts = page.locator("#search-results li a").all_inner_texts()
    assert HOSTILE in texts
    assert page.locator("#search-results img").count() == 0
    watched.assert_clean()


def test_network_view_draws_every_node_and_a_click_shows_details(watched: Watched) -> None:
    watched.open("/views/network")
    watched.wait_rendered()
    page = watched.page
    count = page.evaluate("window.allianceView.nodeCount()")
    assert count == 10  # every organisation of the fixture
    assert page.evaluate("window.allianceView.network.body.data.nodes.length") == count
    assert page.locator("#network canvas").count() == 1
    box = page.locator("#network canvas").bounding_box()
    pos = page.evaluate("window.allianceView.domPosition('org.ngo-a')")
    page.mouse.click(box["x"] + pos["x"], box["y"] + pos["y"])
    page.wait_for_function("() => window.allianceView.lastDetails === 'org.ngo-a'")
    details = page.locator("#details")
    assert details.locator("h2").inner_text() == "La Strada Moldova"
    assert "A small test fixture" in details.inner_text()  # its source
    assert details.locator("a.own-view").get_attribute("href") == "/views/actor/org.ngo-a"
    watched.shot("network")
    watched.assert_clean()


def test_hostile_name_stays_text_in_views_tooltips_and_details(watched: Watched) -> None:
    watched.open("/views/actor/org.hostile")
    watched.wait_rendered()
    page = watched.page
    # The focus record's details open with the page: the name is text, not an element.
    assert page.locator("#details h2").inner_text() == HOSTILE
    assert page.locator("h1").inner_text() == HOSTILE
    assert page.locator("main img").count() == 0
    title = page.evaluate("window.allianceView.network.body.data.nodes.get('org.hostile').title")
    assert isinstance(title, str) and title.startswith(HOSTILE)
    box = page.locator("#network canvas").bounding_box()
    pos = page.evaluate("window.allianceView.domPosition('org.hostile')")
    page.mouse.move(box["x"] + pos["x"], box["y"] + pos["y"])
    page.wait_for_timeout(600)  # the tooltip shows on hover
    tooltip = page.locator("div.vis-tooltip")
    if tooltip.count():
        assert tooltip.locator("img").count() == 0
    watched.shot("actor-hostile")
    for path in ("/views/network", "/views/country/ALB", "/views/coverage?as_of=2005-06-01",
                 "/views/gaps?as_of=2005-06-01"):
        watched.open(path)
        assert page.locator("main img").count() == 0
    watched.assert_clean()


def test_finding_views_render_coverage_gaps_overlaps_and_whatif(watched: Watched) -> None:
    page = watched.page
    watched.open("/views/coverage?as_of=2005-06-01")
    # "no actor" (need, nobody) is drawn apart from "no data" (nothing known of the country).
    assert page.locator("table.heatmap td.no_actor").count() > 0
    assert page.locator("table.heatmap td.no_actor.no_data").count() == 0
    assert page.locator("table.heatmap td.covered").count() > 0
    watched.shot("coverage")
    watched.open("/views/gaps?as_of=2005-06-01&country=MDA")
    watched.wait_rendered()
    dashed = page.evaluate("window.allianceView.data.graph.edges.filter(e => e.dashes).length")
    assert dashed >= 1
    watched.shot("gaps")
    watched.open("/views/overlaps?as_of=2005-06-01")
    assert page.locator(".pair .side-card").count() >= 2
    watched.shot("overlaps")
    watched.open("/views/whatif?as_of=2005-06-01&remove_actor=org.ngo-c")
    assert "reduced" in page.locator("table.whatif").inner_text()
    watched.shot("whatif")
    watched.assert_clean()


def test_country_and_theme_views_follow_their_filters(watched: Watched) -> None:
    page = watched.page
    watched.open("/views/country/MDA?as_of=2005-06-01")
    watched.wait_rendered()
    ids = set(page.evaluate("window.allianceView.data.graph.nodes.map(n => n.id)"))
    assert {"MDA", "org.ngo-a", "org.ngo-b", "prog.shelter-a"} <= ids
    assert "org.ngo-c" not in ids
    watched.shot("country")
    watched.open("/views/theme/theme.protection?type=ngo")
    watched.wait_rendered()
    types = page.evaluate("Object.values(window.allianceView.data.graph.details)"
                          ".filter(d => d.kind === 'Organisation').map(d => d.attributes.type)")
    assert types and set(types) == {"ngo"}
    watched.assert_clean()


def test_large_views_aggregate_and_say_so(watched: Watched) -> None:
    watched.open("/views/network?node_limit=5&group=type")
    watched.wait_rendered()
    page = watched.page
    assert "groups by type" in page.locator(".notice").first.inner_text()
    assert page.evaluate("window.allianceView.nodeCount()") < 10  # groups, not records
    watched.assert_clean()
