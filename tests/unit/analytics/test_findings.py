"""The Finding type: evidence, parameters, snapshot, JSON and DataFrames."""

import json

import pytest
from pydantic import ValidationError

from graph.analytics import coverage_gaps, unlinked_pairs
from graph.analytics.findings import Evidence, built
from graph.analytics.frames import coverage_frame, findings_frame

from .builders import AS_OF, GraphBuilder

SNAPSHOT = {"content_hash": "h1", "loaded_at": "2024-06-01T08:00:00", "counts": {"nodes": 7}}


def _graph() -> GraphBuilder:
    """AUT with two unlinked actors on T, each with its own programme; SRB with data only."""
    b = GraphBuilder(snapshot=SNAPSHOT).country("AUT").country("SRB").theme("theme.t")
    b.org("org.a").org("org.b").indicator("SRB", 2023, 2.0).un_member("SRB")
    b.programme("prog.a", countries=["AUT"], themes=["theme.t"], implementers=["org.a"])
    b.programme("prog.b", countries=["AUT"], themes=["theme.t"], implementers=["org.b"])
    return b


def test_finding_carries_evidence_params_and_snapshot_and_is_plain_json():
    (found,) = unlinked_pairs(_graph().G, as_of=AS_OF)
    data = json.loads(json.dumps(found.model_dump(mode="json")))
    assert data["snapshot"] == SNAPSHOT
    assert data["params"]["as_of"] == AS_OF
    assert data["evidence"]["nodes"] == ["org.a", "org.b", "prog.a", "prog.b"]
    assert "src.targets:prog.a->AUT" in data["evidence"]["sources"]
    assert data["rank"] == 1
    assert [c["id"] for c in data["about"]["countries"]] == ["AUT"]
    assert [a["id"] for a in data["about"]["actors"]] == ["org.a", "org.b"]
    assert set(data) == {
        "kind",
        "subject",
        "about",
        "score",
        "rank",
        "explanation",
        "details",
        "evidence",
        "params",
        "snapshot",
    }


def test_missing_snapshot_reads_as_empty():
    G = _graph().G
    del G.graph["snapshot"]
    assert unlinked_pairs(G, as_of=AS_OF)[0].snapshot == {}


def test_frames_list_findings_and_pivot_cells():
    """SRB: need 2 (TIP) + 1 (Palermo) + 1 (coordinator) = 4 on its only cell."""
    found = coverage_gaps(_graph().G, as_of=AS_OF)
    frame = findings_frame(found)
    assert list(frame["subject"]) == ["SRB; theme.t"]
    assert frame.attrs["snapshot"] == SNAPSHOT
    table = coverage_frame(found, value="gap")
    assert table.loc["SRB", "theme.t"] == 4.0
    assert findings_frame([]).empty


def test_built_models_equal_pydantic_constructed_ones_dumped_copied_and_frozen():
    """`built` skips pydantic's defaults and aliases: the model must behave as
    `model_construct`'s does (equality, JSON, copies, frozen), or findings would differ."""
    values = {"nodes": ["a"], "edges": ["rel.1"], "sources": ["src.1"]}
    fast, slow = built(Evidence, dict(values)), Evidence.model_construct(**values)
    assert fast == slow
    assert fast.model_dump_json() == slow.model_dump_json()
    assert fast.model_copy(update={"nodes": []}) == slow.model_copy(update={"nodes": []})
    assert fast.model_fields_set == slow.model_fields_set
    with pytest.raises(ValidationError):
        fast.nodes = []  # type: ignore[misc]
    assert Evidence.model_validate(fast.model_dump()) == fast


def test_unlinked_pair_evidence_is_the_union_of_each_actors_placing_in_the_shared_cells():
    """Evidence joined from what places each actor in each shared cell (collected once per
    cell and actor) is the evidence of all those records collected at once."""
    from graph.analytics.activity import shared_cells
    from graph.analytics.findings import collect_evidence

    b = _graph()
    b.programme("prog.ab", countries=["AUT"], themes=["theme.t"], implementers=["org.a"],
                funders=["org.b"], start="2030-01-01")  # not started: no link, no cell
    (pair,) = unlinked_pairs(b.G, as_of=AS_OF)
    cells = shared_cells(b.G, as_of=AS_OF)
    nodes: set[str] = set()
    edges: set = set()
    for key in pair.details["cells"]:
        n, e = cells[tuple(key)].evidence_for(pair.subject)
        nodes |= n
        edges |= e
    assert pair.evidence == collect_evidence(b.G, [*pair.subject, *nodes], edges)
    assert {"prog.a", "prog.b"} <= set(pair.evidence.nodes)
