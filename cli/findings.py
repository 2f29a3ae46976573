"""`alliance gaps|overlaps|brokers|recommend|whatif|findings`: the analytics from the shell.

Readable tables by default; `--format json` or `--format csv` for machines. The functions are
the API's (`AnalyticsService.run`), so both give the same findings for the same parameters.
"""

import json
from typing import Annotated

import typer
from rich.table import Table

from cli.common import AsOfOpt, Format, FormatOpt, friendly_errors, out, plain, say, service
from graph.analytics.findings import Finding
from graph.findings_service import ANALYTICS, filter_subject

LimitOpt = Annotated[int, typer.Option(help="Show at most this many findings.")]
CountryOpt = Annotated[str | None, typer.Option(help="Only findings about this ISO3 country.")]
ThemeOpt = Annotated[str | None, typer.Option(help="Only findings about this theme id.")]


def register(app: typer.Typer) -> None:
    def run(kinds: list[str], fmt: Format, show_at_most: int, *, country: str | None = None,
            theme: str | None = None, **params: object) -> None:
        with friendly_errors(), service() as svc:
            found: list[Finding] = []
            for kind in kinds:
                found += filter_subject(svc.findings(kind, **params), country=country,
                                        theme=theme)
        show(found[:show_at_most], fmt, total=len(found))

    def show(found: list[Finding], fmt: Format, *, total: int) -> None:
        if fmt is Format.JSON:
            out.print_json(json.dumps([f.model_dump(mode="json") for f in found]))
            return
        if fmt is Format.CSV:
            from graph.analytics.frames import findings_frame

            typer.echo(findings_frame(found).to_csv(index=False), nl=False)
            return
        table = Table("kind", "subject", "score", "finding", "sources", show_lines=True)
        for f in found:
            table.add_row(plain(f.kind), plain("\n".join(f.subject)), f"{f.score:.3g}",
                          plain(f.explanation), str(len(f.evidence.sources)))
        out.print(table)
        if found:
            params = ", ".join(f"{k}={v}" for k, v in found[0].params.items())
            say(f"{len(found)} of {total} finding(s); computed with {params}")
        else:
            out.print("no findings")

    @app.command()
    def gaps(as_of: AsOfOpt = None, country: CountryOpt = None, theme: ThemeOpt = None,
             coordination: Annotated[bool, typer.Option(help="Also actors side by side "
                                                        "without a link.")] = False,
             pillars: Annotated[bool, typer.Option(help="Only the four pillars, not the finer "
                                                   "themes.")] = False,
             fmt: FormatOpt = Format.TABLE, limit: LimitOpt = 25) -> None:
        """Country × theme cells with need and nobody working on them, most needed first."""
        # One list, printed once: with --coordination the unlinked pairs follow the gaps, so
        # that --format json stays one document and csv one table.
        kinds = ["gaps", "unlinked-pairs"] if coordination else ["gaps"]
        run(kinds, fmt, limit, country=country, theme=theme, as_of=as_of,
            pillars_only=pillars)

    @app.command()
    def overlaps(as_of: AsOfOpt = None, country: CountryOpt = None, theme: ThemeOpt = None,
                 fmt: FormatOpt = Format.TABLE, limit: LimitOpt = 25) -> None:
        """Programmes that duplicate each other, and near-identical actors in one place."""
        run(["duplicate-programmes", "similar-actors"], fmt, limit, country=country,
            theme=theme, as_of=as_of)

    @app.command()
    def brokers(as_of: AsOfOpt = None, country: CountryOpt = None, theme: ThemeOpt = None,
                fmt: FormatOpt = Format.TABLE, limit: LimitOpt = 25) -> None:
        """Actors whose removal disconnects others (brokers, single points of failure)."""
        run(["brokers"], fmt, limit, country=country, theme=theme, as_of=as_of)

    @app.command()
    def recommend(org: Annotated[str, typer.Argument(help="Organisation id, e.g. org.iom.")],
                  as_of: AsOfOpt = None, fmt: FormatOpt = Format.TABLE,
                  limit: LimitOpt = 10) -> None:
        """Whom an organisation should talk to, each with its reason."""
        run(["recommend"], fmt, limit, actor=org, as_of=as_of, limit=limit)

    @app.command()
    def whatif(
        as_of: AsOfOpt = None,
        remove_actor: Annotated[list[str] | None, typer.Option(help="An organisation that "
                                                               "stops (repeatable).")] = None,
        end_programme: Annotated[list[str] | None, typer.Option(help="A programme that ends "
                                                                "(repeatable).")] = None,
        move_to: Annotated[str | None, typer.Option(help="Look again on this later date, "
                                                    "nothing renewed.")] = None,
        fmt: FormatOpt = Format.TABLE, limit: LimitOpt = 25,
    ) -> None:
        """Which cells lose coverage if actors stop, programmes end or time moves on."""
        run(["what-if"], fmt, limit, as_of=as_of, remove_actors=remove_actor or (),
            end_programmes=end_programme or (), move_to=move_to)

    @app.command()
    def findings(
        kind: Annotated[str, typer.Argument(help="One of: " + ", ".join(ANALYTICS))],
        as_of: AsOfOpt = None, country: CountryOpt = None, theme: ThemeOpt = None,
        fmt: FormatOpt = Format.TABLE, limit: LimitOpt = 25,
    ) -> None:
        """Any analytic by name (coverage, communities, centrality, …)."""
        run([kind], fmt, limit, country=country, theme=theme, as_of=as_of)
