"""The domain model: records, their kinds, and the labels and relationship types they become.

This module knows nothing of Neo4j or of files. Labels and relationship types are enums so
that only names on this allow-list can ever be spliced into Cypher (see `cypher.py`).
Relationships that mean something are records too (`Relation`): dated, sourced, and with a
deterministic id derived from their natural key, so that loading the same data twice is
harmless (the habit of followthemoney's `Membership` and `ProjectParticipant`).
"""

from __future__ import annotations

import hashlib
from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict, Field

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


class PartialDate(BaseModel):
    """A date known to the year, the month or the day.

    `lo` and `hi` are the first and last ISO days it may mean, so that intervals compare
    as plain strings: a programme that ends "2004" is still running on 2004-07-23.
    """

    model_config = ConfigDict(frozen=True)

    text: str
    lo: str
    hi: str
    precision: str


# --- records -------------------------------------------------------------------------------


class Record(BaseModel):
    """Fields every record shares: where it comes from and how it was checked."""

    model_config = ConfigDict(extra="forbid", use_enum_values=True)

    label: ClassVar[NodeLabel]
    sourced: ClassVar[bool] = True

    id: str
    sources: list[str] = Field(default_factory=list)
    checked: Checked | None = None
    note: str | None = None

    def properties(self) -> dict[str, Any]:
        """Properties stored on the node: scalars and lists only, None left out."""
        return {k: v for k, v in self.model_dump().items() if v is not None and v != []}


class Source(Record):
    label = NodeLabel.SOURCE
    sourced = False
    title: str
    publisher: str
    url: str
    date: str | None = None
    accessed: str | None = None
    kind: SourceKind | None = None


class Organisation(Record):
    label = NodeLabel.ORGANISATION
    name: str
    acronym: str | None = None
    aliases: list[str] = Field(default_factory=list)
    type: OrgType
    scope: Scope
    hq_country: str | None = None
    parent: str | None = None
    iati_id: str | None = None
    wikidata: str | None = None
    url: str | None = None
    founded: str | None = None
    description: str | None = None
    origin: str | None = None  # "dataset", "document" or "iati": who created the node


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
    pillar: bool = False
    parent: str | None = None
    description: str | None = None


class Mandate(Record):
    label = NodeLabel.MANDATE
    name: str
    short_name: str | None = None
    kind: MandateKind
    reference: str | None = None
    adopted: str | None = None
    in_force: str | None = None
    issuing_body: str | None = None
    themes: list[str] = Field(default_factory=list)
    url: str | None = None
    description: str | None = None


class Programme(Record):
    label = NodeLabel.PROGRAMME
    title: str
    kind: ProgrammeKind | None = None
    description: str | None = None
    status: ProgrammeStatus = ProgrammeStatus.UNKNOWN
    start: str | None = None
    end: str | None = None
    start_precision: str | None = None
    end_precision: str | None = None
    budget: float | None = None
    currency: str | None = None
    countries: list[str] = Field(default_factory=list)
    themes: list[str] = Field(default_factory=list)
    implementers: list[str] = Field(default_factory=list)
    partners: list[str] = Field(default_factory=list)
    funders: list[str] = Field(default_factory=list)
    iati_id: str | None = None
    # Kept from IATI activity files (alliance ingest iati); lists of "vocabulary:code" strings.
    reporting_org: str | None = None
    reporting_org_ref: str | None = None
    dates: list[str] = Field(default_factory=list)  # "type:YYYY-MM-DD", e.g. "start-actual:…"
    budgets: list[str] = Field(default_factory=list)  # "type:start/end:value CUR"
    recipient_countries: list[str] = Field(default_factory=list)  # as written (ISO2)
    regions: list[str] = Field(default_factory=list)
    sectors: list[str] = Field(default_factory=list)
    tags: list[str] = Field(default_factory=list)
    policy_markers: list[str] = Field(default_factory=list)  # "vocabulary:code:significance"
    origin: str | None = None  # "dataset" or "iati": who created the node


class Person(Record):
    label = NodeLabel.PERSON
    name: str
    aliases: list[str] = Field(default_factory=list)
    description: str | None = None


class Event(Record):
    label = NodeLabel.EVENT
    name: str
    kind: EventKind = EventKind.OTHER
    start: str | None = None
    end: str | None = None
    start_precision: str | None = None
    end_precision: str | None = None
    place: str | None = None
    country: str | None = None
    organiser: str | None = None
    description: str | None = None


class Document(Record):
    label = NodeLabel.DOCUMENT
    title: str
    publisher: str | None = None
    date: str | None = None
    url: str | None = None
    kind: str | None = None
    # Kept by alliance ingest page: where the page was read, and what it states.
    file: str | None = None
    place: str | None = None
    paragraphs: int | None = None
    repeated: int | None = None  # paragraphs dropped because they repeat an earlier one
    figures: list[str] = Field(default_factory=list)  # "figure — what — estimated by"


class Indicator(Record):
    label = NodeLabel.INDICATOR
    country: str
    indicator: str
    year: int
    value: str
    score: float | None = None


class NameResolution(Record):
    """An entity-resolution decision kept as data: this raw name is that organisation."""

    label = NodeLabel.NAME_RESOLUTION
    sourced = False
    raw_name: str
    organisation: str
    context: str
    decided_by: str
    decided_on: str | None = None


ENTITY_TYPES: tuple[type[Record], ...] = (
    Source, Organisation, Country, Theme, Mandate, Programme, Person, Event, Document,
    Indicator, NameResolution,
)


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
    props: dict[str, Any] = Field(default_factory=dict)
    sources: list[str] = Field(default_factory=list)
    checked: Checked | None = None
    note: str | None = None
    discriminator: str = ""

    @property
    def id(self) -> str:
        return relation_id(self.type, self.start_id, self.end_id, self.discriminator)

    def properties(self) -> dict[str, Any]:
        out = {k: v for k, v in self.props.items() if v is not None and v != []}
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
