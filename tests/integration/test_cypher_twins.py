"""Each headline Cypher file gives the same answer as its Python twin on the same data."""

from __future__ import annotations

import pytest

from graph import analytics
from graph.analytics.activity import RECENT_DAYS, window_start
from graph.loader import load_dataset
from graph.projection import project
from graph.resources import bundled_data_dir
from ingest.folder import read_folder
from tests.conftest import FIXTURES


def since(as_of: str) -> str:
    """The window of current work the Python analytics use by default."""
    return window_start(as_of, RECENT_DAYS)


DATES = ["2003-06-30", "2005-06-01", "2010-06-30", "2026-12-01"]


@pytest.fixture(scope="module", params=["small", "bundled"])
def loaded(request, session_store):
    """The graph in Neo4j and its networkx projection, on one data folder."""
    folder = FIXTURES / "small" if request.param == "small" else bundled_data_dir()
    session_store.clear()
    load_dataset(session_store, read_folder(folder), what=request.param)
    return session_store, project(session_store)


@pytest.mark.parametrize("as_of", DATES)
def test_gaps_cypher_matches_python_coverage_gaps(loaded, as_of: str) -> None:
    store, G = loaded
    python = {tuple(f.subject) for f in analytics.coverage_gaps(G, as_of=as_of,
                                                                 include_no_data=False)}
    cypher = {(r["country"], r["theme"])
              for r in store.read("gaps_no_actor", as_of=as_of, since=since(as_of))}
    assert cypher == python
    assert python, "the data should have gaps on every date tested"


@pytest.mark.parametrize("as_of", DATES)
def test_duplicate_programmes_cypher_matches_python(loaded, as_of: str) -> None:
    store, G = loaded
    # The twin lists every pair: compare it with Python's, caps off.
    python = {tuple(f.subject) for f in analytics.duplicate_programmes(
        G, as_of=as_of, cell_programme_limit=None, limit=None)}
    cypher = {(r["programme"], r["other"])
              for r in store.read("duplicate_programmes", as_of=as_of, since=since(as_of))}
    assert cypher == python
    if as_of == "2005-06-01":
        assert python, "both data sets plant duplicates running in mid-2005"


@pytest.mark.parametrize("as_of", DATES)
def test_country_mandates_without_action_cypher_matches_python(loaded, as_of: str) -> None:
    store, G = loaded
    python = {(tuple(f.subject), f.score)
              for f in analytics.mandates_without_action(G, as_of=as_of)
              if f.kind == "country_mandate_without_action"}
    cypher = {((r["country"], r["theme"]), float(r["mandates"]))
              for r in store.read("country_mandates_without_action", as_of=as_of)}
    assert cypher == python
