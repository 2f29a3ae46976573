"""Relationships that are records: who is a member, a partner, a funder or an implementer of
what, in which role, from when to when, on whose word.

Each record names its two ends (`ends`: the edge runs from the first to the second), the
fields that tell two relationships between the same ends apart (`key`, part of the
relationship's id) and its own fields, which the edge keeps as properties. The entity fields
marked `Edge` (`Programme.implementers` …) become these same records (`entity_relations`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any, ClassVar

from pydantic import ConfigDict, Field

from graph.model import Checked, EdgeProps, NodeLabel, Record, Relation, RelType
from graph.schema import (
    CountryCode,
    Currency,
    Date,
    Derived,
    Edge,
    Interval,
    Number,
    Precision,
    Ref,
    bound_text,
    marked,
    marker,
)
from graph.vocabulary import (
    ImplementationRole,
    MandateRole,
    MembershipRole,
    ParticipationRole,
    PartnershipKind,
    PresenceKind,
    TreatyAction,
)

ORG, PROG = NodeLabel.ORGANISATION, NodeLabel.PROGRAMME
_FRAME = ("start", "end", "start_precision", "end_precision", "sources", "checked", "note")


class Link(EdgeProps):
    """A relationship stated as a record: dated, sourced, between the records its ends name."""

    type: ClassVar[RelType]
    ends: ClassVar[tuple[str, str]]
    key: ClassVar[tuple[str, ...]] = ()
    sourced: ClassVar[bool] = True

    start: Annotated[str | None, Interval("start")] = None
    end: Annotated[str | None, Interval("end")] = None
    start_precision: Annotated[Precision | None, Derived()] = None
    end_precision: Annotated[Precision | None, Derived()] = None
    sources: Annotated[list[str], Ref(NodeLabel.SOURCE)] = Field(default_factory=list)
    checked: Checked | None = None
    note: str | None = None

    def edge_properties(self) -> dict[str, Any]:
        """The record's own fields and the precision of its dates; ends and sources are the
        edge's own."""
        skip = {*self.ends, *_FRAME} - {"start_precision", "end_precision"}
        return {k: v for k, v in self.model_dump().items()
                if k not in skip and v is not None and v != []}

    def discriminator(self) -> str:
        """The `key` fields as written, joined: what tells this relationship from its twins."""
        parts = []
        for name in self.key:
            value = getattr(self, name)
            if name in ("start", "end"):
                value = bound_text(value, getattr(self, f"{name}_precision"))
            parts.append("" if value is None else str(value))
        return "|".join(parts)

    def relation(self, start_label: NodeLabel, end_label: NodeLabel, *,
                 discriminator: str | None = None) -> Relation:
        """The edge: from the record the first end names to the one the second names."""
        return Relation(
            type=self.type, start_label=start_label, start_id=getattr(self, self.ends[0]),
            end_label=end_label, end_id=getattr(self, self.ends[1]), start=self.start,
            end=self.end, props=self, sources=self.sources, checked=self.checked, note=self.note,
            discriminator=self.discriminator() if discriminator is None else discriminator)


class Membership(Link):
    type = RelType.MEMBER_OF
    ends = ("member", "organisation")
    key = ("role", "start")
    member: Annotated[str, Ref(NodeLabel.COUNTRY, ORG)]
    organisation: Annotated[str, Ref(ORG)]
    role: MembershipRole


class Partnership(Link):
    """Read as undirected: the order of the two organisations says nothing."""

    type = RelType.PARTNER_OF
    ends = ("organisation", "partner")
    key = ("kind", "start")
    organisation: Annotated[str, Ref(ORG)]
    partner: Annotated[str, Ref(ORG)]
    kind: PartnershipKind


class Funding(Link):
    type = RelType.FUNDS
    ends = ("funder", "programme")
    key = ("start",)
    funder: Annotated[str, Ref(ORG)]
    programme: Annotated[str, Ref(PROG)]
    amount: Annotated[float | None, Number()] = None
    currency: Annotated[str | None, Currency()] = None
    iati_role: Annotated[str | None, Derived()] = None  # the IATI participating-org role


class Implementation(Link):
    type = RelType.IMPLEMENTS
    ends = ("organisation", "programme")
    key = ("role",)
    organisation: Annotated[str, Ref(ORG)]
    programme: Annotated[str, Ref(PROG)]
    role: ImplementationRole


