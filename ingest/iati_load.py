"""Turn IATI activities into programmes linked to the graph's organisations, countries and themes.

`activities_dataset` is pure over a `Resolver`: organisations are found by IATI organisation
identifier first, then by name or alias; only an organisation that matches nothing becomes a
new node (origin "iati"); an ambiguous one is reported and left unlinked. Ids derive from IATI
identifiers, so ingesting a file twice changes nothing. A file is one load source (its name),
loaded so as to replace what it said before (`ingest.document_loads`): an activity removed
from the file, or a participant or country removed from an activity, goes from the graph
unless another source still says it.

`ingest_iati` is strict by default, as the folder loader is: it reads every file once to
check it and, if any activity is bad, raises `InvalidData` listing every problem (file, line,
element, value, what was expected) and writes nothing; then it reads them again to load, in
batches, so that memory stays bounded whatever the size of the files. With `lenient=True` it
loads the good activities and reports the bad ones.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graph import model as m
from graph.errors import InvalidData
from graph.model import Dataset, NodeLabel, Relation, RelType
from graph.relations import IngestedEdge
from graph.schema import Precision
from ingest import iati_codes as ic
from ingest.document_loads import relied_on, resolvable
from ingest.iati import Activity, BadActivity, Participant, read_activities
from ingest.resolve import Known, Resolver

INGESTED = m.Checked.INGESTED


@dataclass
class IatiReport:
    files: list[str] = field(default_factory=list)
    activities: int = 0
    loaded: int = 0
    skipped_not_trafficking: int = 0
    trafficking: list[str] = field(default_factory=list)  # "identifier: theme (reason)"
    linked: set[str] = field(default_factory=set)
    created: set[str] = field(default_factory=set)
    ambiguous: set[str] = field(default_factory=set)
    unknown_countries: set[str] = field(default_factory=set)
    bad: list[str] = field(default_factory=list)
    roles: dict[str, int] = field(default_factory=dict)


def ident_slug(identifier: str) -> str:
    """An id-safe form of an IATI identifier; a hash is added when the slug loses characters.

    >>> ident_slug("XM-DAC-41114-PROJECT-00127336")
    'xm-dac-41114-project-00127336'
    """
    lowered = identifier.strip().casefold()
    out = re.sub(r"[^a-z0-9._-]+", "-", lowered).strip("-._") or "x"
    if out != lowered:
        out += "-" + hashlib.sha1(identifier.encode()).hexdigest()[:8]
    return out


def source_for(path: Path) -> m.FileSource:
    return m.FileSource(id=f"src.iati-{ident_slug(path.name)}",
                        title=f"IATI activity file {path.name}",
                        publisher="IATI publishers (see each programme's reporting_org)",
                        url=path.name, kind=m.SourceKind.DATASET)


class _Builder:
    def __init__(self, resolver: Resolver, report: IatiReport, source_id: str):
        self.resolver, self.report, self.src = resolver, report, source_id
        self.entities: list[m.Record] = []
        self.relations: list[Relation] = []

    def prov(self) -> dict[str, Any]:
        return {"sources": [self.src], "checked": INGESTED}

    def organisation(self, who: Participant, identifier: str) -> str | None:
        match = self.resolver.resolve(who.name, iati_id=who.ref)
        if match.status == "ambiguous":
            self.report.ambiguous.add(f"{who.name!r} ({who.ref or 'no ref'}) in {identifier}: "
                                      f"any of {', '.join(match.ids)}")
            return None
        if match.id:
            self.report.linked.add(f"{who.name} → {match.id} ({match.rule})")
            return match.id
        kind, scope = ic.ORG_TYPES.get(who.type or "", ("other", "national"))
        org = m.Organisation(
            id="org.iati-" + ident_slug(who.ref or who.name)[:70], name=who.name,
            type=m.OrgType(kind), scope=m.Scope(scope), iati_id=who.ref, origin="iati",
            **self.prov(),
            note=f"Created by alliance ingest iati (IATI organisation type {who.type or '?'}); "
                 "scope guessed from the type.")
        self.entities.append(org)
        self.resolver.add(Known(id=org.id, label="Organisation", name=org.name,
                                iati_id=org.iati_id))
        self.report.created.add(f"{org.id} ({org.name})")
        return org.id

    def activity(self, act: Activity) -> None:
        prog_id = "prog.iati-" + ident_slug(act.identifier)
        iso3 = []
        for iso2 in act.countries:
            country = self.resolver.country_of_iso2(iso2)
            if country:
                iso3.append(country)
            else:
                self.report.unknown_countries.add(iso2)
        budget, currency = _total_budget(act)
        status = ic.STATUSES.get(act.status or "", "unknown")
        self.entities.append(m.Programme(
            id=prog_id, title=act.title[:500], description=act.description,
            status=m.ProgrammeStatus(status),
            start=act.start, end=act.end, start_precision=Precision.DAY if act.start else None,
            end_precision=Precision.DAY if act.end else None, budget=budget, currency=currency,
            countries=sorted(set(iso3)), themes=sorted(act.themes), iati_id=act.identifier,
            reporting_org=act.reporting_org.name if act.reporting_org else None,
            reporting_org_ref=act.reporting_org.ref if act.reporting_org else None,
            dates=[f"{k}:{v}" for k, v in sorted(act.dates.items())],
            budgets=[f"{t}:{s}/{e}:{v:g} {c}" for t, s, e, v, c in act.budgets],
            recipient_countries=act.countries, regions=act.regions,
            sectors=[f"{v}:{c}" for v, c in act.sectors],
            tags=[f"{v}:{c}" for v, c in act.tags], policy_markers=act.policy_markers,
            origin="iati", **self.prov()))
        prog = (NodeLabel.PROGRAMME, prog_id)
        for who in act.participants:
            org = self.organisation(who, act.identifier)
            if org is None:
                continue
            rel, role = ic.ROLES[who.role]
            self.report.roles[role] = self.report.roles.get(role, 0) + 1
            props = {"role": role} if rel == "IMPLEMENTS" else {"iati_role": role}
            self.relate(RelType(rel), (NodeLabel.ORGANISATION, org), prog, role, **props)
        for country in sorted(set(iso3)):
            self.relate(RelType.TARGETS, prog, (NodeLabel.COUNTRY, country))
        for theme, reason in sorted(act.themes.items()):
            self.relate(RelType.ADDRESSES, prog, (NodeLabel.THEME, theme), reason=reason)
            self.report.trafficking.append(f"{act.identifier}: {theme} ({reason})")

    def relate(self, rel: RelType, a: tuple[NodeLabel, str], b: tuple[NodeLabel, str],
               discriminator: str = "", **props: Any) -> None:
        self.relations.append(Relation(type=rel, start_label=a[0], start_id=a[1],
                                       end_label=b[0], end_id=b[1],
                                       props=IngestedEdge(**props),
                                       discriminator=discriminator, **self.prov()))


def _total_budget(act: Activity) -> tuple[float | None, str | None]:
    """Sum of budgets per period, a revised budget replacing the original of its period;
    None when the budgets are in several currencies."""
    by_period: dict[tuple[str, str], tuple[str, float, str]] = {}
    for kind, start, end, value, currency in act.budgets:
        if (start, end) not in by_period or kind == "revised":
            by_period[(start, end)] = (kind, value, currency)
    currencies = {c for _, _, c in by_period.values()}
    if not by_period or len(currencies) != 1:
        return None, act.currency
    return sum(v for _, v, _ in by_period.values()), currencies.pop() or None


def activities_dataset(activities: Iterable[Activity | BadActivity], resolver: Resolver,
                       source: m.Source, report: IatiReport, *, only_trafficking: bool = False,
                       themes: dict[str, m.Theme] | None = None) -> Dataset:
    """The records of `activities`; bad ones and (if asked) non-trafficking ones left out."""
    b = _Builder(resolver, report, source.id)
    b.entities.append(source)
    needed: set[str] = set()
    for act in activities:
        report.activities += 1
        if isinstance(act, BadActivity):
            report.bad.append(str(act))
            continue
        if only_trafficking and not act.themes:
            report.skipped_not_trafficking += 1
            continue
        b.activity(act)
        needed |= set(act.themes)
        report.loaded += 1
    for theme in sorted(needed):
        if theme not in resolver.known and themes and theme in themes:
            b.entities.append(themes[theme])  # the theme vocabulary, if the graph lacks it
    return Dataset(entities=b.entities, relations=b.relations)


def bundled_themes() -> dict[str, m.Theme]:
    """The project's theme vocabulary, to add to a graph that lacks it."""
    from graph.resources import bundled_data_dir
    from ingest.folder import read_files

    themes = bundled_data_dir() / "themes.csv"
    if not themes.is_file():
        return {}
    return {t.id: t for t in read_files([themes]).entities if isinstance(t, m.Theme)}


