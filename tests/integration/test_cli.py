"""Every `alliance` command, run as a user runs it (CliRunner), against the test Neo4j.

Each command is tried once the way it should work and once the way it should fail: a failure
exits non-zero and says what was wrong in plain words. `db start|stop|status` are tried in
test_localdb.py (they start a Neo4j of their own).
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from cli.main import app
from graph.settings import Settings, get_settings
from graph.store import GraphStore
from tests.conftest import FIXTURES, free_port

pytestmark = pytest.mark.neo4j
SMALL = FIXTURES / "small"
PAGE = FIXTURES / "pages" / "osce_alliance_2004.txt"
EVAL = FIXTURES / "pages" / "eval"
IATI = FIXTURES / "iati" / "dportal_subset.xml"
LEGACY_IATI = FIXTURES / "iati" / "legacy_worked_example.xml"
runner = CliRunner()


@pytest.fixture
def cli(store: GraphStore, neo4j_settings: Settings, monkeypatch: pytest.MonkeyPatch
        ) -> Iterator[GraphStore]:
    """The CLI pointed at the test Neo4j (through NEO4J_URI, as a user with a server would)."""
    monkeypatch.setenv("NEO4J_URI", store.uri)
    monkeypatch.setenv("ALLIANCE_STATE_DIR", str(neo4j_settings.state_dir))
    get_settings.cache_clear()
    yield store
    get_settings.cache_clear()


@pytest.fixture
def small(cli: GraphStore) -> GraphStore:
    assert runner.invoke(app, ["load", str(SMALL)]).exit_code == 0
    return cli


def invoke(*args: str, ok: bool = True, input: str | None = None) -> str:
    result = runner.invoke(app, list(args), input=input)
    output = result.output + (result.stderr if result.stderr_bytes is not None else "")
    if ok:
        assert result.exit_code == 0, output
    else:
        assert result.exit_code != 0, f"`alliance {' '.join(args)}` should fail:\n{output}"
    return output


# --- data ----------------------------------------------------------------------------------


def test_templates_writes_one_header_file_per_kind(tmp_path: Path) -> None:
    assert "templates" in invoke("templates", str(tmp_path / "new"))
    assert (tmp_path / "new" / "programmes.csv").read_text().startswith("id,title,kind,")


def test_templates_into_a_file_fails_in_plain_words(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = runner.invoke(app, ["templates", str(blocker)])
    assert result.exit_code != 0


def test_validate_reports_counts_of_a_valid_folder() -> None:
    assert "valid" in invoke("validate", str(SMALL))


def test_validate_names_file_line_and_column_of_a_bad_row(tmp_path: Path) -> None:
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "countries.csv").write_text("id,name,sources,checked\nMDA,Moldova,src.x,seen\n")
    (bad / "sources.csv").write_text("id,title,publisher,url\nsrc.x,T,P,https://e.org\n")
    (bad / "programmes.csv").write_text(
        "id,title,countries,sources,checked\nprog.x,X,XXA,src.x,seen\n")
    output = invoke("validate", str(bad), ok=False)
    assert "programmes.csv:2" in output and "countries" in output and "XXA" in output


def test_errors_print_values_as_they_are_without_markup_or_emoji(tmp_path: Path) -> None:
    """`org:thumbs_up:x` was printed as an emoji, `[red]…[/red]` vanished (issue 15)."""
    (tmp_path / "sources.csv").write_text("id,title,publisher,url\nsrc.x,T,P,https://e.org\n")
    (tmp_path / "organisations.csv").write_text(
        "id,name,type,scope,sources,checked\n"
        "org:thumbs_up:x,[red]Red[/red] :smile:,ngo,national,src.x,seen\n")
    output = invoke("validate", str(tmp_path), ok=False)
    assert "'org:thumbs_up:x'" in output and "\N{THUMBS UP SIGN}" not in output
    (tmp_path / "organisations.csv").write_text(
        "id,name,type,scope,sources,checked\norg.x,[bold]B[/bold] :smile:,ngo,national,"
        "src.x,seen\n")
    assert invoke("validate", str(tmp_path)).count("[") == 0  # a table: no value in it
    assert ":thumbs_up:" in invoke("load", str(tmp_path / "nope:thumbs_up:"), ok=False)


def test_other_errors_print_their_values_as_they_are_too(small: GraphStore,
                                                         tmp_path: Path) -> None:
    output = invoke("viz", "actor", "org:thumbs_up:[b]x[/b]", "--out",
                    str(tmp_path / "v.html"), ok=False)
    assert "Error: " in output and "'org:thumbs_up:[b]x[/b]'" in output


def test_load_of_a_folder_again_retracts_what_it_no_longer_holds(cli: GraphStore,
                                                                 tmp_path: Path) -> None:
    data = tmp_path / "small"
    data.mkdir()
    for path in SMALL.glob("*.csv"):
        (data / path.name).write_bytes(path.read_bytes())
    invoke("load", str(data))
    invoke("load", str(SMALL))  # the same folder name: the same source
    partnerships = data / "partnerships.csv"
    header = partnerships.read_text().splitlines()[0]
    partnerships.write_text(header + "\n")
    output = invoke("load", str(data))
    assert "retracted: PARTNER_OF" in output
    assert cli.counts()["relationship"].get("PARTNER_OF", 0) == 0


def test_load_writes_the_folder_and_a_second_load_changes_nothing(cli: GraphStore) -> None:
    assert "loaded" in invoke("load", str(SMALL))
    first = cli.counts()
    invoke("load", str(SMALL))
    assert cli.counts() == first


def test_load_of_an_invalid_folder_writes_nothing(cli: GraphStore, tmp_path: Path) -> None:
    (tmp_path / "organisations.csv").write_text("id,name\norg.x,X\n")
    invoke("load", str(tmp_path), ok=False)
    assert sum(cli.counts().get("node", {}).values()) == 0


def test_stats_by_source_and_by_year_and_as_json(small: GraphStore) -> None:
    assert "Programme" in invoke("stats")
    assert "src.test-data" in invoke("stats", "--by-source")
    assert "2004" in invoke("stats", "--by-year")
    data = json.loads(invoke("stats", "--by-year", "--format", "json"))
    assert data["counts"]["node"]["Programme"] >= 4
    assert {r["year"] for r in data["by_year"]} >= {2004, 2005}


def test_stats_with_an_unknown_format_names_the_valid_ones(small: GraphStore) -> None:
    output = invoke("stats", "--format", "xml", ok=False)
    assert "table or json" in output


def test_run_loads_a_folder_and_prints_what_the_graph_holds(cli: GraphStore) -> None:
    output = invoke("run", str(SMALL))
    assert "Loaded" in output and "Programme" in output
    assert cli.counts()["node"]["Programme"] >= 4


def test_run_on_a_missing_folder_fails_in_plain_words(cli: GraphStore, tmp_path: Path) -> None:
    output = invoke("run", str(tmp_path / "missing"), ok=False)
    assert "a folder of CSV files" in output


def test_db_reset_empties_the_graph_and_asks_first(small: GraphStore) -> None:
    invoke("db", "reset", input="n\n", ok=False)
    assert small.counts()["node"]["Programme"] >= 4, "answering no deleted the graph"
    assert "empty" in invoke("db", "reset", "--yes")
    assert sum(small.counts().get("node", {}).values()) == 0


def test_db_build_says_the_local_neo4j_is_built() -> None:
    assert "built" in invoke("db", "build")


def _serve(store: GraphStore, neo4j_settings: Settings, *flags: str
           ) -> tuple[subprocess.Popen, int]:
    """`alliance serve` on a free port against `store`, in its own process."""
    port = free_port()
    env = {"NEO4J_URI": store.uri, "PATH": "/usr/bin:/bin",
           "ALLIANCE_STATE_DIR": str(neo4j_settings.state_dir)}
    proc = subprocess.Popen([sys.executable, "-m", "cli.main", "serve", "--no-local",
                             "--port", str(port), *flags], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, cwd=Path(__file__).parents[2])
    return proc, port


def _health(proc: subprocess.Popen, port: int) -> httpx.Response:
    """The first answer of `/health`, within 60 s of the server's start."""
    deadline = time.monotonic() + 60
    while True:  # polling: uvicorn in another process has no event to wait on
        assert proc.poll() is None, proc.stdout.read().decode() if proc.stdout else ""
        try:
            return httpx.get(f"http://127.0.0.1:{port}/health", timeout=2)
        except httpx.TransportError:
            assert time.monotonic() < deadline, "serve did not answer within 60 s"
            time.sleep(0.2)


