"""`alliance ingest page|iati`: read pages, press releases and IATI files into the graph."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from cli.common import StartLocalOpt, err, friendly_errors, out, say, service

app = typer.Typer(help="Read pages, press releases and IATI files into the graph, linked to "
                  "what it holds.", no_args_is_help=True)

FilesArg = Annotated[list[Path], typer.Argument(help="One or more files.")]


def _section(title: str, lines: list[str] | set[str], limit: int = 40) -> None:
    lines = sorted(lines) if isinstance(lines, set) else lines
    if not lines:
        return
    say(f"  {title} ({len(lines)})")
    for line in lines[:limit]:
        say(f"    {line}")
    if len(lines) > limit:
        say(f"    … and {len(lines) - limit} more")


LenientOpt = Annotated[bool, typer.Option(
    "--lenient", help="Load what is valid and report the rest (default: any error writes "
    "nothing).")]


def _print_errors(errors: list[Any]) -> None:
    for e in errors:
        for fe in e.errors:
            err.print(f"Not loaded: {fe}", markup=False, highlight=False, soft_wrap=True)


@app.command("page")
def page(
    files: FilesArg,
    url: Annotated[str | None, typer.Option(
        "--url", help="The page's address, when its front matter does not give one (one "
        "page only); without either, the page is known by its content.")] = None,
    lenient: LenientOpt = False,
    start_local: StartLocalOpt = True,
) -> None:
    """Read web pages or press releases (text or Markdown): the people named, with their
    roles and organisations; the event or activity reported; mandates, countries and figures;
    linked to the graph. Every page is read first; any unreadable page writes nothing
    (unless --lenient). Reading a page again changes nothing."""
    from ingest.page_load import ingest_pages

    with friendly_errors(), service(start_local=start_local) as svc, \
            err.status("Ingesting pages…"):
        reports, errors = ingest_pages(svc.store, files, lenient=lenient, url=url)
    for r in reports:
        say(f"{r.file} → {r.document}: {r.title!r}")
        say(f"  date {r.date or '?'}, place {r.place or '?'}, publisher {r.publisher}, "
            f"url {r.url or '(none: known by its content)'}; {r.paragraphs} paragraphs "
            f"({r.repeated} repeated paragraphs counted once)")
        _section("paragraphs repeated in other words", r.near_duplicates)
        _section("people", r.speakers)
        _section("event", r.events)
        _section("activity", r.activities)
        _section("mandates", r.mandates)
        _section("countries", r.countries)
        _section("figures", r.figures)
        _section("linked", r.linked)
        _section("created", r.created)
        _section("ambiguous (not linked)", r.ambiguous)
        _section("navigation lists against the graph", r.navigation)
    _print_errors(errors)
    if errors:
        raise typer.Exit(1)


@app.command("iati")
def iati(
    files: FilesArg,
    only_trafficking: Annotated[bool, typer.Option(
        "--only-trafficking", help="Keep only activities that map to a trafficking theme.")]
    = False,
    lenient: LenientOpt = False,
    start_local: StartLocalOpt = True,
) -> None:
    """Read IATI activity files (2.01–2.03), streamed: programmes, organisations and their
    roles, countries, sectors, SDG tags and trafficking themes. Any bad activity writes
    nothing, with every problem listed (unless --lenient: the others are loaded)."""
    from ingest.iati_load import ingest_iati

    with friendly_errors(), service(start_local=start_local) as svc, \
            err.status("Ingesting IATI activities…"):
        r = ingest_iati(svc.store, files, only_trafficking=only_trafficking, lenient=lenient)
    say(f"{r.activities} activities read from {len(r.files)} file(s): {r.loaded} loaded, "
        f"{len(r.bad)} bad, {r.skipped_not_trafficking} left out (not trafficking)")
    say("  roles: " + ", ".join(f"{k} {v}" for k, v in sorted(r.roles.items())))
    _section("mapped to trafficking themes", r.trafficking)
    _section("organisations linked", r.linked, limit=20)
    _section("bad activities (not loaded)", r.bad)
    if r.loaded == 0 and r.activities:
        out.print("nothing was loaded")
