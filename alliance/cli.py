"""The `alliance` command: the local Neo4j, loading data, and what the graph holds."""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from alliance.errors import AllianceError, InvalidData
from alliance.settings import Settings, bundled_data_dir, get_settings

app = typer.Typer(
    help="Alliance Graph: the actors against trafficking in human beings, in Neo4j.",
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
)
db_app = typer.Typer(help="The local Neo4j (embedded Neo4j Community 5.26 with Bolt).",
                     no_args_is_help=True)
app.add_typer(db_app, name="db")
ingest_app = typer.Typer(help="Read pages, press releases and IATI files into the graph, "
                         "linked to what it holds.", no_args_is_help=True)
app.add_typer(ingest_app, name="ingest")

out = Console()
err = Console(stderr=True)


@contextlib.contextmanager
def _friendly_errors() -> Iterator[None]:
    """Print the project's own errors in plain words and exit non-zero, without a traceback."""
    try:
        yield
    except InvalidData as exc:
        err.print(f"[red]Invalid data[/red]: {len(exc.errors)} error(s); nothing was written.")
        for e in exc.errors:
            err.print(f"  {e}", markup=False, highlight=False, soft_wrap=True)
        raise typer.Exit(1) from None
    except AllianceError as exc:
        err.print(f"[red]Error[/red]: {exc}", highlight=False, soft_wrap=True)
        raise typer.Exit(1) from None


def _store(settings: Settings, *, start_local: bool = False):
    from alliance.graph import localdb
    from alliance.graph.store import GraphStore

    if settings.uses_local and start_local:
        with err.status("Starting the local Neo4j…"):
            uri = localdb.start(settings)
        return GraphStore.connect(settings, uri=uri)
    return GraphStore.connect(settings)


@contextlib.contextmanager
def _progress() -> Iterator:
    """A progress display for long loads; quiet when stderr is not a terminal."""
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
               TimeElapsedColumn())
    with Progress(*columns, console=err, transient=True, disable=not err.is_terminal) as bar:
        tasks: dict[str, int] = {}

        def update(step: str, done: int, total: int) -> None:
            if step not in tasks:
                tasks[step] = bar.add_task(step, total=total)
            bar.update(tasks[step], completed=done)

        yield update


# --- db ------------------------------------------------------------------------------------


@db_app.command("start")
def db_start() -> None:
    """Start the local Neo4j in the background (building it on first use); print its URI."""
    from alliance.graph import localdb

    settings = get_settings()
    with _friendly_errors():
        with err.status("Starting the local Neo4j…"):
            uri = localdb.start(settings)
        out.print(uri, highlight=False)


@db_app.command("build")
def db_build() -> None:
    """Build the local Neo4j with Maven if it is not built yet (downloads Neo4j once)."""
    from alliance.graph import localdb

    with _friendly_errors():
        if localdb.is_built():
            out.print("the local Neo4j is built")
            return
        localdb.build()
    out.print("the local Neo4j is built")


@db_app.command("stop")
def db_stop() -> None:
    """Stop the local Neo4j cleanly."""
    from alliance.graph import localdb

    with _friendly_errors():
        stopped = localdb.stop(get_settings())
    out.print("stopped" if stopped else "the local Neo4j was not running")


@db_app.command("status")
def db_status() -> None:
    """Say whether the local Neo4j runs, and its Bolt address."""
    from alliance.graph import localdb

    settings = get_settings()
    if not settings.uses_local:
        out.print(f"using the Neo4j server at {settings.neo4j_uri} (NEO4J_URI is set)")
        return
    status = localdb.status(settings)
    out.print(status.describe(), highlight=False)
    if not status.running:
        raise typer.Exit(3)


@db_app.command("reset")
def db_reset(yes: Annotated[bool, typer.Option("--yes", help="Do not ask.")] = False) -> None:
    """Delete every node and relationship of the graph (the schema stays)."""
    settings = get_settings()
    if not yes:
        typer.confirm("Delete everything in the graph?", abort=True)
    with _friendly_errors(), _store(settings) as store:
        store.clear()
    out.print("the graph is empty")


# --- data ----------------------------------------------------------------------------------

DirArg = Annotated[Path, typer.Argument(help="A data folder of CSV files (docs/data-format.md).")]


@app.command()
def templates(
    folder: Annotated[Path, typer.Argument(help="Where to write the empty CSV files.")],
) -> None:
    """Write an empty CSV file (header row only) for every kind of the data folder format."""
    from alliance.ingest.tables import TABLES

    folder.mkdir(parents=True, exist_ok=True)
    for kind, table in TABLES.items():
        (folder / f"{kind}.csv").write_text(",".join(table.names) + "\n", encoding="utf-8")
    out.print(f"wrote {len(TABLES)} templates to {folder}; see docs/data-format.md",
              highlight=False)


