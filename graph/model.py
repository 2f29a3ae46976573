"""The domain model: records, their kinds, and the labels and relationship types they become.

This module knows nothing of Neo4j or of files. Labels and relationship types are enums so
that only names on this allow-list can ever be spliced into Cypher (see `cypher.py`). Each
field is declared once, with markers (`schema.py`) saying what it refers to, which edge it
becomes and how it is checked. Relationships that mean something are records too
(`relations.py`), and every edge (`Relation`) is dated, sourced, typed, and has a
deterministic id derived from its natural key, so that loading the same data twice is
harmless (the habit of followthemoney's `Membership` and `ProjectParticipant`).
"""

from __future__ import annotations

import hashlib
from typing import Annotated, Any, ClassVar

from pydantic import BaseModel, ConfigDict, Field, SerializeAsAny, model_validator

from graph.schema import (
    CountryCode,
    Currency,
    Date,
    Derived,
    Id,
    Interval,
    Marked,
    Number,
    Precision,
    Ref,
    Slug,
    Url,
    WholeNumber,
    YesNo,
    edge,
)
from graph.vocabulary import (  # NodeLabel and RelType are imported from here too
    Checked,
    EventKind,
    MandateKind,
    NodeLabel,
    OrgType,
    ProgrammeKind,
    ProgrammeStatus,
    RelType,
    Scope,
    SourceKind,
)

# --- records -------------------------------------------------------------------------------


ORG, COUNTRY, THEME = NodeLabel.ORGANISATION, NodeLabel.COUNTRY, NodeLabel.THEME


class Record(Marked):
    """Fields every record shares: where it comes from and how it was checked."""

    label: ClassVar[NodeLabel]
    sourced: ClassVar[bool] = True

    id: Annotated[str, Id()]
    sources: Annotated[list[str], Ref(NodeLabel.SOURCE)] = Field(default_factory=list)
    checked: Checked | None = None
    note: str | None = None

    def properties(self) -> dict[str, Any]:
        """Properties stored on the node: scalars and lists only, None left out."""
        return {k: v for k, v in self.model_dump().items() if v is not None and v != []}


class Source(Record):
    label = NodeLabel.SOURCE
    sourced = False
    # A source is where facts come from: it has a note, but no sources of its own.
    sources: Annotated[list[str], Derived()] = Field(default_factory=list)
    checked: Annotated[Checked | None, Derived()] = None
    title: str
    publisher: str
    url: Annotated[str, Url()]
    date: Annotated[str | None, Date()] = None
    accessed: Annotated[str | None, Date()] = None
    kind: SourceKind | None = None


class FileSource(Source):
    """A file an ingester read (`alliance ingest page|iati`): `url` names the file as given."""

    url: str


class Organisation(Record):
    label = NodeLabel.ORGANISATION
    name: str
    acronym: str | None = None
    aliases: list[str] = Field(default_factory=list)
    type: OrgType
    scope: Scope
    hq_country: Annotated[str | None, CountryCode(), edge(RelType.HEADQUARTERED_IN)] = None
    parent: Annotated[str | None, Ref(ORG), edge(RelType.PART_OF)] = None
    iati_id: str | None = None
    wikidata: str | None = None
    url: Annotated[str | None, Url()] = None
    founded: Annotated[str | None, Date()] = None
    description: str | None = None
    # "dataset", "document" or "iati": who created the node.
    origin: Annotated[str | None, Derived()] = None


class Country(Record):
    label = NodeLabel.COUNTRY
    iso2: str | None = None
    name: str
    region: str | None = None
    subregion: str | None = None


class Theme(Record):
    label = NodeLabel.THEME
    sourced = False
    name: str
    pillar: Annotated[bool, YesNo()] = False
    parent: Annotated[str | None, Ref(THEME), edge(RelType.SUBTHEME_OF)] = None
    description: str | None = None


