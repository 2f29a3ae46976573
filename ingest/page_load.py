"""Turn a parsed page into records linked to what the graph already holds, and load them.

`page_dataset` is pure: given a `Page`, a `Resolver` over the graph's entities and the graph's
navigation facts, it returns the `Dataset` to write and a `PageReport` of what was found,
linked, created, left ambiguous, and how the page's navigation lists differ from the graph.
Ids are hashes or slugs of what the page says, so ingesting a page twice changes nothing.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graph import model as m
from graph.errors import InvalidData
from graph.model import Dataset, EdgeProps, NodeLabel, Relation, RelType
from graph.relations import Mention, Participation, Speech
from graph.vocabulary import ParticipationRole
from ingest.page import (
    ORG_WORDS,
    Page,
    Span,
    decode,
    parse_page,
    suffixes,
    unreadable,
)
from ingest.resolve import Known, Match, Resolver

INGESTED = m.Checked.INGESTED
_FIELD_OP = re.compile(r"^(Presence|Centre|Programme Office|Mission|Project Co-ordinator|Office)"
                       r"\s+(?:in|to)\s+(.+)$")


@dataclass
class PageReport:
    file: str
    document: str = ""
    title: str = ""
    date: str | None = None
    place: str | None = None
    paragraphs: int = 0
    repeated: int = 0
    speakers: list[str] = field(default_factory=list)
    figures: list[str] = field(default_factory=list)
    linked: list[str] = field(default_factory=list)
    created: list[str] = field(default_factory=list)
    ambiguous: list[str] = field(default_factory=list)
    unresolved: list[str] = field(default_factory=list)
    navigation: list[str] = field(default_factory=list)


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")[:60] or "x"


def known_entities(store: Any) -> list[Known]:
    """Every organisation, person, country and theme of the graph, for the resolver."""
    return [Known(id=r["id"], label=r["label"], name=r["name"] or r["id"],
                  acronym=r["acronym"], aliases=tuple(r["aliases"]), iati_id=r["iati_id"],
                  iso2=r["iso2"]) for r in store.read("known_entities")]


class _Builder:
    def __init__(self, page: Page, resolver: Resolver, report: PageReport):
        self.page, self.resolver, self.report = page, resolver, report
        key = (page.url or "") + "\x1f" + page.article.casefold()
        digest = hashlib.sha1(key.encode()).hexdigest()[:12]
        self.doc_id, self.src_id = f"doc.page-{digest}", f"src.page-{digest}"
        self.entities: list[m.Record] = []
        self.relations: list[Relation] = []

    def prov(self) -> dict[str, Any]:
        return {"sources": [self.src_id], "checked": INGESTED}

    def relate(self, rel: RelType, a: tuple[NodeLabel, str], b: tuple[NodeLabel, str],
               props: EdgeProps | None = None, discriminator: str = "") -> None:
        self.relations.append(Relation(type=rel, start_label=a[0], start_id=a[1],
                                       end_label=b[0], end_id=b[1], props=props or EdgeProps(),
                                       discriminator=discriminator, **self.prov()))

    def organisation(self, phrases: list[str], *, create: bool) -> str | None:
        """The id of the first phrase that links; else a new node for the first phrase that
        reads as an organisation's name (if `create`); ambiguous phrases stop the search."""
        for phrase in phrases:
            match = self.resolver.resolve(phrase)
            if match.status == "ambiguous":
                self._ambiguous(match)
                return None
            if match.id:
                self._linked(match, "Organisation")
                return match.id
        if not create:
            return None
        for phrase in phrases:
            if ORG_WORDS.search(phrase) or re.fullmatch(r"[A-Z][A-Za-z]{2,}", phrase):
                org = m.Organisation(
                    id=f"org.doc-{slug(phrase)}", name=phrase, type=m.OrgType.OTHER,
                    scope=m.Scope.GLOBAL, origin="document", **self.prov(),
                    note=f"Created by alliance ingest page from {self.page.name}; type and "
                         "scope are not stated there and need review.")
                self._created(org, "Organisation")
                return org.id
        self.report.unresolved.append(phrases[0])
        return None

    def _linked(self, match: Match, label: str) -> None:
        line = f"{label} {match.mention!r} → {match.ids[0]} ({match.rule})"
        if line not in self.report.linked:
            self.report.linked.append(line)

    def _ambiguous(self, match: Match) -> None:
        line = f"{match.mention!r} could be any of {', '.join(match.ids)} (not linked)"
        if line not in self.report.ambiguous:
            self.report.ambiguous.append(line)

    def _created(self, record: m.Record, label: str) -> None:
        self.entities.append(record)
        name = getattr(record, "name", record.id)
        self.resolver.add(Known(id=record.id, label=label, name=name))
        self.report.created.append(f"{label} {record.id} ({name})")


