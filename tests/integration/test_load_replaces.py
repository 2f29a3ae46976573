"""A folder loaded again replaces what it said: edits apply, removals remove, and what other
sources say stays (issue 15: `SET n += row.props` kept old edges and properties for ever)."""

from __future__ import annotations

from pathlib import Path

from graph.loader import load_dataset
from graph.model import Dataset, Document, NodeLabel, Relation, RelType
from graph.service import folder_source
from ingest.folder import read_folder

SOURCES = "id,title,publisher,url\nsrc.t,A test source,Tests,https://example.org/t\n"
COUNTRIES = "id,name,sources,checked\nAUT,Austria,src.t,seen\n"
ORG_HEADER = "id,name,acronym,type,scope,parent,description,sources,checked\n"
OSCE = "org.osce,OSCE,,igo,regional,,,src.t,seen\n"
IOM = "org.iom,IOM,,igo,global,,,src.t,seen\n"
PARTNERS = "organisation,partner,kind,sources,checked\n"


def write(folder: Path, **files: str) -> Path:
    """A data folder with exactly these files (`organisations="…"` → organisations.csv)."""
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.csv"):
        old.unlink()
    files = {"sources": SOURCES, "countries": COUNTRIES, **files}
    for kind, text in files.items():
        (folder / f"{kind}.csv").write_text(text, encoding="utf-8")
    return folder


def load(store, folder: Path):
    return load_dataset(store, read_folder(folder), what=f"folder {folder}",
                        source=folder_source(folder), replace=True)


def org(store, org_id: str) -> dict | None:
    rows = store.read_text("MATCH (o:Organisation {id: $id}) RETURN properties(o) AS p", id=org_id)
    return rows[0]["p"] if rows else None


def edges(store, rel_type: str, start: str) -> list[str]:
    rows = store.read_text("MATCH (a {id: $id})-[r]->(b) WHERE type(r) = $type "
                           "RETURN b.id AS b ORDER BY b", id=start, type=rel_type)
    return [r["b"] for r in rows]


def owners(store, record_id: str) -> list[str]:
    [row] = store.read_text("MATCH (n {id: $id}) RETURN n._asserted_by AS by", id=record_id)
    return row["by"]


def test_an_edited_record_loses_its_old_parent_and_its_emptied_description(store, tmp_path):
    """The issue's case: parent org.osce with a description, then parent org.iom and none."""
    folder = tmp_path / "data"
    load(store, write(folder, organisations=ORG_HEADER + OSCE + IOM
                      + "org.edit,Edited,,ngo,national,org.osce,Says this,src.t,seen\n"))
    assert edges(store, "PART_OF", "org.edit") == ["org.osce"]
    assert org(store, "org.edit")["description"] == "Says this"

    report = load(store, write(folder, organisations=ORG_HEADER + OSCE + IOM
                               + "org.edit,Edited,EDT,ngo,national,org.iom,,src.t,seen\n"))
    assert edges(store, "PART_OF", "org.edit") == ["org.iom"]
    edited = org(store, "org.edit")
    assert "description" not in edited and edited["acronym"] == "EDT"
    assert edited["parent"] == "org.iom"
    assert report.retracted == {"PART_OF": 1}


def test_a_record_removed_from_the_folder_goes_and_comes_back_when_added_again(store, tmp_path):
    folder = tmp_path / "data"
    with_partner = dict(organisations=ORG_HEADER + OSCE + IOM,
                        partnerships=PARTNERS + "org.osce,org.iom,cooperation,src.t,seen\n")
    load(store, write(folder, **with_partner))
    assert edges(store, "PARTNER_OF", "org.osce") == ["org.iom"]

    # Removed: the row of the partnership, then the organisation itself.
    load(store, write(folder, organisations=ORG_HEADER + OSCE + IOM, partnerships=PARTNERS))
    assert edges(store, "PARTNER_OF", "org.osce") == []
    assert org(store, "org.iom") is not None
    load(store, write(folder, organisations=ORG_HEADER + OSCE))
    assert org(store, "org.iom") is None

    # Added again: both come back as they were.
    load(store, write(folder, **with_partner))
    assert org(store, "org.iom")["name"] == "IOM"
    assert edges(store, "PARTNER_OF", "org.osce") == ["org.iom"]
    loads = store.read("last_loads", limit=5)
    assert [(x["source"], x["status"], x["runs"]) for x in loads] == [
        ("folder data", "complete", 4)]


