"""`alliance templates|validate|load|stats|run|serve`: data folders, the main job, the server."""

from __future__ import annotations

import json
from importlib.util import find_spec
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from cli.common import StartLocalOpt, err, friendly_errors, out, plain, progress, say, service
from graph.resources import bundled_data_dir
from graph.settings import get_settings
from ingest.folder import read_folder
from ingest.tables import TABLES

DirArg = Annotated[Path, typer.Argument(help="A data folder of CSV files (docs/data-format.md).")]
HostOpt = Annotated[str, typer.Option(help="Address to listen on.")]
PortOpt = Annotated[int, typer.Option(help="Port to listen on.")]


def register(app: typer.Typer) -> None:
    app.command()(templates)
    app.command()(validate)
    app.command()(load)
    app.command()(stats)
    app.command()(run)
    app.command()(serve)


def templates(
    folder: Annotated[Path, typer.Argument(help="Where to write the empty CSV files.")],
) -> None:
    """Write an empty CSV file (header row only) for every kind of the data folder format."""
    folder.mkdir(parents=True, exist_ok=True)
    for kind, table in TABLES.items():
        (folder / f"{kind}.csv").write_text(",".join(table.names) + "\n", encoding="utf-8")
    say(f"wrote {len(TABLES)} templates to {folder}; see docs/data-format.md")


def validate(folder: DirArg) -> None:
    """Check a data folder and list every error (file, line, column); writes nothing."""
    with friendly_errors():
        dataset = read_folder(folder)
    say(f"{folder}: valid — {len(dataset.entities)} records, "
        f"{len(dataset.relations)} relationships")
    table = Table("kind", "count")
    for kind, n in dataset.counts().items():
        table.add_row(plain(kind), plain(n))
    out.print(table)


def load(folder: DirArg, start_local: StartLocalOpt = True) -> None:
    """Validate a data folder and, only if all of it is valid, load it into Neo4j."""
    with friendly_errors():
        dataset = read_folder(folder)
        with service(start_local=start_local) as svc, progress() as update:
            report = svc.load_folder(folder, dataset, progress=update)
    say(f"loaded {report.nodes} records and {report.relationships} relationships from "
        f"{folder} (content {report.content_hash[:12]})")
    if report.retracted:
        say("no longer in the folder, retracted: " + ", ".join(
            f"{kind} {n}" for kind, n in report.retracted.items()))


def stats(
    by_source: Annotated[bool, typer.Option("--by-source", help="Count records per source.")]
    = False,
    by_year: Annotated[bool, typer.Option("--by-year", help="Count programmes and activities "
                                          "by start year and kind.")] = False,
    fmt: Annotated[str, typer.Option("--format", help="table or json.")] = "table",
) -> None:
    """Count what the graph holds, by kind (and by source, or by year)."""
    if fmt not in ("table", "json"):
        raise typer.BadParameter(f"got {fmt!r}, expected table or json", param_hint="--format")
    with friendly_errors(), service() as svc:
        counts = svc.store.counts()
        sources = svc.store.read("stats_by_source") if by_source else []
        years = svc.store.read("programmes_by_year") if by_year else []
        loads = svc.store.read("last_loads", limit=5)
    if fmt == "json":
        typer.echo(json.dumps({"counts": counts, "by_source": sources, "by_year": years,
                               "loads": loads}, default=str))
        return
    _print_stats(counts, sources, years)


def run(
    folder: Annotated[Path | None, typer.Argument(help="Data folder; default: the bundled data.")]
    = None,
    serve: Annotated[bool, typer.Option("--serve", help="Then serve the API and the views "
                                        "on HOST:PORT until interrupted.")] = False,
    host: HostOpt = "127.0.0.1",
    port: PortOpt = 8000,
) -> None:
    """The main job: start the local Neo4j, load the bundled data (or FOLDER), print counts.

    With --serve, then serve the API and the views until interrupted."""
    folder = folder or bundled_data_dir()
    with friendly_errors():
        dataset = read_folder(folder)
        with service(start_local=True) as svc:
            say(f"Neo4j: {svc.store.uri}")
            with progress() as update:
                report = svc.load_folder(folder, dataset, progress=update)
            counts = svc.store.counts()
            years = svc.store.read("programmes_by_year")
    say(f"Loaded {folder}: content {report.content_hash[:12]}")
    _print_stats(counts, [], years)
    if serve:
        _serve(host, port)


