"""The records a page yields as they are built, and the names found in its text.

`PageRecords` holds the state of one page's reading (records, mentions with their spans, the
spans already read as a name, the people and what they speak for) and finds the names of
organisations, mandates and events: those the gazetteer knows (`_named`; a name the graph has
for a body of one country, followed by another country, is that country's own body: "La
Strada" + "Ukraine"), and those shaped like a body's name (`_shaped`). `page_records` builds
on it.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import Any

from graph import model as m
from graph.model import NodeLabel, Relation, RelType
from graph.relations import IngestedEdge
from ingest.gazetteer import Gazetteer, Hit
from ingest.org_shapes import org_shaped, split_names
from ingest.page import Page, Span
from ingest.resolve import Known, Match, Resolver
from ingest.tokens import fold, normalise

INGESTED = m.Checked.INGESTED
# A capitalised phrase; a full stop inside a word ("UN.GIFT") but not at its end.
_WORD = r"[A-ZÀ-Ý](?:[\w&/’'-]|\.(?=\w))*"
_CANDIDATE = re.compile(rf"{_WORD}(?:\s+(?:(?:of|for|and|on|in|the|against|to|&|de|du|des)\s+)*"
                        rf"{_WORD})*")


@dataclass
class PageReport:
    file: str
    document: str = ""
    title: str = ""
    date: str | None = None
    place: str | None = None
    url: str | None = None
    publisher: str | None = None
    keywords: list[str] = field(default_factory=list)
    paragraphs: int = 0
    repeated: int = 0
    near_duplicates: list[str] = field(default_factory=list)
    speakers: list[str] = field(default_factory=list)
    events: list[str] = field(default_factory=list)
    activities: list[str] = field(default_factory=list)
    mandates: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    figures: list[str] = field(default_factory=list)
    linked: list[str] = field(default_factory=list)
    created: list[str] = field(default_factory=list)
    ambiguous: list[str] = field(default_factory=list)
    unresolved: list[str] = field(default_factory=list)
    navigation: list[str] = field(default_factory=list)


def slug(text: str) -> str:
    """A lowercase id part; a name in another script keeps a hash instead of losing itself.

    >>> slug("Ștefan Munteanu"), slug("Олена Коваленко")
    ('stefan-munteanu', 'x-0b98026b')
    """
    ascii_only = re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")[:60]
    letters = sum(c.isalpha() for c in text)
    if not ascii_only or len(re.sub(r"[^a-z]", "", ascii_only)) < letters / 2:
        return "x-" + hashlib.sha1(text.encode()).hexdigest()[:8]
    return ascii_only


def page_digest(page: Page) -> str:
    """The page's identity: its title and article, spelling of spaces and case aside."""
    key = fold(page.title) + "\x1f" + " ".join(fold(page.article).split())
    return hashlib.sha1(key.encode()).hexdigest()


