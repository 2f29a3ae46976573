"""Turn a parsed page into records linked to what the graph already holds.

`page_dataset` is pure: given a `Page` and a `Resolver` over the graph's entities, it returns
the `Dataset` to write and a `PageReport` of what was found, linked, created or left
ambiguous. Names are found by the gazetteer (every name the graph knows, longest first) and,
for what the graph does not know, by shape: people by `page_people`, organisations by a
capitalised phrase whose head is a kind of body ("… Council", "Ministry of …", "the NGO …"),
the event or activity by `page_events`. A name several records share is reported, never
guessed, unless the page's countries settle it. Ids are hashes or slugs of what the page
says, and the resolver must not hold what this same page created before (`page_load` leaves
those out), so ingesting a page again yields the same records and changes nothing.
"""

from __future__ import annotations

from typing import Any

from graph import model as m
from graph.model import Dataset, NodeLabel, RelType
from ingest.gazetteer import Gazetteer, Hit
from ingest.org_shapes import org_shaped
from ingest.page import Page, Span
from ingest.page_activities import read_reported, themes_of
from ingest.page_events import reported
from ingest.page_mentions import PageRecords, PageReport, page_digest, slug
from ingest.page_navigation import compare_navigation
from ingest.page_people import Person
from ingest.page_roles import org_phrases
from ingest.resolve import Known, Match, Resolver
from ingest.tokens import normalise

INGESTED = m.Checked.INGESTED


def page_dataset(page: Page, resolver: Resolver, *, members: set[str] | None = None,
                 field_operations: list[dict[str, Any]] | None = None,
                 gazetteer: Gazetteer | None = None) -> tuple[Dataset, PageReport]:
    """The records a page yields, linked through `resolver`; see the module docstring."""
    b = _Builder(page, resolver, gazetteer or Gazetteer.over(resolver))
    b.build()
    b.report.navigation = compare_navigation(page, resolver, members, field_operations)
    return Dataset(entities=b.entities, relations=b.relations), b.report


