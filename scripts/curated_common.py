"""What the three curation scripts share: the column lists and the writer of one folder part.

The columns come from the project's own table definitions (`alliance.ingest.tables`), so a
curated file cannot drift from the format `alliance validate` checks.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from alliance.ingest.tables import TABLES as FORMAT  # noqa: E402

DATA = REPO / "data"
ACCESSED = "2026-11-28"
MIRROR = "mirror of the original; re-check against the publisher"
COLUMNS = {kind: table.names for kind, table in FORMAT.items()}
ENTITY_KINDS = {kind for kind, table in FORMAT.items() if table.entity is not None}


def ids_elsewhere(out: Path, part: str) -> dict[str, str]:
    """Ids that entity files of the folder other than `*.PART.csv` define, and where."""
    found: dict[str, str] = {}
    for path in sorted(out.glob("*.csv")):
        if path.name.endswith(f".{part}.csv") or path.name.split(".")[0] not in ENTITY_KINDS:
            continue
        with path.open(encoding="utf-8-sig", newline="") as fh:
            for row in csv.DictReader(fh):
                if row.get("id"):
                    found[row["id"].strip()] = path.name
    return found


def write_part(part: str, tables: dict[str, list[dict]], doc: str,
               argv: list[str] | None = None) -> int:
    """The command line of a curation script: write `KIND.PART.csv` for every table.

    An entity whose id another part already defines is skipped (and said), so that two
    curators citing the same body do not make a duplicate; a duplicate within the part is an
    error.
    """
    ap = argparse.ArgumentParser(description=doc.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=DATA,
                    help=f"folder to write the *.{part}.csv files into (default: data/)")
    ap.add_argument("--keep-duplicates", action="store_true",
                    help="write entity rows even if another file already defines the id")
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    elsewhere = {} if args.keep_duplicates else ids_elsewhere(args.out, part)
    for kind, rows in tables.items():
        seen: set[object] = set()
        out_rows = []
        for row in rows:
            key = row["id"] if kind in ENTITY_KINDS else tuple(row[c] for c in COLUMNS[kind][:3])
            if key in seen:
                print(f"error: duplicate {kind} record {key}", file=sys.stderr)
                return 1
            seen.add(key)
            if kind in ENTITY_KINDS and key in elsewhere:
                print(f"skipped {key}: already defined in {elsewhere[key]}", file=sys.stderr)
                continue
            out_rows.append(row)
        path = args.out / f"{kind}.{part}.csv"
        if not out_rows:
            # An empty table leaves no file, and no stale file from an earlier run.
            path.unlink(missing_ok=True)
            continue
        with path.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=COLUMNS[kind], lineterminator="\n")
            writer.writeheader()
            writer.writerows(out_rows)
        print(f"{path.name}: {len(out_rows)} rows")
    return 0


class Part:
    """The records of one curated part of the folder, and the builders that add to them.

    Each builder takes a record's columns as arguments (unknown ones are an error), so the
    curation scripts read as lists of facts. `person_prefix` lets a script name people by slug;
    `themes_note` is added to every mandate whose themes are the project's reading.
    """

    def __init__(self, name: str, *, source_prefix: str, person_prefix: str = "",
                 themes_note: str = "", note_joiner: str = "; "):
        self.name = name
        self.source_prefix = source_prefix
        self.person_prefix = person_prefix
        self.themes_note = themes_note
        self.note_joiner = note_joiner
        self.tables: dict[str, list[dict]] = {kind: [] for kind in (
            "sources", "organisations", "mandates", "people", "roles", "events",
            "participations", "partnerships", "mandates_held", "presences", "documents",
            "memberships")}

    def _rel(self, table: str, sources: str, start: str, end: str, checked: str, note: str,
             **cols: str) -> None:
        self.tables[table].append(dict(**cols, start=start, end=end, sources=sources,
                                      checked=checked, note=note))

    def _person(self, slug: str) -> str:
        if slug.startswith(("person.", "org.")):
            return slug
        return self.person_prefix + slug

    def src(self, sid, title, publisher, url, kind="web_page", date="", note=""):
        self.tables["sources"].append(dict(id=self.source_prefix + sid, title=title,
                                           publisher=publisher, url=url, date=date,
                                           accessed=ACCESSED, kind=kind, note=note))

    def org(self, id, name, type, scope, sources, checked="seen", acronym="", aliases="", hq="",
            parent="", url="", founded="", description="", note=""):
        self.tables["organisations"].append(dict(
            id=id, name=name, acronym=acronym, aliases=aliases, type=type, scope=scope,
            hq_country=hq, parent=parent, iati_id="", wikidata="", url=url, founded=founded,
            description=description, sources=sources, checked=checked, note=note))

    def mandate(self, id, name, kind, sources, short="", ref="", adopted="", in_force="",
                body="", themes="", url="", description="", checked="seen", note=""):
        if themes and self.themes_note:
            note = self.note_joiner.join(x for x in (note, self.themes_note) if x)
        self.tables["mandates"].append(dict(
            id=id, name=name, short_name=short, kind=kind, reference=ref, adopted=adopted,
            in_force=in_force, issuing_body=body, themes=themes, url=url,
            description=description, sources=sources, checked=checked, note=note))

    def person(self, id, name, sources, description="", aliases="", checked="seen", note=""):
        self.tables["people"].append(dict(id=self._person(id), name=name, aliases=aliases,
                                          description=description, sources=sources,
                                          checked=checked, note=note))

    def event(self, id, name, kind, sources, start="", end="", place="", country="",
              organiser="", description="", checked="seen", note=""):
        self.tables["events"].append(dict(
            id=id, name=name, kind=kind, start=start, end=end, place=place, country=country,
            organiser=organiser, description=description, sources=sources, checked=checked,
            note=note))

    def doc(self, id, title, publisher, date, url, kind, sources, checked="seen", note=""):
        self.tables["documents"].append(dict(id=id, title=title, publisher=publisher,
                                             date=date, url=url, kind=kind, sources=sources,
                                             checked=checked, note=note))

    def role(self, p, o, title, sources, start="", end="", checked="seen", note=""):
        self._rel("roles", sources, start, end, checked, note, person=self._person(p),
                  organisation=o, title=title)

    def part(self, who, ev, role, sources, start="", end="", checked="seen", note=""):
        self._rel("participations", sources, start, end, checked, note,
                  participant=self._person(who), event=ev, role=role)

    def partner(self, a, b, kind, sources, start="", end="", checked="seen", note=""):
        self._rel("partnerships", sources, start, end, checked, note, organisation=a,
                  partner=b, kind=kind)

    def held(self, o, m, role, sources, start="", end="", checked="seen", note=""):
        self._rel("mandates_held", sources, start, end, checked, note, organisation=o,
                  mandate=m, role=role)

    def member(self, m, o, role, sources, start="", end="", checked="seen", note=""):
        self._rel("memberships", sources, start, end, checked, note, member=m,
                  organisation=o, role=role)

    def presence(self, o, country, sources, kind="national_body", start="", end="",
                 checked="seen", note=""):
        self._rel("presences", sources, start, end, checked, note, organisation=o,
                  country=country, kind=kind)

    def write(self, doc: str, argv: list[str] | None = None) -> int:
        return write_part(self.name, self.tables, doc, argv)
