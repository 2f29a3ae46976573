"""`alliance viz ...`: write a view as a standalone HTML file (scripts inlined, works offline)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from cli.common import friendly_errors, say, service

app = typer.Typer(help="Write the analysts' views as standalone HTML files (scripts "
                      "inlined: no network needed to open them).", no_args_is_help=True)

OutOpt = Annotated[Path, typer.Option("--out", "-o", help="The HTML file to write.")]
AsOfOpt = Annotated[str | None, typer.Option("--as-of", help="Date to look at, YYYY-MM-DD "
                                             "(default: every date for network views, today "
                                             "for findings).")]
TypeOpt = Annotated[str | None, typer.Option("--type", help="Only organisations of this type.")]
ThemeOpt = Annotated[str | None, typer.Option("--theme", help="Only records on this theme id "
                                              "(a pillar includes its sub-themes).")]
CountryOpt = Annotated[str | None, typer.Option("--country", help="Only records in this ISO3 "
                                                "country.")]
LinkOpt = Annotated[str, typer.Option("--link-base", help="Where links to other views point "
                                      "(a running `alliance serve`).")]
LimitOpt = Annotated[int, typer.Option("--node-limit", help="Above this many nodes, show "
                                       "groups instead of records.")]
GroupOpt = Annotated[str, typer.Option("--group", help="How a large view groups: type, "
                                       "country or community.")]
DEFAULT_LINK = "http://127.0.0.1:8000"


def _write(view: str, out_file: Path, link_base: str, *args: Any, **options: Any) -> None:
    from viz.standalone import page

    with friendly_errors(), service() as svc:
        html = page(view, svc, *args, link_base=link_base, **options)
    out_file.parent.mkdir(parents=True, exist_ok=True)
    out_file.write_text(html, encoding="utf-8")
    say(f"wrote {out_file} ({len(html) // 1024} KiB)")


@app.command("actor")
def actor(record_id: Annotated[str, typer.Argument(help="Record id, e.g. org.iom.")],
          out_file: OutOpt, depth: Annotated[int, typer.Option(min=1, max=3, help="Steps "
                                                               "around the record.")] = 1,
          as_of: AsOfOpt = None, type_: TypeOpt = None, theme: ThemeOpt = None,
          country: CountryOpt = None, node_limit: LimitOpt = 1500, group: GroupOpt = "type",
          link_base: LinkOpt = DEFAULT_LINK) -> None:
    """The neighbourhood of a record (organisation, person, programme…)."""
    _write("actor", out_file, link_base, record_id, depth=depth, as_of=as_of, type=type_,
           theme=theme, country=country, node_limit=node_limit, group=group)


@app.command("country")
def country(iso3: Annotated[str, typer.Argument(help="ISO3 code, e.g. MDA.")], out_file: OutOpt,
            as_of: AsOfOpt = None, type_: TypeOpt = None, theme: ThemeOpt = None,
            node_limit: LimitOpt = 1500, group: GroupOpt = "type",
            link_base: LinkOpt = DEFAULT_LINK) -> None:
    """A country's actors and programmes."""
    _write("country", out_file, link_base, iso3.upper(), as_of=as_of, type=type_, theme=theme,
           node_limit=node_limit, group=group)


@app.command("theme")
def theme_cmd(theme_id: Annotated[str, typer.Argument(help="Theme id, e.g. theme.protection.")],
              out_file: OutOpt, as_of: AsOfOpt = None, type_: TypeOpt = None,
              country: CountryOpt = None, node_limit: LimitOpt = 1500,
              group: GroupOpt = "type", link_base: LinkOpt = DEFAULT_LINK) -> None:
    """A theme's actors, programmes and mandates."""
    _write("theme", out_file, link_base, theme_id, as_of=as_of, type=type_, country=country,
           node_limit=node_limit, group=group)


@app.command("network")
def network(out_file: OutOpt, as_of: AsOfOpt = None, type_: TypeOpt = None,
            theme: ThemeOpt = None, country: CountryOpt = None, node_limit: LimitOpt = 1500,
            group: GroupOpt = "type", link_base: LinkOpt = DEFAULT_LINK) -> None:
    """The whole collaboration network of organisations."""
    _write("network", out_file, link_base, as_of=as_of, type=type_, theme=theme,
           country=country, node_limit=node_limit, group=group)


@app.command("coverage")
def coverage(out_file: OutOpt, as_of: AsOfOpt = None, link_base: LinkOpt = DEFAULT_LINK) -> None:
    """The country × theme coverage and gap heatmap."""
    _write("coverage", out_file, link_base, as_of=as_of)


@app.command("gaps")
def gaps(out_file: OutOpt, as_of: AsOfOpt = None, country: CountryOpt = None,
         link_base: LinkOpt = DEFAULT_LINK) -> None:
    """Coordination gaps: actors who should talk, missing links dashed."""
    _write("gaps", out_file, link_base, as_of=as_of, country=country)


@app.command("overlaps")
def overlaps(out_file: OutOpt, as_of: AsOfOpt = None, country: CountryOpt = None,
             link_base: LinkOpt = DEFAULT_LINK) -> None:
    """Duplicate programmes side by side."""
    _write("overlaps", out_file, link_base, as_of=as_of, country=country)


@app.command("whatif")
def whatif(out_file: OutOpt,
           remove_actor: Annotated[list[str] | None, typer.Option(
               "--remove-actor", help="An organisation that stops (repeatable).")] = None,
           move_to: Annotated[str | None, typer.Option("--move-to", help="Look again on this "
                                                       "later date.")] = None,
           as_of: AsOfOpt = None, link_base: LinkOpt = DEFAULT_LINK) -> None:
    """Coverage before and after organisations stop or time moves on."""
    _write("whatif", out_file, link_base, remove_actor=remove_actor, move_to=move_to,
           as_of=as_of)