@pytest.mark.parametrize("workers", [1, 2])
def test_serve_answers_health_and_stops(small: GraphStore, neo4j_settings: Settings,
                                        workers: int) -> None:
    proc, port = _serve(small, neo4j_settings, "--workers", str(workers))
    try:
        r = _health(proc, port)
        assert r.json()["status"] == "ok"
        assert httpx.get(f"http://127.0.0.1:{port}/organisations/org.osce").status_code == 200
    finally:
        proc.terminate()
        proc.wait(timeout=20)


@pytest.mark.parametrize("access_log", [False, True])
def test_serve_logs_a_line_per_request_only_with_access_log(
        small: GraphStore, neo4j_settings: Settings, access_log: bool) -> None:
    proc, port = _serve(small, neo4j_settings, *(["--access-log"] if access_log else []))
    try:
        assert _health(proc, port).status_code == 200
    finally:
        proc.terminate()
        output, _ = proc.communicate(timeout=20)
    log = output.decode()
    assert "Application startup complete" in log  # the server's own log stays on
    assert ('"GET /health HTTP/1.1" 200' in log) is access_log


def test_serve_refuses_a_value_for_the_access_log_flag() -> None:
    output = invoke("serve", "--no-local", "--access-log=sometimes", ok=False)
    assert "--access-log" in output


