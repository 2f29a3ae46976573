"""Read a scraped web page or a press release (plain text or Markdown) into the facts it states.

Pure: `read_text(text, name)` returns a `Page` — front matter (title, date, publisher, url,
keywords), the site's header lines, the article's paragraphs (each once: exact and
near-duplicate repeats are counted and reported), the dateline's place and date and the
navigation lists — every item with its character span in `text`. `page_reader.parse_page`
adds the people named (`page_people`), the figures (`page_figures`) and what the page reports
(`page_events`); resolving names to nodes is `resolve.py`'s; writing is `page_load.py`'s.
A page that cannot be read raises `InvalidData` naming the file, the line and what was
expected.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from graph.errors import FieldError, InvalidData
from ingest.page_dates import parse_date
from ingest.tokens import fold

_DATELINE = re.compile(
    r"^\s*([A-ZÀ-Ý][\w .'’-]*?),\s+(\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\s+\d{1,2},\s+\d{4})"
    r"\s*(?:[-–—]+\s*|\.\s+|$)")
_PLACE_LINE = re.compile(r"^\s*([A-ZÀ-Ý][A-Za-zÀ-ÿ .'’-]{1,40}?)\s+[-–—]+\s+(?=[A-Z])")
_ITEM = re.compile(r"^(\s*(?:[-*+]|\d{1,2}[.)])\s+)(?=\S)")
_META_LINE = re.compile(r"^(Source|Publisher|Published by)s?:\s*(.+)$", re.I)
_MARKUP = re.compile(r"\*\*|__|(?<![\w*])[*_](?=\S)|(?<=\S)[*_](?![\w*])|`")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")

# Front-matter keys, by what they give; the first key present wins.
META_KEYS = {
    "title": ("title", "headline"),
    "date": ("date", "date_published", "published", "datepublished", "pubdate",
             "publication_date", "published_at", "date_created"),
    "publisher": ("publisher", "source", "organisation", "organization", "site_name"),
    "author": ("author", "authors", "byline"),
    "url": ("url", "canonical_url", "canonical", "link", "permalink", "source_url"),
    "keywords": ("keywords", "tags", "categories", "topics"),
    "kind": ("kind", "type"),
}
WORDS_OF_HEADER = 25  # above the article, a block of fewer words and no full stop
NEAR_DUPLICATE = 0.8  # share of words two paragraphs must have in common to be one


@dataclass(frozen=True)
class Span:
    text: str
    start: int
    end: int


@dataclass
class Paragraph:
    """A paragraph; `text` has the length of the file's slice, so `start + i` is exact."""

    text: str
    start: int
    count: int = 1
    item: bool = False  # a list item

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass
class Page:
    name: str
    text: str
    title: str
    kind: str = "web_page"
    date: str | None = None
    place: str | None = None
    source: str | None = None  # the page's own "Source:" line (e.g. "OSCE Secretariat")
    publisher: str | None = None
    author: str | None = None
    url: str | None = None
    keywords: list[str] = field(default_factory=list)
    header: list[Span] = field(default_factory=list)  # site lines above the article
    title_at: int = 0
    paragraphs: list[Paragraph] = field(default_factory=list)
    repeated: int = 0  # paragraphs dropped because they repeat an earlier one
    near_duplicates: list[str] = field(default_factory=list)  # for the reviewer
    people: list[Any] = field(default_factory=list)  # page_people.Person
    figures: list[Any] = field(default_factory=list)  # page_figures.Figure
    nav: dict[str, list[Span]] = field(default_factory=dict)
    event_kind: str | None = None  # "meeting", "conference", … when the article reports one
    organiser: str | None = None  # "held by the OSCE" → "OSCE"

    @property
    def article(self) -> str:
        return "\n\n".join(p.text for p in self.paragraphs)

    @property
    def speakers(self) -> list[Any]:
        return self.people

    def lines(self) -> list[Span]:
        """The page's text for name finding: title, header lines and paragraphs."""
        out = [Span(self.title, self.title_at, self.title_at + len(self.title))]
        out += self.header
        out += [Span(p.text, p.start, p.end) for p in self.paragraphs]
        return out


def unreadable(name: str, got: str, expected: str, line: int = 0, column: str = "") -> InvalidData:
    return InvalidData([FieldError(name, line, column, got, expected)])


def decode(raw: bytes, name: str) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[:exc.start].count(b"\n") + 1
        raise unreadable(name, raw[exc.start:exc.start + 4].hex(" "),
                         "a page saved as UTF-8 text or Markdown", line) from None


def _lines(text: str, start: int = 0) -> list[Span]:
    out, pos = [], start
    for line in text[start:].splitlines(keepends=True):
        stripped = line.rstrip("\r\n")
        lead = len(stripped) - len(stripped.lstrip())
        out.append(Span(stripped.strip(), pos + lead, pos + lead + len(stripped.strip())))
        pos += len(line)
    return out


