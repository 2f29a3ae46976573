"""The rows a load writes hold values as Neo4j and JSON give them back, whichever way
`json_safe` takes to get there, and the content hash does not depend on record order."""

from __future__ import annotations

import datetime as dt
import enum
import gc
import json

from graph.gcpolicy import paused
from graph.loadrows import json_safe, prepare
from graph.model import Dataset, Organisation


class Kind(str, enum.Enum):  # noqa: UP042 -- str() of this kind is not its text
    NGO = "ngo"


def test_json_safe_gives_what_a_json_round_trip_gives() -> None:
    props = {"a": "x", "n": 1, "f": 1.5, "l": ["y"], "d": dt.date(2020, 1, 2),
             "t": dt.datetime(2020, 1, 2, 3, 4), "k": Kind.NGO, "o": ("p", 1)}
    safe = json_safe(props)
    assert safe == json.loads(json.dumps(props, default=str))
    assert type(safe["k"]) is str and safe["k"] == "ngo"


def test_json_safe_leaves_plain_props_as_they_are() -> None:
    props = {"a": "x", "l": ["y", "z"], "b": True}
    assert json_safe(props) is props


def test_the_content_hash_does_not_depend_on_record_order() -> None:
    orgs = [Organisation(id=f"org.{i}", name=f"O{i}", type="ngo", scope="national",
                         sources=["src.t"], checked="seen") for i in range(3)]
    assert (prepare(Dataset(entities=orgs)).content_hash
            == prepare(Dataset(entities=orgs[::-1])).content_hash
            != prepare(Dataset(entities=orgs[:2])).content_hash)


def test_the_collector_is_paused_only_within_the_block() -> None:
    with paused():  # as prepare and the importer's CSV hold it
        assert not gc.isenabled()
    assert gc.isenabled()