def test_serve_refuses_no_workers_naming_the_range() -> None:
    output = invoke("serve", "--no-local", "--workers", "0", ok=False)
    assert "workers" in output and "greater than or equal to 1" in output


def test_serve_on_a_port_in_use_fails(small: GraphStore, neo4j_settings: Settings) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        env = {"NEO4J_URI": small.uri, "PATH": "/usr/bin:/bin",
               "ALLIANCE_STATE_DIR": str(neo4j_settings.state_dir)}
        proc = subprocess.run([sys.executable, "-m", "cli.main", "serve", "--no-local",
                               "--port", str(port)], env=env, capture_output=True, text=True,
                              timeout=60, cwd=Path(__file__).parents[2])
    assert proc.returncode != 0


# --- ingest --------------------------------------------------------------------------------


def test_ingest_page_links_the_founding_page_to_the_graph(small: GraphStore) -> None:
    output = invoke("ingest", "page", str(PAGE))
    assert "Vienna" in output and "linked" in output


def test_ingest_page_of_a_missing_file_says_so_and_writes_nothing(small: GraphStore,
                                                                  tmp_path: Path) -> None:
    before = small.counts()
    output = invoke("ingest", "page", str(PAGE), str(tmp_path / "nope.txt"), ok=False)
    assert "nope.txt" in output and "nothing was written" in output
    assert small.counts() == before


def test_ingest_page_lenient_loads_the_readable_page_and_names_the_other(
        small: GraphStore, tmp_path: Path) -> None:
    output = invoke("ingest", "page", "--lenient", str(PAGE), str(tmp_path / "nope.txt"),
                    ok=False)
    assert "Not loaded" in output and "nope.txt" in output
    assert small.counts()["node"].get("Document") == 1


def test_ingest_page_with_url_is_known_by_it_and_a_second_run_changes_nothing(
        small: GraphStore) -> None:
    page = EVAL / "osce_moldova_simulation.md"
    output = invoke("ingest", "page", str(page), "--url", "https://example.org/moldova")
    assert "https://example.org/moldova" in output and "simulation_exercise" in output
    query = ("MATCH (n) WHERE NOT n:Load OPTIONAL MATCH (n)-[r]->(m) RETURN n.id AS n, "
             "properties(n) AS p, type(r) AS t, m.id AS m, properties(r) AS rp "
             "ORDER BY n, t, m, rp.id")
    before, counts = small.read_text(query), small.counts()
    assert invoke("ingest", "page", str(page), "--url", "https://example.org/moldova") == output
    assert small.read_text(query) == before and small.counts() == counts  # no new Load
    [src] = small.read_text("MATCH (s:Source) WHERE s.id STARTS WITH 'src.page-' "
                            "RETURN s.url AS url")
    assert src["url"] == "https://example.org/moldova"


def test_ingest_page_with_a_url_that_is_not_http_fails_in_plain_words(small: GraphStore
                                                                      ) -> None:
    output = invoke("ingest", "page", str(PAGE), "--url", "www.example.org", ok=False)
    assert "http" in output and "www.example.org" in output