def serve(
    host: HostOpt = "127.0.0.1",
    port: PortOpt = 8000,
    local: Annotated[bool, typer.Option(help="Start the local Neo4j and load the bundled data "
                                        "first (ignored when NEO4J_URI is set).")] = True,
    workers: Annotated[int, typer.Option(min=1, max=32, help="Server processes (each with its "
                                         "own Neo4j driver and caches); more than one "
                                         "helps when reads keep a core busy.")] = 1,
    access_log: Annotated[bool, typer.Option("--access-log", help="Log one line per request "
                                             "(off by default: under load the logging costs "
                                             "more than a kept read).")] = False,
) -> None:
    """Serve the HTTP API (OpenAPI at /docs) and the views on HOST:PORT."""
    with friendly_errors():
        if get_settings().uses_local and local:
            dataset = read_folder(bundled_data_dir())
            with service(start_local=True) as svc, progress() as update:
                svc.load_folder(bundled_data_dir(), dataset, progress=update)
    _serve(host, port, workers, access_log=access_log)


def server_options(host: str, port: int, workers: int = 1, *, access_log: bool = False
                   ) -> dict[str, Any]:
    """What `uvicorn.run` is given: the event loop and HTTP parser in C where they are
    installed (uvloop, httptools: dependencies on CPython off Windows), else asyncio and h11."""
    return {
        "factory": True, "host": host, "port": port, "workers": workers,
        "loop": "uvloop" if find_spec("uvloop") else "asyncio",
        "http": "httptools" if find_spec("httptools") else "h11",
        # Startup, errors and warnings stay at info; the line per request is the operator's call.
        "log_level": "info", "access_log": access_log,
    }


def _serve(host: str, port: int, workers: int = 1, *, access_log: bool = False) -> None:
    import uvicorn

    err.print(f"Alliance Graph on http://{host}:{port}/ (API docs at /docs); Ctrl-C stops it.",
              markup=False, highlight=False)
    # By name, so that nothing imports `api`: the app reads the same settings (NEO4J_URI, or
    # the local Neo4j on ALLIANCE_LOCAL_PORT, which the command has just started).
    uvicorn.run("api.app:create_app", **server_options(host, port, workers,
                                                       access_log=access_log))


def _print_stats(counts: dict[str, dict[str, int]], sources: list[dict[str, Any]],
                 years: list[dict[str, Any]]) -> None:
    table = Table("what", "kind", "count", title="What the graph holds")
    for what in ("node", "relationship"):
        for kind, n in sorted(counts.get(what, {}).items()):
            table.add_row(what, plain(kind), plain(n))
        table.add_row(what, "total", str(sum(counts.get(what, {}).values())))
    out.print(table)
    if sources:
        by = Table("source", "publisher", "records", title="Records citing each source")
        for row in sources:
            by.add_row(plain(row["source"]), plain(row.get("publisher") or ""),
                       plain(row["records"]))
        out.print(by)
    if years:
        per_year: dict[int, dict[str, int]] = {}
        for row in years:
            y = per_year.setdefault(row["year"], {"programmes": 0, "osce": 0, "kinds": 0})
            y["programmes"] += row["programmes"]
            y["osce"] += row["with_osce_implementer"]
        by = Table("year", "programmes and activities", "with an OSCE implementer",
                   title="Programmes and activities by start year")
        for year, y in sorted(per_year.items()):
            by.add_row(str(year), str(y["programmes"]), str(y["osce"]))
        out.print(by)