def page_dataset(page: Page, resolver: Resolver, *, members: set[str] | None = None,
                 field_operations: list[dict[str, Any]] | None = None
                 ) -> tuple[Dataset, PageReport]:
    """The records a page yields, linked through `resolver`; see the module docstring."""
    report = PageReport(file=page.name, title=page.title, date=page.date, place=page.place,
                        paragraphs=len(page.paragraphs), repeated=page.repeated)
    b = _Builder(page, resolver, report)
    report.document = b.doc_id
    doc = (NodeLabel.DOCUMENT, b.doc_id)
    publisher = page.publisher or page.source or "unknown publisher"
    # Without a web address, the source is the file as it was given.
    source = m.Source if page.url else m.FileSource
    b.entities.append(source(id=b.src_id, title=page.title, publisher=publisher,
                             url=page.url or page.name, date=page.date,
                             kind=m.SourceKind.PRESS_RELEASE if "press" in page.kind
                             else m.SourceKind.WEB_PAGE))

    event = None
    if page.event_kind and page.date:
        organiser = b.organisation([page.organiser], create=True) if page.organiser else None
        country = resolver.country_of_city(page.place) if page.place else None
        by = f" held by the {page.organiser}" if page.organiser else ""
        at = f" in {page.place}" if page.place else ""
        event = m.Event(
            id=f"event.{slug(page.place or 'x')}-{page.date}-{b.doc_id[-6:]}",
            name=f"{page.event_kind.capitalize()}{by}{at} on {page.date}",
            kind=m.EventKind(page.event_kind), start=page.date, end=page.date,
            place=page.place, country=country,
            organiser=organiser,
            description=page.paragraphs[0].text[:500], **b.prov())
        b.entities.append(event)
        ev = (NodeLabel.EVENT, event.id)
        b.relate(RelType.MENTIONS, doc, ev, Mention(span_start=page.paragraphs[0].start,
                                                    span_end=page.paragraphs[0].end))
        if country:
            b.relate(RelType.HELD_IN, ev, (NodeLabel.COUNTRY, country))
        if organiser:
            b.relate(RelType.ORGANISED_BY, ev, (NodeLabel.ORGANISATION, organiser))

    speaker_spans = []
    for sp in page.speakers:
        match = resolver.resolve(sp.name.text, "Person")
        if match.status == "ambiguous":
            b._ambiguous(match)
            continue
        person_id = match.id
        if person_id:
            b._linked(match, "Person")
        else:
            person = m.Person(id=f"person.{slug(sp.name.text)}", name=sp.name.text,
                              description=sp.role, **b.prov())
            b._created(person, "Person")
            person_id = person.id
        who = (NodeLabel.PERSON, person_id)
        first = sp.quotes[0] if sp.quotes else sp.name
        speaker_spans.append((sp.name.start, sp.name.end))
        b.relate(RelType.MENTIONS, doc, who, Mention(
            span_start=sp.name.start, span_end=sp.name.end,
            quote=first.text if sp.quotes else None, quotes=len(sp.quotes)))
        org = b.organisation(sp.org_phrases, create=True) if sp.org_phrases else None
        if org:
            b.relate(RelType.SPOKE_FOR, who, (NodeLabel.ORGANISATION, org), Speech(
                role=sp.role, document=b.doc_id, span_start=sp.name.start,
                span_end=sp.name.end + len(sp.role or "") + 2, quote=first.text,
                quote_start=first.start, quote_end=first.end), discriminator=b.doc_id)
        if event:
            roles = ["speaker"] + (["organiser"] if sp.extra and "organi" in sp.extra else [])
            for role in roles:
                b.relations.append(Participation(
                    participant=person_id, event=event.id, role=ParticipationRole(role),
                    span_start=sp.name.start, span_end=sp.name.end, **b.prov(),
                ).relation(NodeLabel.PERSON, NodeLabel.EVENT))
        report.speakers.append(f"{sp.name.text} — {sp.role or 'role not stated'} — "
                               f"{org or 'organisation not linked'} ({len(sp.quotes)} quotes)")

    figures = []
    for fig in page.figures:
        estimator = b.organisation([fig.estimated_by], create=True) if fig.estimated_by else None
        named = fig.estimated_by or estimator or "unattributed"
        figures.append(f"{fig.text} — {fig.what} — estimated by {named}")
        report.figures.append(f"{fig.text} {fig.what} (by {named}; "
                              f"{fig.cue!r}; {estimator or 'not linked'})")
        if estimator:
            b.relate(RelType.MENTIONS, doc, (NodeLabel.ORGANISATION, estimator), Mention(
                role="estimator", figure=fig.text, what=fig.what, low=fig.low, high=fig.high,
                span_start=fig.start, span_end=fig.end, quote=fig.sentence),
                discriminator=f"estimate:{fig.start}")

    _mentions(b, page, speaker_spans)
    b.entities.append(m.Document(
        id=b.doc_id, title=page.title, publisher=publisher, date=page.date, url=page.url,
        kind=page.kind, file=Path(page.name).name, place=page.place,
        paragraphs=len(page.paragraphs), repeated=page.repeated, figures=figures, **b.prov()))
    report.navigation = compare_navigation(page, resolver, members, field_operations)
    return Dataset(entities=b.entities, relations=b.relations), report