def check_files(paths: list[Path]) -> None:
    """Read every file and raise InvalidData with every problem of every bad activity."""
    errors = [e for path in paths for act in read_activities(path)
              if isinstance(act, BadActivity) for e in act.field_errors()]
    if errors:
        raise InvalidData(errors)


def iati_source(path: Path) -> str:
    """The load source of an IATI file: its name (an upload keeps the client's)."""
    return f"iati file {path.name}"


def ingest_iati(store: Any, paths: list[Path], *, only_trafficking: bool = False,
                batch: int = 5000, lenient: bool = False) -> IatiReport:
    """Check the files (unless `lenient`), then read each (streamed) and load its activities
    in batches of `batch`; see the module docstring."""
    from graph.loader import LoadRun
    from ingest.page_load import known_entities

    if not lenient:
        check_files(paths)
    report = IatiReport()
    themes = bundled_themes()
    for path in paths:
        report.files.append(path.name)
        source, load = source_for(path), iati_source(path)
        known = known_entities(store)
        resolver = Resolver.over(resolvable(known, load))
        # One load per file, however many batches: what the file no longer says is retracted
        # only once all of it has been read.
        with LoadRun(store, source=load, what=f"iati {path.name}", replace=True) as run:
            chunk: list[Activity | BadActivity] = []
            for act in read_activities(path):
                chunk.append(act)
                if len(chunk) >= batch:
                    run.add(_dataset(store, chunk, resolver, known, source, report,
                                     only_trafficking, themes, load))
                    chunk = []
            run.add(_dataset(store, chunk, resolver, known, source, report, only_trafficking,
                             themes, load))
    return report


def _dataset(store: Any, chunk: list[Activity | BadActivity], resolver: Resolver,
             known: list[Known], source: m.Source, report: IatiReport, only_trafficking: bool,
             themes: dict[str, m.Theme], load: str) -> Dataset:
    dataset = activities_dataset(chunk, resolver, source, report,
                                 only_trafficking=only_trafficking, themes=themes)
    for theme in dataset.entities:
        if isinstance(theme, m.Theme):
            resolver.add(Known(id=theme.id, label="Theme", name=theme.name))
    dataset.entities.extend(relied_on(store, dataset, known, source=load, cites=source.id))
    return dataset
