"""Read IATI activity files (versions 2.01–2.03) into `Activity` records, streaming.

Pure: `read_activities(path)` yields one `Activity` or one `BadActivity` per `iati-activity`,
parsed with `iterparse` and each element cleared once read, so a file of any size is read in
bounded memory. Codes are checked against the IATI codelists (`iati_codes.py`); an activity
with an unknown code is yielded as a `BadActivity` naming its identifier and the code, and the
others go on. Files of the 1.0x versions use other element names and word codes: they are
refused with a message naming the version (`UnsupportedVersion`). Malformed XML ends the file
with a `BadActivity` saying where. Every `BadActivity` knows the line its activity starts on
and lists each problem as a `FieldError` (`field_errors`), so that a strict ingest can report
them all at once and write nothing.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

from graph.errors import FieldError, UnsupportedInput
from ingest import iati_codes as ic

SUPPORTED = ("2.01", "2.02", "2.03")
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


class UnsupportedVersion(UnsupportedInput):
    """An IATI file of a version this reader does not read."""


@dataclass
class Participant:
    role: str  # OrganisationRole code
    name: str
    ref: str | None = None
    type: str | None = None


@dataclass
class Activity:
    identifier: str
    title: str
    description: str | None = None
    status: str | None = None  # ActivityStatus code
    dates: dict[str, str] = field(default_factory=dict)  # DATE_TYPES name → ISO date
    currency: str | None = None
    budgets: list[tuple[str, str, str, float, str]] = field(default_factory=list)
    reporting_org: Participant | None = None
    participants: list[Participant] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)  # ISO2 as written
    regions: list[str] = field(default_factory=list)  # "vocabulary:code"
    sectors: list[tuple[str, str]] = field(default_factory=list)  # (vocabulary, code)
    tags: list[tuple[str, str]] = field(default_factory=list)
    policy_markers: list[str] = field(default_factory=list)  # "vocabulary:code:significance"
    themes: dict[str, str] = field(default_factory=dict)  # theme id → reason
    line: int = 0

    @property
    def start(self) -> str | None:
        return self.dates.get("start-actual") or self.dates.get("start-planned")

    @property
    def end(self) -> str | None:
        return self.dates.get("end-actual") or self.dates.get("end-planned")


@dataclass(frozen=True)
class Problem:
    """One bad value of an activity: the element or attribute, the value, what was expected."""

    column: str
    got: str
    expected: str


@dataclass
class BadActivity:
    identifier: str
    problems: list[str]
    file: str = ""
    line: int = 0
    details: list[Problem] = field(default_factory=list)

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: activity {self.identifier}: " + "; ".join(self.problems)

    def field_errors(self) -> list[FieldError]:
        details = self.details or [Problem("iati-activity", p, "a valid activity")
                                   for p in self.problems]
        return [FieldError(self.file, self.line, d.column, d.got,
                           f"{d.expected} (activity {self.identifier})") for d in details]


def _text(el: ET.Element | None) -> str:
    """The English narrative if there is one, else the first; whitespace collapsed."""
    if el is None:
        return ""
    narratives = el.findall("narrative")
    if not narratives:
        return " ".join("".join(el.itertext()).split())
    english = [n for n in narratives if (n.get(XML_LANG) or "").lower() == "en"]
    return " ".join("".join((english or narratives)[0].itertext()).split())


class _Problems(list[str]):
    """Problems as sentences for the report, and as fields for a strict error."""

    def __init__(self) -> None:
        super().__init__()
        self.details: list[Problem] = []

    def add(self, text: str, column: str, got: str, expected: str) -> None:
        self.append(text)
        self.details.append(Problem(column, got, expected))


def _check(value: str | None, codelist: str, what: str, problems: _Problems) -> None:
    if value is not None and value not in ic.codes(codelist):
        problems.add(f"{what} {value!r} is not in the IATI {codelist} codelist", what, value,
                     f"a code of the IATI {codelist} codelist")


def parse_activity(el: ET.Element, default_currency: str | None = None
                   ) -> Activity | BadActivity:
    """One `iati-activity` element as an Activity, or a BadActivity listing every problem."""
    problems = _Problems()
    ident = (el.findtext("iati-identifier") or "").strip()
    if not ident:
        problems.add("no iati-identifier", "iati-identifier", "", "an activity identifier")
        ident = "(no identifier)"
    act = Activity(identifier=ident, title=_text(el.find("title")) or ident)
    descriptions = [_text(d) for d in el.findall("description")]
    act.description = "\n\n".join(d for d in descriptions if d) or None
    status = el.find("activity-status")
    act.status = status.get("code") if status is not None else None
    _check(act.status, "ActivityStatus", "activity-status", problems)
    for date in el.findall("activity-date"):
        kind = date.get("type")
        _check(kind, "ActivityDateType", "activity-date type", problems)
        if kind in ic.DATE_TYPES and date.get("iso-date"):
            act.dates[ic.DATE_TYPES[kind]] = date.get("iso-date", "")[:10]
    act.currency = el.get("default-currency") or default_currency
    _check(act.currency, "Currency", "default-currency", problems)
    for budget in el.findall("budget"):
        kind = budget.get("type", "1")
        _check(kind, "BudgetType", "budget type", problems)
        value = budget.find("value")
        try:
            amount = float((value.text or "").strip()) if value is not None else None
        except ValueError:
            problems.add(f"budget value {value.text!r} is not a number",  # type: ignore
                         "budget/value", str(value.text), "a number")  # type: ignore
            continue
        if amount is None:
            continue
        currency = value.get("currency") or act.currency or ""  # type: ignore[union-attr]
        _check(currency or None, "Currency", "budget currency", problems)
        start = (budget.find("period-start") or ET.Element("x")).get("iso-date", "")
        end = (budget.find("period-end") or ET.Element("x")).get("iso-date", "")
        act.budgets.append((ic.BUDGET_TYPES.get(kind, kind), start, end, amount, currency))
    reporting = el.find("reporting-org")
    if reporting is not None:
        act.reporting_org = Participant("reporting", _text(reporting), reporting.get("ref"),
                                        reporting.get("type"))
    for org in el.findall("participating-org"):
        role, kind = org.get("role"), org.get("type")
        _check(role, "OrganisationRole", "participating-org role", problems)
        _check(kind, "OrganisationType", "participating-org type", problems)
        name = _text(org)
        if role and (name or org.get("ref")):
            act.participants.append(Participant(role, name or org.get("ref", ""),
                                                org.get("ref") or None, kind))
    for country in el.findall("recipient-country"):
        code = (country.get("code") or "").upper()
        _check(code, "Country", "recipient-country", problems)
        act.countries.append(code)
    for region in el.findall("recipient-region"):
        vocab = region.get("vocabulary", "1")
        if vocab == "1":
            _check(region.get("code"), "Region", "recipient-region", problems)
        act.regions.append(f"{vocab}:{region.get('code')}")
    for sector in el.findall("sector"):
        vocab, code = sector.get("vocabulary", "1"), sector.get("code", "")
        _check(vocab, "SectorVocabulary", "sector vocabulary", problems)
        if vocab == "1":
            _check(code, "Sector", "sector", problems)
        elif vocab == ic.SDG_SECTOR_VOCABULARY:
            _check(ic.sdg_target(code), "UNSDG-Targets", "SDG target (sector)", problems)
        act.sectors.append((vocab, code))
    for tag in el.findall("tag"):
        vocab, code = tag.get("vocabulary", "1"), tag.get("code", "")
        _check(vocab, "TagVocabulary", "tag vocabulary", problems)
        if vocab == ic.SDG_TAG_VOCABULARY:
            _check(ic.sdg_target(code), "UNSDG-Targets", "SDG target (tag)", problems)
        act.tags.append((vocab, code))
    for marker in el.findall("policy-marker"):
        vocab = marker.get("vocabulary", "1")
        if vocab == "1":
            _check(marker.get("code"), "PolicyMarker", "policy-marker", problems)
        act.policy_markers.append(f"{vocab}:{marker.get('code')}:{marker.get('significance')}")
    if problems:
        return BadActivity(ident, list(problems), details=problems.details)
    act.themes = ic.themes_for(act.tags, act.sectors, f"{act.title}\n{act.description or ''}")
    return act


def read_activities(path: Path | str, name: str | None = None
                    ) -> Iterator[Activity | BadActivity]:
    """Every activity of an IATI file, streamed; see the module docstring. The file is fed
    to the parser a line (at most 64 KiB) at a time, so each activity knows its line; `name`
    is how errors name the file (default: its file name, never a folder)."""
    path = Path(path)
    name = name or path.name
    parser: ET.XMLPullParser[ET.Element] = ET.XMLPullParser(events=("start", "end"))
    root: ET.Element | None = None
    last = "(before the first activity)"
    depth, line, start_line = 0, 1, 0
    with path.open("rb") as fh:
        while True:
            chunk = fh.readline(1 << 16)
            try:
                parser.feed(chunk) if chunk else parser.close()
                events = list(parser.read_events())
            except ET.ParseError as exc:
                at, column = exc.position
                yield BadActivity(f"after {last}", [
                    f"malformed XML at line {at}, column {column}: {exc}; the rest of the "
                    "file was not read"], name, at,
                    [Problem(f"column {column}", str(exc), "well-formed XML")])
                return
            for pair in events:
                # only start and end events were asked for: (name, element)
                event, el = cast(tuple[str, ET.Element], pair)
                if event == "start":
                    if root is None:
                        root = el
                        _check_version(name, el)
                    if el.tag == "iati-activity":
                        depth += 1
                        start_line = start_line if depth > 1 else line
                    continue
                if el.tag != "iati-activity":
                    continue
                depth -= 1
                if depth:
                    continue
                read = parse_activity(el)
                last = read.identifier
                if isinstance(read, BadActivity):
                    read.file = name
                read.line = start_line
                yield read
                el.clear()
                if root is not None and root is not el:
                    root.clear()  # drop the references the root keeps to read activities
            if not chunk:
                return
            if chunk.endswith(b"\n"):
                line += 1


def _check_version(path: str, root: ET.Element) -> None:
    version = root.get("version")
    if root.tag == "iati-activity" and version is None:
        version = "1.0x (a single iati-activity without a version)"
    if root.tag not in {"iati-activities", "iati-activity"}:
        raise UnsupportedVersion(f"{path}: not an IATI activity file (root element "
                                 f"<{root.tag}>, expected <iati-activities>)")
    if version not in SUPPORTED:
        raise UnsupportedVersion(
            f"{path}: IATI version {version or '(none given)'} is not read; this reader reads "
            f"versions {', '.join(SUPPORTED)}. Files of the 1.0x versions use other element "
            "names and word codes (role=\"donor\", type=\"start\"); convert them to 2.0x first.")
