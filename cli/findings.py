"""`alliance gaps|overlaps|brokers|recommend|whatif|findings`: the analytics from the shell.

Readable tables by default; `--format json` (one JSON document) or `--format csv` (one table of
flat columns) for machines. The findings are the API's (`AnalyticsService.scoped`), so both give
the same answer for the same parameters; the scope options are checked against the graph, so an
unknown country, theme or region is an error that lists the valid ones. The analyst's default
scope is the OSCE region (`--region osce`); `--region world` widens it.
"""

from __future__ import annotations

import json
from typing import Annotated, Any

import typer
from rich.table import Table

from cli.common import AsOfOpt, Format, FormatOpt, friendly_errors, out, say, service
from graph.analytics.findings import Finding
from graph.analytics.scope import GROUPINGS, Scope
from graph.findings_service import ANALYTICS

LimitOpt = Annotated[int, typer.Option(help="Show at most this many findings.")]
CountryOpt = Annotated[str | None, typer.Option(
    help="Only findings about this country: ISO3 code (any case) or name; several with commas.")]
ThemeOpt = Annotated[str | None, typer.Option(
    help="Only findings about this theme: id or name (a pillar includes its finer themes).")]
RegionOpt = Annotated[str, typer.Option(
    help="Countries of a region: " + ", ".join(GROUPINGS) + ", or a UN region of the country "
    "records (Europe, Asia…).")]
SubregionOpt = Annotated[str | None, typer.Option(
    help="Countries of a UN subregion (e.g. 'Southern Europe', 'Central Asia').")]
ActorTypeOpt = Annotated[str | None, typer.Option(
    "--actor-type", help="Only findings involving an organisation of this type (ngo, igo, …).")]
ActorScopeOpt = Annotated[str | None, typer.Option(
    "--actor-scope", help="Only findings involving an organisation of this reach: global, "
    "regional, national or local.")]


def _filters(country: str | None, theme: str | None, region: str | None,
             subregion: str | None, actor_type: str | None = None,
             actor_scope: str | None = None) -> dict[str, Any]:
    return {"country": country, "theme": theme, "region": region, "subregion": subregion,
            "actor_type": actor_type, "actor_scope": actor_scope}


def _run(kinds: list[str], fmt: Format, show_at_most: int, filters: dict[str, Any],
         **params: Any) -> None:
    with friendly_errors(), service() as svc:
        found: list[Finding] = []
        scope = Scope()
        for kind in kinds:
            kept, scope = svc.analytics.scoped(kind, filters, **params)
            found += kept
    _show(found[:show_at_most], fmt, total=len(found), scope=scope, kinds=kinds)


def _document(found: list[Finding], total: int, scope: Scope, kinds: list[str]) -> dict:
    """One JSON document: parameters, scope and snapshot once, then the findings."""
    first = found[0] if found else None
    return {
        "kinds": kinds,
        "params": first.params if first else {},
        "scope": scope.description,
        "snapshot": first.snapshot if first else {},
        "total": total,
        "shown": len(found),
        "findings": [f.model_dump(mode="json", exclude={"params", "snapshot"}) for f in found],
    }


def _show(found: list[Finding], fmt: Format, *, total: int, scope: Scope,
          kinds: list[str]) -> None:
    if fmt is Format.JSON:
        typer.echo(json.dumps(_document(found, total, scope, kinds), ensure_ascii=False))
        return
    if fmt is Format.CSV:
        from graph.analytics.frames import findings_frame

        typer.echo(findings_frame(found).to_csv(index=False), nl=False)
        return
    table = Table("#", "kind", "about", "score", "finding", show_lines=True)
    for f in found:
        about = [r.name for r in (*f.about.actors, *f.about.programmes)][:4]
        where = [r.name for r in (*f.about.countries, *f.about.themes)][:4]
        table.add_row(str(f.rank or ""), f.kind, "\n".join([*about, *where]) or
                      "\n".join(f.subject), f"{f.score:.3g}", f.explanation)
    out.print(table)
    if found:
        params = ", ".join(f"{k}={v}" for k, v in found[0].params.items()
                           if not isinstance(v, dict))
        say(f"{len(found)} of {total} finding(s) in {scope.description}; computed with {params}")
    else:
        say(f"no findings in {scope.description}")