class MandateHeld(Link):
    type = RelType.HOLDS_MANDATE
    ends = ("organisation", "mandate")
    key = ("role",)
    organisation: Annotated[str, Ref(ORG)]
    mandate: Annotated[str, Ref(NodeLabel.MANDATE)]
    role: MandateRole


class Ratification(Link):
    """A country party to a treaty; `start` is the date of the action."""

    type = RelType.PARTY_TO
    ends = ("country", "mandate")
    country: Annotated[str, CountryCode()]
    mandate: Annotated[str, Ref(NodeLabel.MANDATE)]
    action: TreatyAction | None = None
    signed: Annotated[str | None, Date()] = None


class RoleHeld(Link):
    type = RelType.HOLDS_ROLE
    ends = ("person", "organisation")
    key = ("title", "start")
    person: Annotated[str, Ref(NodeLabel.PERSON)]
    organisation: Annotated[str, Ref(ORG)]
    title: str


class Presence(Link):
    type = RelType.OPERATES_IN
    ends = ("organisation", "country")
    key = ("kind",)
    organisation: Annotated[str, Ref(ORG)]
    country: Annotated[str, CountryCode()]
    kind: PresenceKind


class Participation(Link):
    type = RelType.PARTICIPATED_IN
    ends = ("participant", "event")
    key = ("role",)
    participant: Annotated[str, Ref(ORG, NodeLabel.PERSON)]
    event: Annotated[str, Ref(NodeLabel.EVENT)]
    role: ParticipationRole
    # Where a page (alliance ingest page) names the participant.
    span_start: Annotated[int | None, Derived()] = None
    span_end: Annotated[int | None, Derived()] = None


LINKS: dict[RelType, type[Link]] = {link.type: link for link in (
    Membership, Partnership, Funding, Implementation, MandateHeld, Ratification, RoleHeld,
    Presence, Participation,
)}


# --- what ingesters' edges state beyond their ends -----------------------------------------


class Mention(EdgeProps):
    """A page names a record (`MENTIONS`): where, how, and for a figure, who estimated it."""

    mention: str | None = None  # the phrase that linked
    mentions: int | None = None  # how often it occurs
    rule: str | None = None  # the resolver's rule that linked it
    span_start: int | None = None
    span_end: int | None = None
    quote: str | None = None
    quotes: int | None = None
    role: str | None = None  # "estimator" for the author of a figure
    figure: str | None = None
    what: str | None = None
    low: float | None = None
    high: float | None = None


class Speech(EdgeProps):
    """A person quoted on a page speaks for an organisation (`SPOKE_FOR`)."""

    role: str | None = None
    document: str
    span_start: int
    span_end: int
    quote: str
    quote_start: int
    quote_end: int


class ThemeMatch(EdgeProps):
    """Why an ingested programme addresses a theme (`ADDRESSES`): the code or word that matched."""

    reason: str


class IngestedEdge(EdgeProps):
    """What an ingester records on an edge it reads from a page or an IATI file beyond the
    relationship records above (a role, where the mention is, how often, a quote…).

    The readers' edges vary with the shapes of text they read, so their properties are kept as
    given (plain values only); every relationship of the data folder is a typed record.
    """

    model_config = ConfigDict(extra="allow", use_enum_values=True)


def entity_relations(record: Record, labels: Mapping[str, NodeLabel]) -> list[Relation]:
    """The edges the record's `Edge` fields become, to each id named that `labels` knows."""
    out = []
    for name, _, edge in marked(type(record), Edge):
        value = getattr(record, name)
        given: dict[str, Any] = ({"sources": record.sources, "checked": record.checked,
                                  "note": record.note} if edge.sourced else {})
        for target in value if isinstance(value, list) else [value] if value else []:
            if target not in labels:
                continue
            link = LINKS.get(edge.type)
            if link is None:
                a, b = (target, record.id) if edge.reverse else (record.id, target)
                out.append(Relation(type=edge.type, start_label=labels[a], start_id=a,
                                    end_label=labels[b], end_id=b, **given))
                continue
            # The record fills the end that refers to its own label; the target, the other.
            mine = next(e for e in link.ends if record.label in _ref_labels(link, e))
            other = next(e for e in link.ends if e != mine)
            rec = link.model_validate({mine: record.id, other: target, **dict(edge.fixed), **given})
            a, b = (getattr(rec, e) for e in link.ends)
            out.append(rec.relation(labels[a], labels[b]))
    return out


def _ref_labels(link: type[Link], field: str) -> tuple[NodeLabel, ...]:
    ref = marker(link.model_fields[field], Ref)
    return ref.labels if ref else ()