@app.command()
def validate(folder: DirArg) -> None:
    """Check a data folder and list every error; writes nothing."""
    from alliance.ingest.folder import read_folder

    with _friendly_errors():
        dataset = read_folder(folder)
    counts = dataset.counts()
    out.print(f"{folder}: valid — {len(dataset.entities)} records, "
              f"{len(dataset.relations)} relationships", highlight=False)
    _print_counts(counts)


@app.command()
def load(
    folder: DirArg,
    start_local: Annotated[bool, typer.Option(help="Start the local Neo4j if needed.")] = True,
) -> None:
    """Validate a data folder and, only if all of it is valid, load it into Neo4j."""
    from alliance.graph.loader import load_dataset
    from alliance.ingest.folder import read_folder

    settings = get_settings()
    with _friendly_errors():
        dataset = read_folder(folder)
        with _store(settings, start_local=start_local) as store, _progress() as update:
            report = load_dataset(store, dataset, what=f"folder {folder}", progress=update)
    out.print(f"loaded {report.nodes} records and {report.relationships} relationships from "
              f"{folder} (content {report.content_hash[:12]})", highlight=False)


@app.command()
def stats(
    by_source: Annotated[bool, typer.Option("--by-source", help="Count records per source.")]
    = False,
    fmt: Annotated[str, typer.Option("--format", help="table or json")] = "table",
) -> None:
    """Count what the graph holds, by kind (and by source)."""
    settings = get_settings()
    with _friendly_errors(), _store(settings) as store:
        counts = store.counts()
        sources = store.read("stats_by_source") if by_source else []
        loads = store.read("last_loads", limit=5)
    if fmt == "json":
        out.print_json(json.dumps({"counts": counts, "by_source": sources, "loads": loads}))
        return
    _print_stats(counts, sources)


@app.command()
def run(
    folder: Annotated[Path | None, typer.Argument(help="Data folder; default: the bundled data.")]
    = None,
    serve: Annotated[bool, typer.Option("--serve", help="Then serve the API and the views "
                                        "on HOST:PORT until interrupted.")] = False,
    host: Annotated[str, typer.Option(help="Address to serve on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to serve on.")] = 8000,
) -> None:
    """The main job: start the local Neo4j, load the bundled data, print what was loaded."""
    from alliance.graph.loader import load_dataset
    from alliance.ingest.folder import read_folder

    settings = get_settings()
    folder = folder or bundled_data_dir()
    with _friendly_errors():
        dataset = read_folder(folder)
        with _store(settings, start_local=True) as store:
            out.print(f"Neo4j: {store.uri}", highlight=False)
            with _progress() as update:
                report = load_dataset(store, dataset, what=f"folder {folder.name}",
                                      progress=update)
            counts = store.counts()
            uri = store.uri
    out.print(f"Loaded {folder}: content {report.content_hash[:12]}", highlight=False)
    _print_stats(counts, [])
    if serve:
        _serve(settings, uri, host, port)


def _serve(settings: Settings, uri: str | None, host: str, port: int) -> None:
    import uvicorn

    from alliance.api.app import create_app

    err.print(f"Alliance Graph on http://{host}:{port}/ (API docs at /docs); Ctrl-C stops it.")
    uvicorn.run(create_app(settings, uri=uri), host=host, port=port, log_level="info")


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    local: Annotated[bool, typer.Option(help="Start the local Neo4j and load the bundled data "
                                        "first (ignored when NEO4J_URI is set).")] = True,
) -> None:
    """Serve the HTTP API and the views on HOST:PORT."""
    settings = get_settings()
    uri = None
    with _friendly_errors():
        if settings.uses_local and local:
            from alliance.graph.loader import load_dataset
            from alliance.ingest.folder import read_folder

            dataset = read_folder(bundled_data_dir())
            with _store(settings, start_local=True) as store, _progress() as update:
                uri = store.uri
                load_dataset(store, dataset, what="folder data", progress=update)
    _serve(settings, uri, host, port)


def _print_counts(counts: dict[str, int]) -> None:
    table = Table("kind", "count")
    for kind, n in counts.items():
        table.add_row(kind, str(n))
    out.print(table)


def _print_stats(counts: dict[str, dict[str, int]], sources: list[dict]) -> None:
    table = Table("what", "kind", "count", title="What the graph holds")
    for what in ("node", "relationship"):
        for kind, n in sorted(counts.get(what, {}).items()):
            table.add_row(what, kind, str(n))
        table.add_row(what, "[b]total[/b]", f"[b]{sum(counts.get(what, {}).values())}[/b]")
    out.print(table)
    if sources:
        by = Table("source", "publisher", "records", title="Records citing each source")
        for row in sources:
            by.add_row(row["source"], row.get("publisher") or "", str(row["records"]))
        out.print(by)


def _register_more() -> None:
    from alliance import cli_findings
    from alliance.cli_viz import viz_app

    cli_findings.register(app)
    app.add_typer(viz_app, name="viz")


_register_more()


def main() -> None:  # pragma: no cover - console entry point
    app()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(app())