def _mentions(b: _Builder, page: Page, speaker_spans: list[tuple[int, int]]) -> None:
    """One MENTIONS edge per organisation or country named in the article, at its first span."""
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for cand in page.candidates:
        if any(s <= cand.start < e for s, e in speaker_spans):
            continue
        # "the ILO and the CoE" is two names; "Bosnia and Herzegovina" is one.
        parts = re.split(r"\s+and\s+(?:the\s+)?", cand.text)
        whole = any(b.resolver.resolve(cand.text, label).status != "new"
                    for label in ("Organisation", "Country"))
        at, linked = 0, False
        for part in [cand.text] if whole else parts:
            at = cand.text.find(part, at)
            span = Span(part, cand.start + at, cand.start + at + len(part))
            linked = _link_candidate(b, span, found) or linked
        if (not linked and " " in cand.text and ORG_WORDS.search(cand.text)
                and cand.text not in b.report.unresolved):
            b.report.unresolved.append(cand.text)
    for (label, target), props in found.items():
        b.relate(RelType.MENTIONS, (NodeLabel.DOCUMENT, b.doc_id), (NodeLabel(label), target),
                 Mention(**props))


def _link_candidate(b: _Builder, cand: Span, found: dict[tuple[str, str], dict[str, Any]]
                    ) -> bool:
    """Link the candidate (or its tail) to one node; True if it linked or was ambiguous."""
    for phrase in dict.fromkeys([*suffixes(cand.text), cand.text.split(" in ")[0]]):
        for label in ("Organisation", "Country"):
            match = b.resolver.resolve(phrase, label)
            if match.status == "ambiguous":
                b._ambiguous(match)
                return True
            if match.id:
                b._linked(match, label)
                start = cand.start + cand.text.find(phrase)
                row = found.setdefault((label, match.id), {
                    "mention": phrase, "span_start": start, "span_end": start + len(phrase),
                    "mentions": 0, "rule": match.rule})
                row["mentions"] += 1
                return True
    return False


def compare_navigation(page: Page, resolver: Resolver, members: set[str] | None,
                       field_operations: list[dict[str, Any]] | None) -> list[str]:
    """How the page's lists of participating States and field operations differ from the graph
    (MEMBER_OF org.osce as participating_state; field_operation organisations under org.osce
    that OPERATE_IN a country). Lines for a reviewer; nothing is written."""
    out: list[str] = []
    states = page.nav.get("Participating States", [])
    if states and members is not None:
        listed: dict[str, str] = {}
        for item in states:
            name = re.split(r"\s+[–-]\s+", item.text)[0]
            if "Partners" in name:
                continue
            match = resolver.resolve(name, "Country")
            if match.id:
                listed[match.id] = name
            else:
                out.append(f"participating State {name!r} on the page matches no country "
                           f"({match.status})")
        out += [f"{listed[c]} ({c}) is a participating State on the page, not in the graph"
                for c in sorted(set(listed) - members)]
        out += [f"{c} is a participating State in the graph, not on the page"
                for c in sorted(members - set(listed))]
    ops = page.nav.get("Field operations", [])
    if ops and field_operations is not None:
        in_graph = {c for op in field_operations for c in op["countries"]}
        on_page: dict[str, str] = {}
        for item in ops:
            op = _FIELD_OP.match(item.text)
            if not op:
                continue
            place = op.group(2)
            country = resolver.resolve(place, "Country").id or resolver.country_of_city(place)
            if country:
                on_page[country] = item.text
            else:
                out.append(f"field operation {item.text!r}: {place!r} matches no country")
        out += [f"field operation {on_page[c]!r} ({c}) is on the page, not in the graph"
                for c in sorted(set(on_page) - in_graph)]
        out += [f"a field operation in {c} is in the graph, not on the page"
                for c in sorted(in_graph - set(on_page))]
    return out


def read_page(path: Path) -> Page:
    """Read and parse one file; InvalidData naming the file if it cannot be read."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise unreadable(str(path), exc.strerror or str(exc), "a readable file") from None
    return parse_page(decode(raw, str(path)), str(path))


def ingest_pages(store: Any, paths: list[Path]) -> tuple[list[PageReport], list[InvalidData]]:
    """Ingest each page in turn; a page that cannot be read is reported, the others go on."""
    from graph.loader import load_dataset

    reports, errors = [], []
    for path in paths:
        try:
            page = read_page(path)
        except InvalidData as exc:
            errors.append(exc)
            continue
        resolver = Resolver.over(known_entities(store))
        osce = resolver.resolve("OSCE").id
        members = fops = None
        if osce and page.nav:
            members = {r["iso3"] for r in store.read("members_of", organisation=osce,
                                                     role="participating_state")}
            fops = store.read("field_operations_of", parent=osce)
        dataset, report = page_dataset(page, resolver, members=members, field_operations=fops)
        load_dataset(store, dataset, what=f"page {path.name}")
        reports.append(report)
    return reports, errors
