"""The `alliance` command: one group of commands per module, assembled here.

    alliance run [--serve]        the main job (cli/data.py)
    alliance db …                 the local Neo4j (cli/db.py)
    alliance ingest page|iati     readers of pages and IATI files (cli/ingest.py)
    alliance gaps|overlaps|…      the analytics (cli/findings.py)
    alliance viz …                standalone views (cli/viz.py)
"""

from __future__ import annotations

import typer

from cli import data, db, findings, ingest, viz

app = typer.Typer(
    help="Alliance Graph: the actors against trafficking in human beings, in Neo4j.",
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
)
app.add_typer(db.app, name="db")
data.register(app)
app.add_typer(ingest.app, name="ingest")
findings.register(app)
app.add_typer(viz.app, name="viz")


def main() -> None:  # pragma: no cover - console entry point
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
