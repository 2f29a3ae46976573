"""The example notebook runs end to end against the real Neo4j, on the bundled data."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from graph.loader import load_dataset
from graph.resources import bundled_data_dir
from ingest.folder import read_folder

NOTEBOOK = Path(__file__).resolve().parents[2] / "examples" / "alliance_analytics.ipynb"


def test_example_notebook_runs_and_returns_dataframes(session_store, neo4j_settings,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    session_store.clear()
    load_dataset(session_store, read_folder(bundled_data_dir()), what="bundled")
    # The kernel inherits the environment: point its Settings() at the test Neo4j.
    monkeypatch.setenv("ALLIANCE_STATE_DIR", str(neo4j_settings.state_dir))
    monkeypatch.setenv("ALLIANCE_LOCAL_PORT", str(neo4j_settings.local_port))
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(notebook, timeout=300, kernel_name="python3",
                   resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    outputs = [o for cell in notebook.cells if cell.cell_type == "code"
               for o in cell.get("outputs", [])]
    assert not [o for o in outputs if o.output_type == "error"]
    warnings = [o.get("text", "") for o in outputs
                if o.output_type == "stream" and o.get("name") == "stderr"]
    assert not warnings, f"the notebook printed warnings: {warnings}"
    html = " ".join(o.get("data", {}).get("text/html", "") for o in outputs)
    assert "<table" in html, "the DataFrames should render as tables"
    assert "coverage_gap" in html or "No organisation" in html
    # The inline views (a map, a country) and the bar chart.
    assert html.count('<div class="alliance-view"><iframe srcdoc=') == 2
    assert "svg id=&quot;map&quot;" in html and "data-iso3=&quot;MDA&quot;" in html
    assert "linear-gradient" in html, "the pillar chart should draw its bars"
    assert "127.0.0.1:8000" not in html, "links are relative or to the configured server"
