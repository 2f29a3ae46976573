"""`alliance viz ...`: write a view as a standalone HTML file (scripts inlined, works offline)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from cli.common import friendly_errors, say, service
from viz.graphview import NODE_CAP

app = typer.Typer(help="Write the analysts' views as standalone HTML files (scripts "
                      "inlined: no network needed to open them).", no_args_is_help=True)

OutOpt = Annotated[Path, typer.Option("--out", "-o", help="The HTML file to write.")]
AsOfOpt = Annotated[str | None, typer.Option("--as-of", help="Date to look at, YYYY-MM-DD "
                                             "(default: every date for network views, today "
                                             "for findings).")]
TypeOpt = Annotated[str | None, typer.Option("--type", help="Only organisations of this type.")]
ThemeOpt = Annotated[str | None, typer.Option("--theme", help="Only records on this theme id "
                                              "or name (a pillar includes its sub-themes).")]
CountryOpt = Annotated[str | None, typer.Option("--country", help="Only records in this ISO3 "
                                                "country (any case).")]
RegionOpt = Annotated[str | None, typer.Option("--region", help="osce (default), osce-states, "
                                               "osce-field, world, region:NAME or "
                                               "subregion:NAME.")]
LinkOpt = Annotated[str | None, typer.Option("--link-base", help="Where links to other views "
                                             "point (a running `alliance serve`); default "
                                             "ALLIANCE_VIEWS_URL, else relative links.")]
LimitOpt = Annotated[int, typer.Option("--node-limit", help="Draw at most this many nodes "
                                       "(the most important); count the others in groups.")]
GroupOpt = Annotated[str, typer.Option("--group", help="How the records not drawn are "
                                       "grouped: type, country or community.")]


def _write(view: str, out_file: Path, link_base: str | None, *args: Any, **options: Any) -> None:
    from viz.standalone import page

    with friendly_errors(), service() as svc:
        base = link_base if link_base is not None else (svc.settings.views_url or "")
        html = page(view, svc, *args, link_base=base, **options)
    out_file.parent.mkdir(parents=True, exist_ok=True)
    out_file.write_text(html, encoding="utf-8")
    say(f"wrote {out_file} ({len(html) // 1024} KiB)")


@app.command("actor")
def actor(record_id: Annotated[str, typer.Argument(help="Record id, e.g. org.iom.")],
          out_file: OutOpt, depth: Annotated[int, typer.Option(min=1, max=3, help="Steps "
                                                               "around the record.")] = 1,
          as_of: AsOfOpt = None, type_: TypeOpt = None, theme: ThemeOpt = None,
          country: CountryOpt = None, node_limit: LimitOpt = NODE_CAP, group: GroupOpt = "type",
          link_base: LinkOpt = None) -> None:
    """The neighbourhood of a record (organisation, person, programme…)."""
    _write("actor", out_file, link_base, record_id, depth=depth, as_of=as_of, type=type_,
           theme=theme, country=country, node_limit=node_limit, group=group)


@app.command("country")
def country(iso3: Annotated[str, typer.Argument(help="ISO3 code, any case, e.g. MDA.")],
            out_file: OutOpt, as_of: AsOfOpt = None, type_: TypeOpt = None,
            theme: ThemeOpt = None, node_limit: LimitOpt = NODE_CAP, group: GroupOpt = "type",
            link_base: LinkOpt = None) -> None:
    """Who is active in a country, and who is known there but not active."""
    _write("country", out_file, link_base, iso3, as_of=as_of, type=type_, theme=theme,
           node_limit=node_limit, group=group)


@app.command("theme")
def theme_cmd(theme_id: Annotated[str, typer.Argument(help="Theme id or name, e.g. "
                                                      "theme.protection.")],
              out_file: OutOpt, as_of: AsOfOpt = None, type_: TypeOpt = None,
              country: CountryOpt = None, node_limit: LimitOpt = NODE_CAP,
              group: GroupOpt = "type", link_base: LinkOpt = None) -> None:
    """A theme's actors, programmes and mandates."""
    _write("theme", out_file, link_base, theme_id, as_of=as_of, type=type_, country=country,
           node_limit=node_limit, group=group)


@app.command("network")
def network(out_file: OutOpt, as_of: AsOfOpt = None, type_: TypeOpt = None,
            theme: ThemeOpt = None, country: CountryOpt = None,
            node_limit: LimitOpt = NODE_CAP, group: GroupOpt = "type",
            link_base: LinkOpt = None) -> None:
    """The collaboration network of organisations, the most important drawn."""
    _write("network", out_file, link_base, as_of=as_of, type=type_, theme=theme,
           country=country, node_limit=node_limit, group=group)


@app.command("map")
def map_cmd(out_file: OutOpt, as_of: AsOfOpt = None, region: RegionOpt = None,
            theme: Annotated[str | None, typer.Option("--theme", help="Theme id or name "
                                                      "(default: the four pillars).")] = None,
            metric: Annotated[str, typer.Option("--metric", help="actors, coverage, need or "
                                                "gap.")] = "actors",
            link_base: LinkOpt = None) -> None:
    """A map of coverage, need or gaps by country (OSCE region, or the world)."""
    _write("map", out_file, link_base, as_of=as_of, region=region, theme=theme, metric=metric)


@app.command("coverage")
def coverage(out_file: OutOpt, as_of: AsOfOpt = None, region: RegionOpt = None,
             sort: Annotated[str, typer.Option("--sort", help="need, gap or name.")] = "need",
             themes: Annotated[str, typer.Option("--themes", help="all or pillars.")] = "all",
             link_base: LinkOpt = None) -> None:
    """The country × theme heatmap: organisations per cell, need beside it."""
    _write("coverage", out_file, link_base, as_of=as_of, region=region, sort=sort,
           themes=themes)


@app.command("gaps")
def gaps(out_file: OutOpt, as_of: AsOfOpt = None, country: CountryOpt = None,
         link_base: LinkOpt = None) -> None:
    """Coordination gaps: actors who should talk, missing links dashed."""
    _write("gaps", out_file, link_base, as_of=as_of, country=country)


@app.command("overlaps")
def overlaps(out_file: OutOpt, as_of: AsOfOpt = None, country: CountryOpt = None,
             page: Annotated[int, typer.Option("--page", min=1, help="Page of 20 pairs.")] = 1,
             link_base: LinkOpt = None) -> None:
    """Duplicate programmes side by side, ranked and paged."""
    _write("overlaps", out_file, link_base, as_of=as_of, country=country, page=page)


@app.command("whatif")
def whatif(out_file: OutOpt,
           remove_actor: Annotated[list[str] | None, typer.Option(
               "--remove-actor", help="An organisation that stops (repeatable).")] = None,
           move_to: Annotated[str | None, typer.Option("--move-to", help="Look again on this "
                                                       "later date.")] = None,
           as_of: AsOfOpt = None, link_base: LinkOpt = None) -> None:
    """Coverage before and after organisations stop or time moves on, change by change."""
    _write("whatif", out_file, link_base, remove_actor=remove_actor, move_to=move_to,
           as_of=as_of)