class PageRecords:
    """The records of one page so far, and the names found in it."""

    def __init__(self, page: Page, resolver: Resolver, gazetteer: Gazetteer):
        self.page, self.resolver, self.gaz = page, resolver, gazetteer
        self.report = PageReport(file=page.name, title=page.title, date=page.date,
                                 place=page.place, url=page.url, keywords=page.keywords,
                                 paragraphs=len(page.paragraphs), repeated=page.repeated,
                                 near_duplicates=page.near_duplicates)
        digest = page_digest(page)
        self.digest = digest[:12]
        self.doc_id, self.src_id = f"doc.page-{self.digest}", f"src.page-{self.digest}"
        self.report.document = self.doc_id
        self.entities: list[m.Record] = []
        self.relations: list[Relation] = []
        self.mentions: dict[tuple[str, str], dict[str, Any]] = {}
        self.spans: dict[tuple[str, str], list[tuple[int, int]]] = {}
        self.countries: dict[str, Span] = {}
        self.taken: list[tuple[int, int]] = []  # spans already read as a name
        self.people: dict[int, str] = {}  # name start → person id
        self.person_orgs: dict[str, list[str]] = {}
        self.created_names: dict[str, str] = {}

    # --- provenance and writing -------------------------------------------------------------

    def prov(self) -> dict[str, Any]:
        return {"sources": [self.src_id], "checked": INGESTED}

    def relate(self, rel: RelType, a: tuple[NodeLabel, str], b: tuple[NodeLabel, str],
               discriminator: str = "", **props: Any) -> None:
        self.relations.append(Relation(type=rel, start_label=a[0], start_id=a[1],
                                       end_label=b[0], end_id=b[1],
                                       props=IngestedEdge(**props),
                                       discriminator=discriminator, **self.prov()))

    def mention(self, label: str, target: str, span: Span, **props: Any) -> None:
        row = self.mentions.setdefault((label, target), {
            "mention": span.text, "span_start": span.start, "span_end": span.end,
            "mentions": 0, **props})
        row["mentions"] += 1
        self.spans.setdefault((label, target), []).append((span.start, span.end))

    def mentioned_in(self, label: str, start: int, end: int) -> list[str]:
        """What `label` the page mentions between `start` and `end`, in order."""
        found = sorted((s, target) for (lab, target), spans in self.spans.items()
                       if lab == label for s, _ in spans if start <= s < end)
        return list(dict.fromkeys(t for _, t in found))

    def _linked(self, match: Match, label: str) -> None:
        line = f"{label} {match.mention!r} → {match.ids[0]} ({match.rule})"
        if line not in self.report.linked:
            self.report.linked.append(line)

    def _ambiguous(self, mention: str, ids: tuple[str, ...]) -> None:
        line = f"{mention!r} could be any of {', '.join(ids)} (not linked)"
        if line not in self.report.ambiguous:
            self.report.ambiguous.append(line)

    def _created(self, record: m.Record, label: str) -> None:
        self.entities.append(record)
        name = str(getattr(record, "name", None) or getattr(record, "title", record.id))
        self.resolver.add(Known(id=record.id, label=label, name=name))
        self.report.created.append(f"{label} {record.id} ({name})")

    def _free(self, start: int, end: int) -> bool:
        return not any(s < end and start < e for s, e in self.taken)

    # --- the steps ------------------------------------------------------------------------------

    def new_id(self, wanted: str) -> str:
        """`wanted`, unless a record of the graph has it: a new record never overwrites one
        that the resolver did not match (the same slug, another name)."""
        if wanted in self.resolver.known:
            return f"{wanted}-{self.digest[:6]}"
        return wanted

    def new_organisation(self, name: str) -> str:
        key = normalise(name)
        if key in self.created_names:
            return self.created_names[key]
        org = m.Organisation(
            id=self.new_id(f"org.doc-{slug(name)}"), name=name, type=m.OrgType.OTHER,
            scope=m.Scope.GLOBAL, origin="document", **self.prov(),
            note=f"Created by alliance ingest page from {self.doc_id}; type and scope are "
                 "not stated there and need review.")
        self._created(org, "Organisation")
        self.created_names[key] = org.id
        return org.id

    def _named(self, hits: list[Hit]) -> None:
        """Organisations, mandates and events the gazetteer found; names inside a mandate's
        or an event's name count too ("Council of Europe Convention …")."""
        for hit in hits:
            if hit.label == "Person" or not self._free(hit.start, hit.end):
                continue
            if hit.label == "Organisation":
                self._org_hit(hit)
            elif hit.label in ("Mandate", "Event"):
                if hit.ambiguous:
                    self._ambiguous(hit.text, hit.ids)
                    continue
                self.taken.append((hit.start, hit.end))
                self.mention(hit.label, hit.ids[0], Span(hit.text, hit.start, hit.end))
                self._linked(Match(hit.text, "linked", hit.ids, hit.rule), hit.label)
                line = f"{hit.ids[0]} ({hit.text!r})"
                (self.report.mandates if hit.label == "Mandate" else self.report.events
                 ).append(line)
                inner = self.gaz.scan(self.page.text[hit.start:hit.end], hit.start,
                                      ("Organisation",))
                for org in inner:
                    if org.words < hit.words:
                        self._org_hit(org, taken=False)

    def _org_hit(self, hit: Hit, taken: bool = True) -> None:
        text = self.page.text
        span = Span(hit.text, hit.start, hit.end)
        after = text[hit.end:hit.end + 60]
        country_after = re.match(r"^(\s+(?:of|in)\s+(?:the\s+)?|\s+)(\S.*)$", after, re.S)
        stripped = hit.ambiguous or hit.rule.startswith("name without")
        if country_after:
            gap = country_after.group(1)
            place = self.gaz.countries(country_after.group(2), hit.end + len(gap))
            place_hit = place[0] if place and place[0].start == hit.end + len(gap) else None
            if place_hit and place_hit.rule != "capital or seat" and (
                    stripped or not gap.strip()):
                whole = Span(text[hit.start:place_hit.end], hit.start, place_hit.end)
                match = self.resolver.resolve(whole.text)
                known_country = {self.resolver.known[i].country for i in hit.ids
                                 if i in self.resolver.known}
                if match.id:
                    self._link_org(match, whole, taken)
                    return
                if known_country != {place_hit.ids[0]} and org_shaped(whole.text, branch=True):
                    if taken:
                        self.taken.append((whole.start, whole.end))
                    org = self.new_organisation(whole.text)
                    self.mention("Organisation", org, whole)
                    return
        if hit.ambiguous:
            match = self.resolver.resolve(hit.text, countries=set(self.countries))
            if match.id:
                self._link_org(match, span, taken)
            else:
                self._ambiguous(hit.text, hit.ids)
                if taken:
                    self.taken.append((hit.start, hit.end))
            return
        self._link_org(Match(hit.text, "linked", hit.ids, hit.rule), span, taken)

    def _link_org(self, match: Match, span: Span, taken: bool) -> None:
        if taken:
            self.taken.append((span.start, span.end))
        assert match.id
        self._linked(match, "Organisation")
        self.mention("Organisation", match.id, span)

    def _shaped(self, lines: list[Span]) -> None:
        """Capitalised phrases the gazetteer did not know that read as a body's name."""
        for line in lines:
            for cand in _CANDIDATE.finditer(line.text):
                start, text = line.start + cand.start(), cand.group(0)
                lead = re.match(r"^(?:The|A|An|Another|It|In|So|Yet|Its|Their|Our)\s+", text)
                if lead:
                    start, text = start + lead.end(), text[lead.end():]
                for piece in self._free_pieces(Span(text, start, start + len(text))):
                    for part in split_names(piece):
                        self._shaped_name(part)

    def _shaped_name(self, piece: Span) -> None:
        name = org_shaped(piece.text)
        if not name or self.resolver.resolve(name, "Country").id:
            return  # "the Russian Federation" is a country
        at = piece.start + piece.text.find(name)
        span = Span(name, at, at + len(name))
        match = self.resolver.resolve(name, countries=set(self.countries))
        self.taken.append((span.start, span.end))
        if match.status == "ambiguous":
            self._ambiguous(name, match.ids)
        elif match.id:
            self._link_org(match, span, taken=False)
        else:
            self.mention("Organisation", self.new_organisation(name), span)

    def _free_pieces(self, span: Span) -> list[Span]:
        """The parts of a phrase that no name already read covers, split at them."""
        pieces, at = [], span.start
        for s, e in sorted(self.taken):
            if e <= at or s >= span.end:
                continue
            if s > at:
                pieces.append((at, s))
            at = max(at, e)
        if at < span.end:
            pieces.append((at, span.end))
        out = []
        for s, e in pieces:
            text = self.page.text[s:e]
            trimmed = re.sub(r"^[\s'’s]*(?:(?:of|for|and|on|in|the|to|against)\s+)*", "", text)
            trimmed = re.sub(r"(?:\s+(?:of|for|and|on|in|the|to|against|&))*[\s,.'’]*$", "",
                             trimmed)
            if trimmed:
                s2 = s + text.find(trimmed)
                out.append(Span(trimmed, s2, s2 + len(trimmed)))
        return out

    def orgs_in(self, span: Span) -> list[str]:
        """Organisations named in a span of the page, in order; a possessor ("the U.S.
        Department of State's Office …") gives way to what it possesses."""
        out: list[str] = []
        hits = [h for h in self.gaz.scan(span.text, span.start, ("Organisation", "Person"))]
        for i, hit in enumerate(hits):
            if hit.label == "Person":
                out += [o for o in self.person_orgs.get(self.people.get(hit.start, ""), [])]
                continue
            after = self.page.text[hit.end:hit.end + 3]
            if re.match(r"^['’]s\s", after) and i + 1 < len(hits) and hits[i + 1].label == (
                    "Organisation"):
                continue
            ids = self.mentioned_in("Organisation", hit.start, hit.end)
            org = ids[0] if ids else (
                hit.ids[0] if not hit.ambiguous else self.resolver.resolve(
                    hit.text, countries=set(self.countries)).id)
            if org and org not in out:
                out.append(org)
        for org in self.mentioned_in("Organisation", span.start, span.end):
            if org not in out and org.startswith("org.doc-"):
                out.append(org)
        for start, person in self.people.items():
            if span.start <= start < span.end:
                out += [o for o in self.person_orgs.get(person, []) if o not in out]
        return out

    def countries_in(self, spans: list[Span]) -> list[str]:
        out = []
        for span in spans:
            for hit in self.gaz.countries(span.text, span.start):
                if hit.rule != "capital or seat" and hit.ids[0] not in out:
                    out.append(hit.ids[0])
        return out