def front_matter(text: str, name: str) -> tuple[dict[str, Any], dict[str, int], int]:
    """YAML-style front matter between '---' lines: scalars, [a, b] lists and '- item' lists.

    Returns the values by lowercased key, the line of each key, and where the body starts.
    """
    if not text.startswith("---"):
        return {}, {}, 0
    end = re.search(r"^---\s*$", text[3:], re.M)
    if end is None:
        raise unreadable(name, "front matter opened with '---' and never closed",
                         "a closing '---' line after the front matter", 1)
    meta: dict[str, Any] = {}
    lines: dict[str, int] = {}
    key = None
    for number, line in enumerate(text[3:3 + end.start()].splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        item = re.match(r"^\s+-\s+(.*)$", line) or re.match(r"^-\s+(.*)$", line)
        if item and key is not None:
            meta.setdefault(key, [])
            if isinstance(meta[key], list):
                meta[key].append(_scalar(item.group(1)))
            continue
        pair = re.match(r"^([\w.-]+)\s*:\s*(.*)$", line)
        if not pair:
            raise unreadable(name, line.strip(), "front matter lines of the form 'key: value'",
                             number)
        key, value = pair.group(1).lower(), pair.group(2).strip()
        lines[key] = number
        if value.startswith("[") and value.endswith("]"):
            meta[key] = [_scalar(v) for v in value[1:-1].split(",") if v.strip()]
        else:
            meta[key] = _scalar(value) if value else []
    return meta, lines, 3 + end.end()


def _scalar(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def _meta(meta: dict[str, Any], what: str) -> tuple[str | None, Any]:
    for key in META_KEYS[what]:
        if key in meta and meta[key] not in ("", []):
            return key, meta[key]
    return None, None


def _read_front_matter(page: Page, meta: dict[str, Any], lines: dict[str, int]
                       ) -> list[FieldError]:
    errors = []

    def text_of(what: str) -> tuple[str | None, str | None]:
        key, value = _meta(meta, what)
        if isinstance(value, list):
            value = ", ".join(value)
        return key, value

    page.title = text_of("title")[1] or ""
    page.publisher = text_of("publisher")[1]
    page.author = text_of("author")[1]
    key, value = text_of("date")
    if value:
        page.date = parse_date(value)
        if page.date is None:
            errors.append(FieldError(page.name, lines.get(key or "", 0), key or "date", value,
                                     "a date such as 2024-04-16 or 16 April 2024"))
    key, value = text_of("url")
    if value:
        if re.match(r"^https?://\S+$", value):
            page.url = value
        else:
            errors.append(FieldError(page.name, lines.get(key or "", 0), key or "url", value,
                                     "an http:// or https:// address"))
    _, words = _meta(meta, "keywords")
    if isinstance(words, str):
        words = [w for w in re.split(r"\s*[,;]\s*", words) if w]
    page.keywords = list(words or [])
    page.kind = text_of("kind")[1] or "press_release"
    return errors


def read_text(text: str, name: str) -> Page:
    """The page's front matter, header, paragraphs and dateline; InvalidData naming `name`
    (and the line) when it cannot be read. `page_reader.parse_page` adds what it states."""
    meta, meta_lines, body_at = front_matter(text, name)
    page = Page(name=name, text=text, title="")
    errors = _read_front_matter(page, meta, meta_lines) if meta_lines else []
    if errors:
        raise InvalidData(errors)
    lines = _lines(text, body_at)
    article_at = _read_site_header(lines, page)
    _read_blocks(page, lines[article_at:])
    if not any(not p.item for p in page.paragraphs):  # a menu is not an article
        raise unreadable(name, f"{len(text)} characters, no paragraph of text",
                         "a page with a title and at least one paragraph of article text")
    if not page.title:
        page.title = page.paragraphs[0].text.strip()[:120]
    at = text.find(page.title)
    page.title_at = at if at >= 0 else 0
    _read_dateline(page)
    return page


def _blocks(lines: list[Span]) -> list[list[Span]]:
    """Lines grouped into blocks: blank lines, headings and list items separate them; a page
    written one paragraph a line (no blank line at all) has one block a line."""
    blank_separated = any(not s.text for s in lines)
    blocks: list[list[Span]] = [[]]
    for span in lines:
        alone = span.text.startswith("#") or bool(_ITEM.match(span.text))
        if not span.text or alone or not blank_separated:
            blocks.append([])
        if span.text:
            blocks[-1].append(span)
        if alone or not blank_separated:
            blocks.append([])
    return [b for b in blocks if b]


def _read_blocks(page: Page, lines: list[Span]) -> None:
    seen: dict[str, Paragraph] = {}
    bags: list[tuple[set[str], Paragraph]] = []
    article_started = False
    for block in _blocks(lines):
        first = block[0].text
        if first.startswith("#"):
            page.title = page.title or first.lstrip("#").strip()
            continue
        meta_line = _META_LINE.match(first) if len(block) == 1 else None
        if meta_line:
            page.source = page.source or meta_line.group(2).strip()
            page.header.append(Span(_plain(page.text[block[0].start:block[0].end], 0),
                                    block[0].start, block[0].end))
            continue
        raw = page.text[block[0].start:block[-1].end]
        item = _ITEM.match(raw)
        para_text = _plain(raw, item.end() if item else 0)
        if not article_started and not item and _is_header(para_text):
            if len(block) > 1 and all(_is_header(s.text) for s in block):
                lines_of = [Span(_plain(s.text, 0), s.start, s.end) for s in block]
            else:
                lines_of = [Span(para_text, block[0].start, block[-1].end)]
            for span in lines_of:
                _header_line(page, span)
            continue
        article_started = True
        key = " ".join(fold(para_text).split())
        if key in seen:
            seen[key].count += 1
            page.repeated += 1
            continue
        bag = set(re.findall(r"\w+", key))
        twin = next(((b, p) for b, p in bags if len(bag) >= 8
                     and len(bag & b) / len(bag | b) >= NEAR_DUPLICATE), None)
        if twin is not None:
            twin[1].count += 1
            page.repeated += 1
            page.near_duplicates.append(
                f"the paragraph at character {block[0].start} repeats the one at "
                f"{twin[1].start} in other words ({len(bag & twin[0])} of "
                f"{len(bag | twin[0])} words shared): {para_text.strip()[:70]!r}")
            continue
        paragraph = Paragraph(para_text, block[0].start, item=bool(item))
        seen[key] = paragraph
        bags.append((bag, paragraph))
        page.paragraphs.append(paragraph)
    if not page.title and page.header:
        page.title = page.header[-1].text.strip()


def _is_header(text: str) -> bool:
    """A site line or a title: short, and not ended like a sentence."""
    text = text.strip()
    return len(text.split()) < WORDS_OF_HEADER and not re.search(r"[.!?:\"”]$", text)


def _header_line(page: Page, span: Span) -> None:
    if span.text.strip():
        page.header.append(span)
        if re.fullmatch(r"(?i)(press|news) release|media (note|advisory)", span.text.strip()):
            page.kind = "press_release"


def _plain(raw: str, marker: int) -> str:
    """The block's text with line breaks, list markers, emphasis and link targets blanked
    out by spaces, so that positions in it are positions in the file."""
    text = " " * marker + raw[marker:]
    text = _LINK.sub(lambda m: " " + m.group(1) + " " * (len(m.group(0)) - len(m.group(1)) - 1),
                     text)
    text = _MARKUP.sub(lambda m: " " * len(m.group(0)), text)
    return text.replace("\r", " ").replace("\n", " ")


def _read_site_header(lines: list[Span], page: Page) -> int:
    """Read the navigation and the "- Date: / - Place: / - Source:" block; return where the
    article starts (0 when the page has no such block)."""
    meta_at = next((i for i, s in enumerate(lines)
                    if re.match(r"^- (Date|Place|Source):", s.text)), None)
    if meta_at is None:
        return 0
    heading: str | None = None
    items: list[Any] = []
    for i, span in enumerate(lines[:meta_at]):
        if span.text == "-" or (not span.text.startswith("-") and i + 1 < meta_at
                                and lines[i - 1].text == "-"):
            if span.text != "-":
                if heading:
                    page.nav.setdefault(heading, []).extend(items)
                heading, items = span.text, []
            continue
        if span.text.startswith("- ") and heading:
            items.append(Span(span.text[2:].strip(), span.start + 2, span.end))
    if heading:
        page.nav.setdefault(heading, []).extend(items)
    titles = [s for s in lines[:meta_at] if s.text and not s.text.startswith("-")]
    if not page.title and titles:
        page.title = titles[-1].text
        if len(titles) > 1 and len(titles[-2].text.split()) <= 3:
            page.kind = titles[-2].text.lower().replace(" ", "_")
    key, i = None, meta_at
    while i < len(lines) and lines[i].text.startswith("-"):
        field_match = re.match(r"^- ([A-Z][\w ]*):\s*(.*)$", lines[i].text)
        if field_match:
            key = field_match.group(1).lower()
            value = field_match.group(2)
        else:
            value = lines[i].text[1:].strip()
        if value and key == "date":
            page.date = page.date or parse_date(value)
        elif value and key == "place" and not page.place:
            page.place = value.title()
        elif value and key == "source" and not page.source:
            page.source = value
        i += 1
    return i


def _read_dateline(page: Page) -> None:
    """'VIENNA, 16 April 2024 – …', 'Brussels, 15 July 2024' or 'Geneva – …' at the top."""
    lines: list[Span | Paragraph] = [*page.header, *page.paragraphs[:2]]
    for para in lines:
        match = _DATELINE.match(para.text)
        if match:
            page.place = page.place or _place_name(match.group(1))
            page.date = page.date or parse_date(match.group(2))
            return
        place = _PLACE_LINE.match(para.text)
        if place and len(place.group(1).split()) <= 3:
            page.place = page.place or _place_name(place.group(1))
            return


def _place_name(text: str) -> str:
    text = text.strip()
    return text.title() if text.isupper() else text

