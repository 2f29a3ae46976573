"""`alliance db …`: the local Neo4j (embedded Neo4j Community 5.26 with Bolt)."""

from __future__ import annotations

from typing import Annotated

import typer

from cli.common import err, friendly_errors, out, say, service
from graph import localdb
from graph.settings import get_settings

app = typer.Typer(help="The local Neo4j (embedded Neo4j Community 5.26 with Bolt).",
                  no_args_is_help=True)


@app.command("start")
def db_start() -> None:
    """Start the local Neo4j in the background (building it on first use); print its URI."""
    with friendly_errors():
        with err.status("Starting the local Neo4j…"):
            uri = localdb.start(get_settings())
        say(uri)


@app.command("build")
def db_build() -> None:
    """Build the local Neo4j with Maven if it is not built yet (downloads Neo4j once)."""
    with friendly_errors():
        if not localdb.is_built():
            localdb.build()
    out.print("the local Neo4j is built")


@app.command("stop")
def db_stop() -> None:
    """Stop the local Neo4j cleanly."""
    with friendly_errors():
        stopped = localdb.stop(get_settings())
    out.print("stopped" if stopped else "the local Neo4j was not running")


@app.command("status")
def db_status() -> None:
    """Say whether the local Neo4j runs, and its Bolt address (exit 3 when it does not run)."""
    settings = get_settings()
    if not settings.uses_local:
        say(f"using the Neo4j server at {settings.neo4j_uri} (NEO4J_URI is set)")
        return
    status = localdb.status(settings)
    say(status.describe())
    if not status.running:
        raise typer.Exit(3)


@app.command("reset")
def db_reset(yes: Annotated[bool, typer.Option("--yes", help="Do not ask.")] = False) -> None:
    """Delete every node and relationship of the graph (the schema stays)."""
    if not yes:
        typer.confirm("Delete everything in the graph?", abort=True)
    with friendly_errors(), service() as svc:
        svc.store.clear()
    out.print("the graph is empty")
