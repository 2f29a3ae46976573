"""The data folder format, derived from the domain model: one CSV kind per kind of record.

A kind's columns are its record's fields in the order the model declares them: `id` first,
the fields every record shares last (a relationship's `start` and `end`, then `sources`,
`checked`, `note`), and none of the fields marked `Derived`. Types, enums, references and
which columns are required are the model's (`graph/model.py`, `graph/relations.py`). The
format is documented in `docs/data-format.md`; a test keeps the two in step.
"""

from __future__ import annotations

import typing
from dataclasses import dataclass
from enum import StrEnum

from pydantic.fields import FieldInfo

from graph import model as m
from graph import relations as r
from graph.model import NodeLabel
from graph.schema import Derived, Ref, marker

RecordType = type[m.Record] | type[r.Link]


@dataclass(frozen=True)
class Column:
    name: str
    required: bool = False
    is_list: bool = False  # items separated by ';' in one cell
    enum: type[StrEnum] | None = None
    refs: tuple[NodeLabel, ...] = ()  # the value names a record with one of these labels

    @classmethod
    def of(cls, name: str, field: FieldInfo) -> Column:
        ref = marker(field, Ref)
        types = [field.annotation, *typing.get_args(field.annotation)]
        enum = next((t for t in types if isinstance(t, type) and issubclass(t, StrEnum)), None)
        return cls(name, required=field.is_required(),
                   is_list=typing.get_origin(field.annotation) is list, enum=enum,
                   refs=ref.labels if ref else ())


@dataclass(frozen=True)
class Table:
    kind: str
    record: RecordType
    columns: tuple[Column, ...]

    @classmethod
    def of(cls, kind: str, record: RecordType) -> Table:
        base: RecordType = r.Link if issubclass(record, r.Link) else m.Record
        fields = {n: f for n, f in record.model_fields.items() if marker(f, Derived) is None}
        own = [n for n in fields if n not in base.model_fields]
        shared = [n for n in base.model_fields if n in fields and n != "id"]
        order = (["id"] if "id" in fields else []) + own + shared
        return cls(kind, record, tuple(Column.of(n, fields[n]) for n in order))

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]

    @property
    def is_link(self) -> bool:
        return issubclass(self.record, r.Link)

    @property
    def sourced(self) -> bool:
        return self.record.sourced

    @property
    def label(self) -> NodeLabel | None:
        """The label of the kind's nodes; None for a relationship kind."""
        return None if issubclass(self.record, r.Link) else self.record.label

    @property
    def ends(self) -> tuple[str, str] | None:
        """A relationship kind's columns naming its two ends; None for an entity kind."""
        return self.record.ends if issubclass(self.record, r.Link) else None


TABLES: dict[str, Table] = {kind: Table.of(kind, record) for kind, record in (
    ("sources", m.Source),
    ("organisations", m.Organisation),
    ("countries", m.Country),
    ("themes", m.Theme),
    ("mandates", m.Mandate),
    ("programmes", m.Programme),
    ("people", m.Person),
    ("events", m.Event),
    ("documents", m.Document),
    ("memberships", r.Membership),
    ("partnerships", r.Partnership),
    ("fundings", r.Funding),
    ("implementations", r.Implementation),
    ("mandates_held", r.MandateHeld),
    ("ratifications", r.Ratification),
    ("roles", r.RoleHeld),
    ("presences", r.Presence),
    ("participations", r.Participation),
    ("indicators", m.Indicator),
    ("resolutions", m.NameResolution),
)}