def test_ingest_iati_loads_activities_with_lenient_and_reports_the_bad_ones(
        cli: GraphStore) -> None:
    output = invoke("ingest", "iati", str(IATI), "--only-trafficking", "--lenient")
    assert "activities read" in output and "bad activities (not loaded)" in output
    assert cli.counts()["node"].get("Programme", 0) > 0


def test_ingest_iati_with_a_bad_activity_writes_nothing_and_names_file_and_line(
        cli: GraphStore) -> None:
    output = invoke("ingest", "iati", str(IATI), ok=False)
    assert "nothing was written" in output and "dportal_subset.xml:" in output
    assert cli.counts()["node"].get("Programme", 0) == 0


def test_ingest_iati_refuses_a_legacy_file_naming_its_version(cli: GraphStore) -> None:
    output = invoke("ingest", "iati", str(LEGACY_IATI), ok=False)
    assert "1.0" in output


# --- analytics -----------------------------------------------------------------------------

AS_OF = "2005-06-30"


@pytest.mark.parametrize("command", [
    ["gaps"], ["gaps", "--coordination"], ["gaps", "--pillars"], ["overlaps"], ["brokers"],
    ["recommend", "org.osce"], ["whatif", "--remove-actor", "org.osce"],
    ["findings", "coverage"], ["findings", "centrality"], ["findings", "communities"],
])
def test_analytics_commands_print_findings_as_table_json_and_csv(small: GraphStore,
                                                                 command: list[str]) -> None:
    invoke(*command, "--as-of", AS_OF)
    json.loads(invoke(*command, "--as-of", AS_OF, "--format", "json"))
    invoke(*command, "--as-of", AS_OF, "--format", "csv")


@pytest.mark.parametrize("command", [
    ["findings", "no-such-analytic"], ["gaps", "--as-of", "2010-13-45"],
    ["recommend", "org.nobody"], ["overlaps", "--format", "xml"],
])
def test_analytics_commands_refuse_bad_values(small: GraphStore, command: list[str]) -> None:
    invoke(*command, ok=False)


def test_findings_with_an_unknown_kind_names_the_valid_ones(small: GraphStore) -> None:
    output = invoke("findings", "no-such-analytic", ok=False)
    assert "coverage" in output and "gaps" in output


# --- viz -----------------------------------------------------------------------------------


@pytest.mark.parametrize("view", [
    ["actor", "org.osce"], ["country", "MDA"], ["country", "mda"], ["theme", "protection"],
    ["network", "--group", "community", "--node-limit", "5"], ["coverage"],
    ["coverage", "--region", "world", "--sort", "gap", "--themes", "pillars"], ["gaps"],
    ["overlaps", "--page", "1"], ["whatif", "--remove-actor", "org.osce"], ["map"],
    ["map", "--region", "world", "--metric", "need", "--theme", "theme.protection"],
])
def test_viz_writes_a_standalone_page(small: GraphStore, tmp_path: Path,
                                      view: list[str]) -> None:
    out = tmp_path / "view.html"
    invoke("viz", *view, "--out", str(out), "--as-of", AS_OF)
    html = out.read_text()
    assert html.startswith("<!DOCTYPE html>") or html.lower().startswith("<!doctype html>")
    assert "<script src=\"http" not in html


def test_viz_of_an_unknown_record_fails_in_plain_words(small: GraphStore,
                                                       tmp_path: Path) -> None:
    output = invoke("viz", "actor", "org.nobody", "--out", str(tmp_path / "x.html"), ok=False)
    assert "org.nobody" in output


@pytest.mark.parametrize(("view", "wrong"), [
    (["map", "--metric", "colour"], "colour"), (["map", "--region", "Atlantis"], "Atlantis"),
    (["coverage", "--sort", "size"], "size"), (["coverage", "--themes", "some"], "some"),
    (["overlaps", "--page", "99", "--as-of", "2005-06-30"], "99"),
    (["country", "XXX"], "XXX"), (["network", "--group", "colour"], "colour"),
])
def test_viz_with_a_wrong_option_names_it_and_writes_nothing(small: GraphStore, tmp_path: Path,
                                                            view: list[str], wrong: str) -> None:
    out = tmp_path / "x.html"
    output = invoke("viz", *view, "--out", str(out), ok=False)
    assert wrong in output and not out.exists()