class Mandate(Record):
    label = NodeLabel.MANDATE
    name: str
    short_name: str | None = None
    kind: MandateKind
    reference: str | None = None
    adopted: Annotated[str | None, Date()] = None
    in_force: Annotated[str | None, Date()] = None
    issuing_body: Annotated[str | None, Ref(ORG), edge(RelType.ISSUED_BY)] = None
    themes: Annotated[list[str], Ref(THEME), edge(RelType.COVERS)] = Field(default_factory=list)
    url: Annotated[str | None, Url()] = None
    description: str | None = None


class Programme(Record):
    label = NodeLabel.PROGRAMME
    title: str
    kind: ProgrammeKind | None = None
    description: str | None = None
    status: ProgrammeStatus = ProgrammeStatus.UNKNOWN
    start: Annotated[str | None, Interval("start")] = None
    end: Annotated[str | None, Interval("end")] = None
    start_precision: Annotated[Precision | None, Derived()] = None
    end_precision: Annotated[Precision | None, Derived()] = None
    budget: Annotated[float | None, Number()] = None
    currency: Annotated[str | None, Currency()] = None
    countries: Annotated[list[str], CountryCode(), edge(RelType.TARGETS)] = Field(
        default_factory=list)
    themes: Annotated[list[str], Ref(THEME), edge(RelType.ADDRESSES)] = Field(
        default_factory=list)
    implementers: Annotated[list[str], Ref(ORG), edge(RelType.IMPLEMENTS, role="lead")] = Field(
        default_factory=list)
    partners: Annotated[list[str], Ref(ORG), edge(RelType.IMPLEMENTS, role="partner")] = Field(
        default_factory=list)
    funders: Annotated[list[str], Ref(ORG), edge(RelType.FUNDS)] = Field(default_factory=list)
    iati_id: str | None = None
    # Kept from IATI activity files (alliance ingest iati); lists of "vocabulary:code" strings.
    reporting_org: Annotated[str | None, Derived()] = None
    reporting_org_ref: Annotated[str | None, Derived()] = None
    # "type:YYYY-MM-DD", e.g. "start-actual:…"
    dates: Annotated[list[str], Derived()] = Field(default_factory=list)
    # "type:start/end:value CUR"
    budgets: Annotated[list[str], Derived()] = Field(default_factory=list)
    # as written (ISO2)
    recipient_countries: Annotated[list[str], Derived()] = Field(default_factory=list)
    regions: Annotated[list[str], Derived()] = Field(default_factory=list)
    sectors: Annotated[list[str], Derived()] = Field(default_factory=list)
    tags: Annotated[list[str], Derived()] = Field(default_factory=list)
    # "vocabulary:code:significance"
    policy_markers: Annotated[list[str], Derived()] = Field(default_factory=list)
    origin: Annotated[str | None, Derived()] = None  # "dataset" or "iati": who created the node


class Person(Record):
    label = NodeLabel.PERSON
    name: str
    aliases: list[str] = Field(default_factory=list)
    description: str | None = None


class Event(Record):
    label = NodeLabel.EVENT
    name: str
    kind: EventKind = EventKind.OTHER
    start: Annotated[str | None, Interval("start")] = None
    end: Annotated[str | None, Interval("end")] = None
    start_precision: Annotated[Precision | None, Derived()] = None
    end_precision: Annotated[Precision | None, Derived()] = None
    place: str | None = None
    country: Annotated[str | None, CountryCode(), edge(RelType.HELD_IN)] = None
    organiser: Annotated[str | None, Ref(ORG), edge(RelType.ORGANISED_BY)] = None
    description: str | None = None


class Document(Record):
    label = NodeLabel.DOCUMENT
    title: str
    publisher: str | None = None
    date: Annotated[str | None, Date()] = None
    url: Annotated[str | None, Url()] = None
    kind: str | None = None
    # Kept by alliance ingest page: where the page was read, and what it states.
    file: Annotated[str | None, Derived()] = None
    place: Annotated[str | None, Derived()] = None
    paragraphs: Annotated[int | None, Derived()] = None
    # paragraphs dropped because they repeat an earlier one
    repeated: Annotated[int | None, Derived()] = None
    # "figure — what — estimated by"
    figures: Annotated[list[str], Derived()] = Field(default_factory=list)


