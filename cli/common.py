"""What every command group shares: the consoles, plain-words errors, progress, the service.

Command modules import this one and nothing else of `cli`, so the groups never import each
other.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from enum import StrEnum
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.text import Text

from graph.errors import AllianceError, InvalidData
from graph.service import AllianceService
from graph.settings import get_settings

# No emoji codes: `org:thumbs_up:x` is an id to print as it is, not a picture.
out = Console(emoji=False)
err = Console(stderr=True, emoji=False)


class Format(StrEnum):
    TABLE = "table"
    JSON = "json"
    CSV = "csv"


AsOfOpt = Annotated[str | None, typer.Option("--as-of", help="Date to look at, YYYY-MM-DD "
                                             "(default today).")]
FormatOpt = Annotated[Format, typer.Option("--format", "-f", help="table, json or csv.")]
StartLocalOpt = Annotated[bool, typer.Option(help="Start the local Neo4j if it is not "
                                             "running (ignored when NEO4J_URI is set).")]


def say(text: str) -> None:
    """Print text as it is: values from data never change the output (no Rich markup)."""
    out.print(text, markup=False, highlight=False, emoji=False, soft_wrap=True)


def plain(value: object) -> Text:
    """A table cell printed as it is (a `str` cell would be read as Rich markup)."""
    return Text(str(value))


@contextlib.contextmanager
def friendly_errors() -> Iterator[None]:
    """Print the project's own errors in plain words and exit non-zero, without a traceback."""
    try:
        yield
    except InvalidData as exc:
        if all(not e.file for e in exc.errors):
            # A bad option value, not bad input data: a usage error (exit 2, as click's own).
            for e in exc.errors:
                err.print(f"Invalid value for {e.column}: got {e.got!r}, expected {e.expected}",
                          markup=False, highlight=False, soft_wrap=True)
            raise typer.Exit(2) from None
        err.print(Text.assemble(("Invalid data", "red"), f": {len(exc.errors)} error(s); "
                                "nothing was written."), highlight=False)
        for e in exc.errors:
            err.print(f"  {e}", markup=False, highlight=False, emoji=False, soft_wrap=True)
        raise typer.Exit(1) from None
    except AllianceError as exc:
        err.print(Text.assemble(("Error", "red"), f": {exc}"), highlight=False, soft_wrap=True)
        raise typer.Exit(1) from None


@contextlib.contextmanager
def service(*, start_local: bool = False) -> Iterator[AllianceService]:
    """The service for one command, on the settings of the environment."""
    settings = get_settings()
    if settings.uses_local and start_local:
        with err.status("Starting the local Neo4j…"):
            svc = AllianceService.connect(settings, start_local=True)
    else:
        svc = AllianceService.connect(settings)
    try:
        yield svc
    finally:
        svc.close()


@contextlib.contextmanager
def progress() -> Iterator[Callable[[str, int, int], None]]:
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