def test_a_record_two_folders_assert_stays_until_both_stop_asserting_it(store, tmp_path):
    """Folder a says org.shared has a description; folder b says it has an acronym. Each
    withdraws its own claim when it stops holding the record; the record goes with the last."""
    a, b = tmp_path / "a", tmp_path / "b"
    shared = "org.shared,Shared,{acronym},ngo,national,,{description},src.t,seen\n"
    load(store, write(a, organisations=ORG_HEADER + OSCE
                      + shared.format(acronym="", description="Said by a")))
    load(store, write(b, organisations=ORG_HEADER
                      + shared.format(acronym="SHR", description="")))
    both = org(store, "org.shared")
    assert both["description"] == "Said by a" and both["acronym"] == "SHR"
    assert owners(store, "org.shared") == ["folder a", "folder b"]
    assert owners(store, "AUT") == ["folder a", "folder b"]

    load(store, write(a, organisations=ORG_HEADER + OSCE))
    left = org(store, "org.shared")
    assert left is not None and "description" not in left and left["acronym"] == "SHR"
    assert owners(store, "org.shared") == ["folder b"]
    assert org(store, "org.osce") is not None  # folder b never said anything about it

    load(store, write(b, organisations=ORG_HEADER + IOM))
    assert org(store, "org.shared") is None
    assert org(store, "org.osce") is not None and org(store, "org.iom") is not None


def test_where_two_sources_disagree_the_later_claim_shows_and_the_other_returns(store,
                                                                                tmp_path):
    # Named against the alphabet: the order that counts is the order of the loads.
    first, later = tmp_path / "zeta", tmp_path / "alpha"
    load(store, write(first, organisations=ORG_HEADER + "org.x,Name from zeta,,ngo,national,,"
                      ",src.t,seen\n"))
    load(store, write(later, organisations=ORG_HEADER + "org.x,Name from alpha,,ngo,national,,"
                      ",src.t,seen\n"))
    assert org(store, "org.x")["name"] == "Name from alpha"
    load(store, write(first, organisations=ORG_HEADER + "org.x,Name from zeta,,ngo,national,,"
                      ",src.t,seen\n"))  # unchanged: it does not take the lead again
    assert org(store, "org.x")["name"] == "Name from alpha"
    load(store, write(later, organisations=ORG_HEADER))
    assert org(store, "org.x")["name"] == "Name from zeta"
    assert owners(store, "org.x") == ["folder zeta"]


def test_reloading_a_folder_leaves_what_a_page_said_alone(store, tmp_path):
    """A page (another source, loaded without replacing) links to a folder's organisation;
    the folder's reload changes the organisation and keeps the page's document and link."""
    folder = tmp_path / "data"
    load(store, write(folder, organisations=ORG_HEADER + OSCE + IOM))
    page = Dataset(
        entities=[Document(id="doc.page-1", title="A page")],
        relations=[Relation(type=RelType.MENTIONS, start_label=NodeLabel.DOCUMENT,
                            start_id="doc.page-1", end_label=NodeLabel.ORGANISATION,
                            end_id="org.osce")])
    load_dataset(store, page, what="page a.md")
    load(store, write(folder, organisations=ORG_HEADER
                      + "org.osce,OSCE,,igo,regional,,Renamed,src.t,seen\n"))
    assert org(store, "org.osce")["description"] == "Renamed"
    assert org(store, "org.iom") is None
    assert edges(store, "MENTIONS", "doc.page-1") == ["org.osce"]
    assert owners(store, "doc.page-1") == ["page a.md"]


def test_loading_an_unchanged_folder_again_rewrites_nothing(store, tmp_path):
    folder = write(tmp_path / "data", organisations=ORG_HEADER + OSCE + IOM,
                   partnerships=PARTNERS + "org.osce,org.iom,cooperation,src.t,seen\n")
    first = load(store, folder)
    again = load_dataset(store, read_folder(folder), what="again",
                         source=folder_source(folder), replace=True)
    assert first.written == 5  # a source, a country, two organisations, a partnership
    assert again.written == 0 and again.retracted == {}
    [row] = store.read_text("MATCH (o:Organisation {id: 'org.osce'}) "
                            "RETURN o._asserted_by AS by, o.name AS name")
    assert row == {"by": ["folder data"], "name": "OSCE"}


def test_reads_never_show_the_loaders_own_properties(store, tmp_path):
    load(store, write(tmp_path / "data", organisations=ORG_HEADER + OSCE))
    [row] = store.read("record_by_id", id="org.osce")
    props = store.read_text("MATCH (o:Organisation {id: 'org.osce'}) RETURN properties(o) AS p")
    assert not [k for k in props[0]["p"] if k.startswith("_")]
    assert row["kind"] == "Organisation"