class Indicator(Record):
    """A country's value of a need indicator in a year; its id is derived from those three."""

    label = NodeLabel.INDICATOR
    id: Annotated[str, Id(), Derived()] = ""
    country: Annotated[str, CountryCode(), edge(RelType.HAS_INDICATOR, reverse=True)]
    indicator: Annotated[str, Slug()]
    year: Annotated[int, WholeNumber()]
    value: str
    score: Annotated[float | None, Number()] = None

    @model_validator(mode="after")
    def _natural_id(self) -> Indicator:
        self.id = self.id or f"ind.{self.country.lower()}.{self.indicator}.{self.year}"
        return self


class NameResolution(Record):
    """An entity-resolution decision kept as data: this raw name is that organisation."""

    label = NodeLabel.NAME_RESOLUTION
    sourced = False
    id: Annotated[str, Id(), Derived()] = ""
    raw_name: str
    # The decision is the project's own, not a fact of its sources: the edge carries none.
    organisation: Annotated[str, Ref(ORG), edge(RelType.RESOLVES_TO, sourced=False)]
    context: str
    decided_by: str
    decided_on: Annotated[str | None, Date()] = None

    @model_validator(mode="after")
    def _natural_id(self) -> NameResolution:
        key = f"{self.raw_name}\x1f{self.context}\x1f{self.organisation}"
        self.id = self.id or "res." + hashlib.sha1(key.encode()).hexdigest()[:16]
        return self


ENTITY_TYPES: tuple[type[Record], ...] = (
    Source, Organisation, Country, Theme, Mandate, Programme, Person, Event, Document,
    Indicator, NameResolution,
)


class EdgeProps(Marked):
    """What a relationship states beyond its ends, dates and sources: typed per kind of edge
    (the relationship records of `relations.py`, or the few props of an ingester's edges)."""

    def edge_properties(self) -> dict[str, Any]:
        return {k: v for k, v in self.model_dump().items() if v is not None and v != []}


class Relation(BaseModel):
    """A relationship that means something: typed, dated, sourced, with a deterministic id."""

    model_config = ConfigDict(extra="forbid", use_enum_values=True)

    type: RelType
    start_label: NodeLabel
    start_id: str
    end_label: NodeLabel
    end_id: str
    start: str | None = None
    end: str | None = None
    props: SerializeAsAny[EdgeProps] = Field(default_factory=EdgeProps)
    sources: list[str] = Field(default_factory=list)
    checked: Checked | None = None
    note: str | None = None
    discriminator: str = ""

    @property
    def id(self) -> str:
        return relation_id(self.type, self.start_id, self.end_id, self.discriminator)

    def properties(self) -> dict[str, Any]:
        out = self.props.edge_properties()
        for key in ("start", "end", "note", "checked"):
            value = getattr(self, key)
            if value is not None:
                out[key] = value
        if self.sources:
            out["sources"] = list(self.sources)
        out["id"] = self.id
        return out


def relation_id(rel_type: str, start_id: str, end_id: str, discriminator: str = "") -> str:
    """A stable id from the relationship's natural key (kind, ends, what tells twins apart)."""
    key = "\x1f".join((str(rel_type), start_id, end_id, discriminator))
    return "rel." + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


class Dataset(BaseModel):
    """A validated set of records ready to load."""

    entities: list[Record] = Field(default_factory=list)
    relations: list[Relation] = Field(default_factory=list)

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for e in self.entities:
            out[e.label.value] = out.get(e.label.value, 0) + 1
        for r in self.relations:
            out[str(r.type)] = out.get(str(r.type), 0) + 1
        return dict(sorted(out.items()))
