"""What each CSV file of a data folder holds: its columns, their types, and what they refer to.

The folder format is documented in `docs/data-format.md`; a test keeps the two in step.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from graph import model as m
from graph.model import NodeLabel, RelType
from graph.vocabulary import (
    ImplementationRole,
    MandateRole,
    MembershipRole,
    ParticipationRole,
    PartnershipKind,
    PresenceKind,
    TreatyAction,
)


# Column kinds: text, list, date (kept as written), start/end (interval bounds), number, int,
# bool, enum, ref (an id of one of `refs` labels), country (an ISO3 id present in the folder).
@dataclass(frozen=True)
class Column:
    name: str
    kind: str = "text"
    required: bool = False
    enum: type[StrEnum] | None = None
    refs: tuple[NodeLabel, ...] = ()


@dataclass(frozen=True)
class EdgeFrom:
    """An entity column that also becomes a relationship (e.g. `parent` → PART_OF)."""

    column: str
    type: RelType
    reverse: bool = False  # True: the referenced record is the start of the edge
    props: tuple[tuple[str, str], ...] = ()  # fixed properties of every such edge (e.g. role)


@dataclass(frozen=True)
class Table:
    kind: str
    columns: tuple[Column, ...]
    entity: type[m.Record] | None = None
    rel: RelType | None = None
    start: str | None = None  # relationship tables: the column naming the start node
    end: str | None = None
    discriminators: tuple[str, ...] = ()
    props: tuple[str, ...] = ()  # relationship tables: columns kept on the edge
    edges: tuple[EdgeFrom, ...] = field(default_factory=tuple)
    sourced: bool = True

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]


ORG, COUNTRY, PROG = NodeLabel.ORGANISATION, NodeLabel.COUNTRY, NodeLabel.PROGRAMME
_TRAILER = (
    Column("sources", "list"),
    Column("checked", "enum", enum=m.Checked),
    Column("note"),
)
_DATES = (Column("start", "start"), Column("end", "end"))


def _entity(kind: str, entity: type[m.Record], *cols: Column, edges: tuple[EdgeFrom, ...] = (),
            sourced: bool = True) -> Table:
    # A source is where facts come from: it has a note, but no sources of its own.
    trailer = _TRAILER if kind != "sources" else (Column("note"),)
    return Table(kind, (Column("id", "id", True), *cols, *trailer), entity=entity,
                 edges=edges, sourced=sourced)


def _relation(kind: str, rel: RelType, start: Column, end: Column, *cols: Column,
              discriminators: tuple[str, ...] = ()) -> Table:
    return Table(kind, (start, end, *cols, *_DATES, *_TRAILER), rel=rel, start=start.name,
                 end=end.name, discriminators=discriminators,
                 props=tuple(c.name for c in cols))


TABLES: dict[str, Table] = {t.kind: t for t in (
    _entity("sources", m.Source, Column("title", required=True),
            Column("publisher", required=True), Column("url", "url", True), Column("date", "date"),
            Column("accessed", "date"), Column("kind", "enum", enum=m.SourceKind),
            sourced=False),
    _entity("organisations", m.Organisation, Column("name", required=True), Column("acronym"),
            Column("aliases", "list"), Column("type", "enum", True, m.OrgType),
            Column("scope", "enum", True, m.Scope), Column("hq_country", "country"),
            Column("parent", "ref", refs=(ORG,)), Column("iati_id"), Column("wikidata"),
            Column("url", "url"), Column("founded", "date"), Column("description"),
            edges=(EdgeFrom("parent", RelType.PART_OF),
                   EdgeFrom("hq_country", RelType.HEADQUARTERED_IN))),
    _entity("countries", m.Country, Column("iso2"), Column("name", required=True),
            Column("region"), Column("subregion")),
    _entity("themes", m.Theme, Column("name", required=True), Column("pillar", "bool"),
            Column("parent", "ref", refs=(NodeLabel.THEME,)), Column("description"),
            edges=(EdgeFrom("parent", RelType.SUBTHEME_OF),), sourced=False),
    _entity("mandates", m.Mandate, Column("name", required=True), Column("short_name"),
            Column("kind", "enum", True, m.MandateKind), Column("reference"),
            Column("adopted", "date"), Column("in_force", "date"),
            Column("issuing_body", "ref", refs=(ORG,)),
            Column("themes", "list", refs=(NodeLabel.THEME,)), Column("url", "url"),
            Column("description"),
            edges=(EdgeFrom("issuing_body", RelType.ISSUED_BY),
                   EdgeFrom("themes", RelType.COVERS))),
    _entity("programmes", m.Programme, Column("title", required=True),
            Column("kind", "enum", enum=m.ProgrammeKind), Column("description"),
            Column("status", "enum", enum=m.ProgrammeStatus), *_DATES,
            Column("budget", "number"), Column("currency", "currency"),
            Column("countries", "list", refs=(COUNTRY,)),
            Column("themes", "list", refs=(NodeLabel.THEME,)),
            Column("implementers", "list", refs=(ORG,)), Column("partners", "list", refs=(ORG,)),
            Column("funders", "list", refs=(ORG,)), Column("iati_id"),
            edges=(EdgeFrom("countries", RelType.TARGETS), EdgeFrom("themes", RelType.ADDRESSES),
                   EdgeFrom("implementers", RelType.IMPLEMENTS, reverse=True,
                            props=(("role", "lead"),)),
                   EdgeFrom("partners", RelType.IMPLEMENTS, reverse=True,
                            props=(("role", "partner"),)),
                   EdgeFrom("funders", RelType.FUNDS, reverse=True))),
    _entity("people", m.Person, Column("name", required=True), Column("aliases", "list"),
            Column("description")),
    _entity("events", m.Event, Column("name", required=True),
            Column("kind", "enum", enum=m.EventKind), *_DATES, Column("place"),
            Column("country", "country"), Column("organiser", "ref", refs=(ORG,)),
            Column("description"),
            edges=(EdgeFrom("country", RelType.HELD_IN),
                   EdgeFrom("organiser", RelType.ORGANISED_BY))),
    _entity("documents", m.Document, Column("title", required=True), Column("publisher"),
            Column("date", "date"), Column("url", "url"), Column("kind")),
    _relation("memberships", RelType.MEMBER_OF,
              Column("member", "ref", True, refs=(COUNTRY, ORG)),
              Column("organisation", "ref", True, refs=(ORG,)),
              Column("role", "enum", True, MembershipRole), discriminators=("role", "start")),
    _relation("partnerships", RelType.PARTNER_OF, Column("organisation", "ref", True, refs=(ORG,)),
              Column("partner", "ref", True, refs=(ORG,)),
              Column("kind", "enum", True, PartnershipKind), discriminators=("kind", "start")),
    _relation("fundings", RelType.FUNDS, Column("funder", "ref", True, refs=(ORG,)),
              Column("programme", "ref", True, refs=(PROG,)), Column("amount", "number"),
              Column("currency", "currency"), discriminators=("start",)),
    _relation("implementations", RelType.IMPLEMENTS,
              Column("organisation", "ref", True, refs=(ORG,)),
              Column("programme", "ref", True, refs=(PROG,)),
              Column("role", "enum", True, ImplementationRole), discriminators=("role",)),
    _relation("mandates_held", RelType.HOLDS_MANDATE,
              Column("organisation", "ref", True, refs=(ORG,)),
              Column("mandate", "ref", True, refs=(NodeLabel.MANDATE,)),
              Column("role", "enum", True, MandateRole), discriminators=("role",)),
    _relation("ratifications", RelType.PARTY_TO, Column("country", "country", True),
              Column("mandate", "ref", True, refs=(NodeLabel.MANDATE,)),
              Column("action", "enum", enum=TreatyAction), Column("signed", "date")),
    _relation("roles", RelType.HOLDS_ROLE, Column("person", "ref", True, refs=(NodeLabel.PERSON,)),
              Column("organisation", "ref", True, refs=(ORG,)), Column("title", required=True),
              discriminators=("title", "start")),
    _relation("presences", RelType.OPERATES_IN, Column("organisation", "ref", True, refs=(ORG,)),
              Column("country", "country", True), Column("kind", "enum", True, PresenceKind),
              discriminators=("kind",)),
    _relation("participations", RelType.PARTICIPATED_IN,
              Column("participant", "ref", True, refs=(ORG, NodeLabel.PERSON)),
              Column("event", "ref", True, refs=(NodeLabel.EVENT,)),
              Column("role", "enum", True, ParticipationRole), discriminators=("role",)),
    Table("indicators", (Column("country", "country", True), Column("indicator", "slug", True),
                         Column("year", "int", True), Column("value", required=True),
                         Column("score", "number"), *_TRAILER), entity=m.Indicator),
    Table("resolutions", (Column("raw_name", required=True),
                          Column("organisation", "ref", True, refs=(ORG,)),
                          Column("context", required=True), Column("decided_by", required=True),
                          Column("decided_on", "date"), *_TRAILER),
          entity=m.NameResolution, sourced=False),
)}
