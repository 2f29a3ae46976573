"""The views in a real headless Chromium (Debian's, driven by Playwright), over real HTTP.

The API serves the `small` fixture, whose organisation `org.hostile` is named
``<img src=x onerror=alert(1)>``: it must show as text, and no dialog may ever open.
Every page must load everything from the API itself (no CDN, no request leaving localhost).
Screenshots of every view at 1440×900 go to artifacts/screenshots/ (see also
test_views_bundled.py for the views of the bundled data).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from viz.graphview import NODE_CAP
from viz.pages import CSP

pytestmark = [pytest.mark.neo4j, pytest.mark.browser]

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"
HOSTILE = "<img src=x onerror=alert(1)>"
VIEWPORT = {"width": 1440, "height": 900}
AS_OF = "2005-06-01"


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
        self.context = browser.new_context(viewport=VIEWPORT)
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

    def open(self, path: str, status: int = 200):
        response = self.page.goto(self.base + path)
        assert response is not None and response.status == status, path
        return response

    def wait_rendered(self) -> None:
        # Functions, not expression strings: Playwright evals strings, which the CSP forbids.
        self.page.wait_for_function("() => window.allianceView && window.allianceView.ready",
                                    timeout=20000)

    def shot(self, name: str) -> None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(SHOTS / f"{name}.png"))

    def assert_clean(self, *, errors_allowed: tuple[str, ...] = ()) -> None:
        outside = [u for u in self.requests if not u.startswith(self.base + "/")
                   and not u.startswith("data:")]
        assert not outside, f"requests outside the API: {outside}"
        assert not self.dialogs, f"a dialog opened: {self.dialogs}"
        errors = [e for e in self.errors if not any(a in e for a in errors_allowed)]
        assert not errors, f"script errors: {errors}"


def assert_network_readable(page, cap: int = NODE_CAP) -> list[dict]:
    """The node count stays under the cap and every drawn label reads at 12 px or more."""
    count = page.evaluate("() => window.allianceView.nodeCount()")
    assert 0 < count <= cap
    labels = page.evaluate("() => window.allianceView.labelSizes()")
    drawn = [x for x in labels if x["label"].strip()]
    assert drawn, "no label is drawn"
    small = [x for x in drawn if x["px"] < 11.5]
    assert not small, f"labels under 12 px at the default zoom: {small[:5]}"
    return labels


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
    # The results of the first search may still be shown: wait for those of the second.
    page.wait_for_function("(name) => [...document.querySelectorAll('#search-results li a')]"
                           ".some(a => a.textContent === name)", arg=HOSTILE, timeout=15_000)
    watched.shot("landing")
    texts = page.locator("#search-results li a").all_inner_texts()
    assert HOSTILE in texts
    assert page.locator("#search-results img").count() == 0
    watched.assert_clean()


def test_network_view_draws_linked_organisations_and_a_click_shows_details(
        watched: Watched) -> None:
    watched.open("/views/network")
    watched.wait_rendered()
    page = watched.page
    assert_network_readable(page)
    ids = set(page.evaluate("() => window.allianceView.data.graph.nodes.map(n => n.id)"))
    assert "org.ngo-a" in ids
    assert page.locator("#network canvas").count() == 1
    box = page.locator("#network canvas").bounding_box()
    pos = page.evaluate("() => window.allianceView.domPosition('org.ngo-a')")
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
    title = page.evaluate(
        "() => window.allianceView.network.body.data.nodes.get('org.hostile').title")
    assert isinstance(title, str) and title.startswith(HOSTILE)
    box = page.locator("#network canvas").bounding_box()
    pos = page.evaluate("() => window.allianceView.domPosition('org.hostile')")
    page.mouse.move(box["x"] + pos["x"], box["y"] + pos["y"])
    page.wait_for_timeout(600)  # the tooltip shows on hover
    tooltip = page.locator("div.vis-tooltip")
    if tooltip.count():
        assert tooltip.locator("img").count() == 0
    watched.shot("actor")
    for path in ("/views/network", "/views/country/ALB", f"/views/coverage?as_of={AS_OF}",
                 f"/views/gaps?as_of={AS_OF}", f"/views/map?as_of={AS_OF}"):
        watched.open(path)
        assert page.locator("main img").count() == 0
    watched.assert_clean()


def test_coverage_heatmap_tells_no_actor_from_no_data_with_one_legend(watched: Watched) -> None:
    page = watched.page
    watched.open(f"/views/coverage?as_of={AS_OF}&region=world")
    assert page.locator("table.heatmap td.no-actor").count() > 0
    # The Assistance column of a country whose programmes record sub-themes reads "no actor";
    # "no data" and "not recorded" never wear the no-actor style.
    assert page.locator("table.heatmap td.no-actor.no-data, td.no-actor.unrecorded").count() == 0
    assert page.locator("table.heatmap td[class^='cov-']").count() > 0
    # Every class of cell drawn is in the legend.
    used = set(page.evaluate("() => Array.from(document.querySelectorAll('table.heatmap td'))"
                             ".map(td => td.className.replace('need ', '').trim())"))
    legend = set(page.evaluate("() => Array.from(document.querySelectorAll("
                               "'.legend-inline .cell-key')).map(s => s.className"
                               ".replace('cell-key', '').trim())"))
    assert used <= legend, used - legend
    # Sorted by need: the first row has the highest need.
    needs = page.evaluate("() => Array.from(document.querySelectorAll('td.need'))"
                          ".map(td => td.textContent.trim())")
    values = [float(n) for n in needs if n]
    assert values == sorted(values, reverse=True)
    watched.shot("coverage")
    watched.assert_clean()


def test_map_is_drawn_offline_and_a_click_opens_the_country(watched: Watched) -> None:
    page = watched.page
    watched.open(f"/views/map?as_of={AS_OF}")
    assert page.locator("svg#map path[data-iso3='MDA']").count() == 1
    # The fixture's OSCE region is three States: the rest of Europe is drawn as outside.
    assert page.locator("svg#map path.outside").count() > 10
    watched.shot("map")
    page.locator("svg#map a[data-iso3='MDA']").click()
    page.wait_for_url("**/views/country/MDA")
    watched.wait_rendered()
    watched.open(f"/views/map?as_of={AS_OF}&region=world&metric=need")
    assert page.locator("svg#map path").count() > 200
    assert page.locator("svg#map path[data-iso3='XKX']").count() == 1
    watched.shot("map-world")
    watched.assert_clean()


def test_gaps_and_overlaps_render_and_their_empty_states_say_why(watched: Watched) -> None:
    page = watched.page
    watched.open(f"/views/gaps?as_of={AS_OF}&country=mda")
    watched.wait_rendered()
    assert_network_readable(page)
    dashed = page.evaluate(
        "() => window.allianceView.data.graph.edges.filter(e => e.dashes).length")
    assert dashed >= 1
    watched.shot("gaps")
    watched.open("/views/gaps?as_of=1990-01-01")
    assert "No programme in the data runs on 1990-01-01" in page.locator(".empty").inner_text()
    assert page.locator(".empty .dates a").count() >= 1
    assert page.locator("#network").count() == 0
    watched.shot("gaps-empty")
    page.locator(".empty .dates a").first.click()
    page.wait_for_load_state()
    watched.open(f"/views/overlaps?as_of={AS_OF}")
    assert page.locator(".pair .side-card").count() >= 2
    assert page.locator(".pair .rank").first.inner_text() == "#1"
    watched.shot("overlaps")
    watched.open("/views/overlaps?as_of=1990-01-01")
    assert page.locator(".empty .dates a").count() >= 1
    watched.shot("overlaps-empty")
    watched.assert_clean()


def test_whatif_searchable_multi_select_shows_each_change_apart(watched: Watched) -> None:
    page = watched.page
    watched.open(f"/views/whatif?as_of={AS_OF}")
    page.wait_for_selector("body[data-script='ready']")
    page.fill(".multi-search", "strada")
    visible = page.evaluate("() => Array.from(document.querySelectorAll('.multi-select option'))"
                            ".filter(o => !o.hidden).map(o => o.value)")
    assert visible == ["org.ngo-a"]
    page.locator(".multi-select option[value='org.ngo-a']").click()
    page.fill(".multi-search", "albania")
    page.locator(".multi-select option[value='org.ngo-c']").click()
    assert page.locator(".multi-chosen .chip").count() == 2
    watched.shot("whatif-picker")
    page.locator("form.filters button[type=submit]").click()
    page.wait_for_selector("section.scenario")
    labels = page.locator("section.scenario h2").all_inner_texts()
    assert sorted(labels[:2]) == ["Without Different Focus Albania",
                                  "Without La Strada Moldova"]
    assert labels[2] == "All of these together"
    alone = page.locator("section.scenario", has_text="Without Different Focus Albania")
    assert "reduced" in alone.inner_text()
    watched.shot("whatif")
    watched.assert_clean()


def test_country_and_theme_views_show_who_is_active_and_list_the_others_apart(
        watched: Watched) -> None:
    page = watched.page
    watched.open(f"/views/country/mda?as_of={AS_OF}")
    watched.wait_rendered()
    assert_network_readable(page)
    ids = set(page.evaluate("() => window.allianceView.data.graph.nodes.map(n => n.id)"))
    assert {"MDA", "org.ngo-a", "org.ngo-b", "prog.shelter-a"} <= ids
    assert "org.ngo-c" not in ids
    assert page.locator("select[name=country]").count() == 0
    watched.shot("country")
    watched.open("/views/theme/theme.protection?type=ngo")
    watched.wait_rendered()
    types = page.evaluate("() => Object.values(window.allianceView.data.graph.details)"
                          ".filter(d => d.kind === 'Organisation').map(d => d.attributes.type)")
    assert types and set(types) == {"ngo"}
    watched.shot("theme")
    watched.assert_clean()


def test_large_views_draw_the_cap_and_count_the_others(watched: Watched) -> None:
    watched.open("/views/network?node_limit=4&group=type")
    watched.wait_rendered()
    page = watched.page
    assert "counted in grey groups" in page.locator(".notice").first.inner_text()
    assert_network_readable(page, cap=4)
    group = page.evaluate("() => Object.values(window.allianceView.data.graph.details)"
                          ".find(d => d.kind === 'Group').id")
    box = page.locator("#network canvas").bounding_box()
    pos = page.evaluate(f"() => window.allianceView.domPosition('{group}')")
    page.mouse.click(box["x"] + pos["x"], box["y"] + pos["y"])
    page.wait_for_selector("#details ul.members li a")
    watched.shot("network-grouped")
    watched.assert_clean()


def test_error_pages_list_the_valid_choices(watched: Watched) -> None:
    page = watched.page
    watched.open("/views/country/XXX", status=404)
    assert "Valid choices" in page.locator("main").inner_text()
    page.locator("ul.choices a", has_text="Moldova").click()
    page.wait_for_url("**/views/country/MDA")
    watched.open("/views/country/XXX", status=404)
    watched.shot("error")
    watched.assert_clean(errors_allowed=("404",))


def test_api_docs_render_offline(watched: Watched) -> None:
    page = watched.page
    watched.open("/docs")
    page.wait_for_selector(".swagger-ui .opblock", timeout=20000)
    assert "Alliance Graph API" in page.locator(".swagger-ui .title").first.inner_text()
    watched.shot("docs")
    watched.open("/redoc")
    page.wait_for_selector("body[data-rendered='true']", timeout=20000)
    assert "Alliance Graph API" in page.locator("h1").first.inner_text()
    watched.shot("redoc")
    watched.assert_clean()