def register(app: typer.Typer) -> None:
    @app.command()
    def gaps(as_of: AsOfOpt = None, country: CountryOpt = None, theme: ThemeOpt = None,
             region: RegionOpt = "osce", subregion: SubregionOpt = None,
             coordination: Annotated[bool, typer.Option(help="Also actors side by side "
                                                        "without a link.")] = False,
             pillars: Annotated[bool, typer.Option(help="Only the four pillars, not the finer "
                                                   "themes.")] = False,
             fmt: FormatOpt = Format.TABLE, limit: LimitOpt = 25) -> None:
        """Country × theme cells with need and nobody working on them, most needed first."""
        # One list, printed once: with --coordination the unlinked pairs follow the gaps, so
        # that --format json stays one document and csv one table.
        kinds = ["gaps", "unlinked-pairs"] if coordination else ["gaps"]
        _run(kinds, fmt, limit, _filters(country, theme, region, subregion), as_of=as_of,
             pillars_only=pillars)

    @app.command()
    def overlaps(as_of: AsOfOpt = None, country: CountryOpt = None, theme: ThemeOpt = None,
                 region: RegionOpt = "osce", subregion: SubregionOpt = None,
                 actor_type: ActorTypeOpt = None, actor_scope: ActorScopeOpt = None,
                 fmt: FormatOpt = Format.TABLE, limit: LimitOpt = 25) -> None:
        """Programmes that duplicate each other, and near-identical actors in one place."""
        _run(["duplicate-programmes", "similar-actors"], fmt, limit,
             _filters(country, theme, region, subregion, actor_type, actor_scope), as_of=as_of)

    @app.command()
    def brokers(as_of: AsOfOpt = None, country: CountryOpt = None, theme: ThemeOpt = None,
                region: RegionOpt = "osce", subregion: SubregionOpt = None,
                actor_type: ActorTypeOpt = None, actor_scope: ActorScopeOpt = None,
                fmt: FormatOpt = Format.TABLE, limit: LimitOpt = 25) -> None:
        """Actors whose removal disconnects others (brokers, single points of failure)."""
        _run(["brokers"], fmt, limit,
             _filters(country, theme, region, subregion, actor_type, actor_scope), as_of=as_of)

    @app.command()
    def recommend(org: Annotated[str, typer.Argument(help="Organisation id, e.g. org.iom.")],
                  as_of: AsOfOpt = None, country: CountryOpt = None, theme: ThemeOpt = None,
                  region: RegionOpt = "world", fmt: FormatOpt = Format.TABLE,
                  limit: LimitOpt = 10) -> None:
        """Whom an organisation should talk to, each with its reason."""
        _run(["recommend"], fmt, limit, _filters(country, theme, region, None), actor=org,
             as_of=as_of, limit=max(limit, 10))

    @app.command()
    def whatif(
        as_of: AsOfOpt = None,
        remove_actor: Annotated[list[str] | None, typer.Option(help="An organisation that "
                                                               "stops (repeatable).")] = None,
        end_programme: Annotated[list[str] | None, typer.Option(help="A programme that ends "
                                                                "(repeatable).")] = None,
        move_to: Annotated[str | None, typer.Option(help="Look again on this later date, "
                                                    "nothing renewed.")] = None,
        country: CountryOpt = None, theme: ThemeOpt = None, region: RegionOpt = "world",
        fmt: FormatOpt = Format.TABLE, limit: LimitOpt = 25,
    ) -> None:
        """Which cells lose coverage if actors stop, programmes end or time moves on."""
        _run(["what-if"], fmt, limit, _filters(country, theme, region, None), as_of=as_of,
             remove_actors=remove_actor or (), end_programmes=end_programme or (),
             move_to=move_to)

    @app.command()
    def findings(
        kind: Annotated[str, typer.Argument(help="One of: " + ", ".join(ANALYTICS))],
        as_of: AsOfOpt = None, country: CountryOpt = None, theme: ThemeOpt = None,
        region: RegionOpt = "osce", subregion: SubregionOpt = None,
        actor_type: ActorTypeOpt = None, actor_scope: ActorScopeOpt = None,
        fmt: FormatOpt = Format.TABLE, limit: LimitOpt = 25,
    ) -> None:
        """Any analytic by name (coverage, communities, centrality, …)."""
        if kind not in ANALYTICS:
            raise typer.BadParameter(f"got {kind!r}, expected one of " + ", ".join(ANALYTICS),
                                     param_hint="KIND")
        _run([kind], fmt, limit,
             _filters(country, theme, region, subregion, actor_type, actor_scope),
             as_of=as_of)