class _Builder(PageRecords):
    """Builds the records of one page; see the module docstring."""

    def build(self) -> None:
        page = self.page
        lines = page.lines()
        hits = [h for line in lines for h in self.gaz.scan(line.text, line.start)]
        for line in lines:
            for hit in self.gaz.countries(line.text, line.start):
                self.countries.setdefault(hit.ids[0], Span(hit.text, hit.start, hit.end))
        self._people(hits)
        self._named(hits)
        self._shaped(lines)
        publisher = self._publisher()
        self._events_and_activities()
        self._figures()
        self._keywords()
        for iso3, span in self.countries.items():
            self.mention("Country", iso3, span)
            self.report.countries.append(f"{iso3} ({span.text!r})")
        doc = (NodeLabel.DOCUMENT, self.doc_id)
        for (label, target), props in self.mentions.items():
            self.relate(RelType.MENTIONS, doc, (NodeLabel(label), target), **props)
        url = page.url or f"urn:sha1:{page_digest(page)}"
        # A page without an address is known by its content (urn:sha1:…), not a web address.
        self.entities.append(m.FileSource(
            id=self.src_id, title=page.title, publisher=publisher, url=url, date=page.date,
            kind=m.SourceKind.PRESS_RELEASE if "press" in page.kind or page.kind == "news"
            else m.SourceKind.WEB_PAGE))
        self.entities.append(m.Document(
            id=self.doc_id, title=page.title, publisher=publisher, date=page.date, url=page.url,
            kind=page.kind, file=page.name.replace("\\", "/").rsplit("/", 1)[-1],
            place=page.place, paragraphs=len(page.paragraphs), repeated=page.repeated,
            figures=[f.split(" (by ")[0] for f in self.report.figures], **self.prov()))
        self.report.publisher = publisher

    def _people(self, hits: list[Hit]) -> None:
        known_people = [h for h in hits if h.label == "Person"]
        for person in self.page.people:
            span = person.name
            if any(h.label in ("Country", "Organisation", "Mandate") and h.start <= span.start
                   and span.end <= h.end for h in hits):
                continue  # a place or a body, not a person
            match = self.resolver.resolve(span.text, "Person")
            if match.status == "new" and person.alias:
                match = self.resolver.resolve(person.alias, "Person")
            self._person(person, match)
        seen = {s for s in self.people}
        for hit in known_people:
            if hit.start in seen or not self._free(hit.start, hit.end):
                continue
            self._person(Person(Span(hit.text, hit.start, hit.end), spans=[]),
                         Match(hit.text, "ambiguous" if hit.ambiguous else "linked",
                               hit.ids, hit.rule))

    def _person(self, person: Person, match: Match) -> None:
        span = person.name
        for other in person.spans or [span]:
            self.taken.append((other.start, other.end))
        if match.status == "ambiguous":
            self._ambiguous(span.text, match.ids)
            return
        if match.id:
            person_id = match.id
            self._linked(match, "Person")
        else:
            description = person.role or person.affiliation
            if person.place and description:
                description = f"{description} ({person.place})"
            record = m.Person(id=self.new_id(f"person.{slug(span.text)}"), name=span.text,
                              aliases=[person.alias] if person.alias else [],
                              description=description, **self.prov())
            self._created(record, "Person")
            person_id = record.id
        self.people[span.start] = person_id
        first = person.quotes[0] if person.quotes else None
        self.mention("Person", person_id, span, quote=first.text if first else None,
                     quotes=len(person.quotes))
        orgs: list[str] = []
        known = self.resolver.known.get(person_id)
        for role in person.roles or ([person.role] if person.role else []):
            org = self.organisation(org_phrases(role), create=True, holder=known)
            if org:
                orgs.append(org)
        for extra in filter(None, (person.extra, person.affiliation)):
            org = self.organisation(org_phrases(extra), create=True, holder=known)
            if org and org not in orgs:
                orgs.append(org)
        self.person_orgs[person_id] = orgs
        for org in orgs:
            self.relate(RelType.SPOKE_FOR, (NodeLabel.PERSON, person_id),
                        (NodeLabel.ORGANISATION, org), discriminator=self.doc_id,
                        role=person.role, document=self.doc_id, span_start=span.start,
                        span_end=span.end, quote=first.text if first else None,
                        quote_start=first.start if first else None,
                        quote_end=first.end if first else None)
            self.mention("Organisation", org, span, role="affiliation")
        self.report.speakers.append(
            f"{span.text} — {person.role or person.affiliation or 'role not stated'} — "
            f"{', '.join(orgs) or 'organisation not linked'} ({len(person.quotes)} quotes)")

    def organisation(self, phrases: list[str], *, create: bool,
                     holder: Known | None = None) -> str | None:
        """The id of the first phrase that links; else an organisation the holder has a role
        in whose name holds the phrase; else a new node for the first phrase shaped like an
        organisation's name (if `create`). An ambiguous phrase stops the search."""
        countries = set(self.countries)
        for phrase in phrases:
            match = self.resolver.resolve(phrase, countries=countries)
            if match.status == "ambiguous":
                self._ambiguous(phrase, match.ids)
                return None
            if match.id:
                unit = self._unit_held(holder, match.id)
                if unit:
                    self._linked(Match(phrase, "linked", (unit,),
                                       f"{match.rule}; the unit of it the graph says they "
                                       "work in"), "Organisation")
                    return unit
                self._linked(match, "Organisation")
                return match.id
        if holder is not None:
            for phrase in phrases[1:]:
                key = normalise(phrase)
                held = [o for o in holder.orgs if o in self.resolver.known
                        and key and key in normalise(self.resolver.known[o].name)]
                if len(held) == 1:
                    self._linked(Match(phrase, "linked", (held[0],), "a role the graph holds"),
                                 "Organisation")
                    return held[0]
        if not create:
            return None
        for phrase in phrases:
            name = org_shaped(phrase)
            if name:
                return self.new_organisation(name)
        return None

    def _unit_held(self, holder: Known | None, org: str) -> str | None:
        """'OSCE Secretary General' names the OSCE; the graph says its Secretariat."""
        if holder is None or org in holder.orgs:
            return None
        units = set()
        for held in holder.orgs:
            seen, parent = set(), self.resolver.known.get(held)
            while parent is not None and parent.id not in seen:
                seen.add(parent.id)
                if parent.parent == org:
                    units.add(held)
                parent = self.resolver.known.get(parent.parent or "")
        return units.pop() if len(units) == 1 else None

    def _publisher(self) -> str:
        page = self.page
        names = [n for n in (page.publisher, page.source, page.author) if n]
        header_orgs = [h.text for h in page.header if self.resolver.resolve(h.text).id]
        for name in [*names, *header_orgs]:
            match = self.resolver.resolve(name)
            if match.id:
                self._linked(match, "Organisation")
                at = page.text.find(name)
                self.mention("Organisation", match.id,
                             Span(name, max(at, 0), max(at, 0) + len(name)), role="publisher")
        return page.publisher or page.source or (header_orgs[0] if header_orgs else None) or (
            page.author or "unknown publisher")

    def _events_and_activities(self) -> None:
        found = reported(self.page)
        read_reported(self, found)

    def _figures(self) -> None:
        for fig in self.page.figures:
            estimator = (self.organisation([fig.estimated_by], create=True)
                         if fig.estimated_by else None)
            named = fig.estimated_by or estimator or "unattributed"
            self.report.figures.append(f"{fig.text} — {fig.what} — estimated by {named} "
                                       f"(by {named}; {fig.cue!r}; {estimator or 'not linked'})")
            if estimator:
                self.relate(RelType.MENTIONS, (NodeLabel.DOCUMENT, self.doc_id),
                            (NodeLabel.ORGANISATION, estimator),
                            discriminator=f"estimate:{fig.start}", role="estimator",
                            figure=fig.text, what=fig.what, low=fig.low, high=fig.high,
                            span_start=fig.start, span_end=fig.end, quote=fig.sentence)

    def _keywords(self) -> None:
        """Front-matter keywords that name a theme of the graph become mentions of it."""
        for word in self.page.keywords:
            theme = self.resolver.resolve(word, "Theme")
            themes = [theme.id] if theme.id else themes_of(word, self.resolver.known)
            for theme_id in themes[:1]:
                self.mention("Theme", theme_id, Span(word, 0, 0), role="keyword")
