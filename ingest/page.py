"""Read a scraped web page or a press release (plain text or Markdown) into the facts it states.

Pure: `parse_page(text, name)` returns a `Page` — title, date, place, the article's paragraphs
(each once, with how often it appeared), the people quoted with their roles, the figures with
who estimated them, the names that may be organisations, and the navigation lists — every item
with its character span in `text`. Resolving names to nodes is `resolve.py`'s job; writing is
`page_load.py`'s. A page that cannot be read raises `InvalidData` naming the file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from graph.errors import FieldError, InvalidData
from graph.schema import Url

NAME = (r"[A-Z][a-zà-ÿ'’-]+(?:\s+(?:(?:de|van|von|der|den|la|le|du|da|di|del|dos)\s+)*"
        r"[A-Z][a-zà-ÿ'’-]+)+")
_SAY = r"(?:said|says|added|stressed|noted|urged|explained|stated|warned|declared)"
_AFTER_QUOTE = re.compile(rf"[\"”,]\s*{_SAY}\s+({NAME})((?:,\s*[^,.\"”]+)*)")
_OPENING = re.compile(
    rf"^(?:(?:Another|The|A|One) speaker,\s+)?({NAME}),\s+([^,\"]+?),\s+(?=[a-z])")
_PRONOUN = re.compile(rf"\b(?:she|he)\s+{_SAY}\b|\b(?:Ms|Mr|Mrs|Dr)\.?\s+([A-Z][\w-]+)\s+{_SAY}")
_QUOTE = re.compile(r"[\"“]([^\"”]+)(?:[\"”]|$)")
_DATELINE = re.compile(
    r"^([A-Z][A-Za-z .'-]+?),\s+(\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\s+\d{1,2},\s+\d{4})"
    r"\s*[-–—]+\s*")
_CAP = r"[A-Z][\w&./-]*"
_CONNECTOR = r"(?:of|for|and|on|in|the|against|de|du|des|to)"
_CANDIDATE = re.compile(rf"{_CAP}(?:\s+(?:{_CONNECTOR}\s+)*{_CAP})*")
_NUMBER = re.compile(
    r"(?:(?:more than|over|about|some|around|nearly|almost|up to|at least|a total(?: of)?)\s+)?"
    r"(?:\d[\d,.]*(?:\s*(?:to|-|–)\s*\d[\d,.]*)?(?:\s*(?:per cent|percent|%))?"
    r"(?:\s+(?:million|billion|thousand))?|(?:tens|hundreds) of (?:thousands|millions|billions))",
    re.I)
_ESTIMATOR = re.compile(
    r"(?:^|[.;]\s+)(?:The\s+)?([^,.;]+?)(?:,\s*([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*),)?\s+"
    r"(?:estimates?|estimated|reports?|calculates?|believes?)\s+that\b")
_PASSIVE = re.compile(r"\b(?:It is|it is|It was) (?:estimated|believed|reported|thought) that\b")
_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december"]
ORG_WORDS = re.compile(r"\b(Organi[sz]ation|Union|Council|Office|Agency|Commission|Fund|"
                       r"Programme|Ministry|Association|Foundation|Network|Committee|Court|"
                       r"Bank|Police|Secretariat|Institute|Mission|Centre|Center)\b")


@dataclass(frozen=True)
class Span:
    text: str
    start: int
    end: int


@dataclass
class Paragraph:
    text: str
    start: int
    count: int = 1

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass
class Speaker:
    name: Span
    role: str | None = None  # as written, e.g. "Deputy Secretary General of the Council of Europe"
    org_phrases: list[str] = field(default_factory=list)  # longest first, for the resolver
    extra: str | None = None  # a further apposition ("organizer of the event")
    quotes: list[Span] = field(default_factory=list)


@dataclass(frozen=True)
class Figure:
    text: str  # the number as written, e.g. "more than 3,000 to 4,000"
    what: str  # what it counts, e.g. "Mafia organizations within the European Union …"
    low: float | None
    high: float | None
    estimated_by: str | None  # the estimator's name as written, or None when unattributed
    cue: str  # "estimates that", "It is estimated that", …
    start: int
    end: int
    sentence: str


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
    url: str | None = None
    paragraphs: list[Paragraph] = field(default_factory=list)
    repeated: int = 0  # paragraphs dropped because they repeat an earlier one
    speakers: list[Speaker] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    candidates: list[Span] = field(default_factory=list)
    nav: dict[str, list[Span]] = field(default_factory=dict)
    event_kind: str | None = None  # "meeting", "conference", … when the article reports one
    organiser: str | None = None  # "held by the OSCE" → "OSCE"

    @property
    def article(self) -> str:
        return "\n\n".join(p.text for p in self.paragraphs)


def unreadable(name: str, got: str, expected: str) -> InvalidData:
    return InvalidData([FieldError(name, 0, "", got, expected)])


def decode(raw: bytes, name: str) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise unreadable(name, raw[exc.start:exc.start + 4].hex(" "),
                         "a page saved as UTF-8 text or Markdown") from None


def parse_date(text: str) -> str | None:
    """'23 July 2004', 'July 23, 2004' or '2004-07-23' as an ISO date; None if not a date."""
    text = text.strip().strip("\"'")
    for fmt in ("%Y-%m-%d", "%d %B %Y", "%B %d, %Y", "%d %b %Y", "%b %d, %Y"):
        try:
            return datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def _lines(text: str, start: int = 0) -> list[Span]:
    out, pos = [], start
    for line in text[start:].splitlines(keepends=True):
        stripped = line.rstrip("\r\n")
        lead = len(stripped) - len(stripped.lstrip())
        out.append(Span(stripped.strip(), pos + lead, pos + lead + len(stripped.strip())))
        pos += len(line)
    return out


def _front_matter(text: str) -> tuple[dict[str, str], int]:
    if not text.startswith("---"):
        return {}, 0
    end = re.search(r"^---\s*$", text[3:], re.M)
    if end is None:
        return {}, 0
    meta = {}
    for line in text[3:3 + end.start()].splitlines():
        if ":" in line:
            key, value = line.split(":", 1)
            meta[key.strip().lower()] = value.strip().strip("\"'")
    return meta, 3 + end.end()


def parse_page(text: str, name: str) -> Page:
    """The facts of one page; raise InvalidData naming `name` when it has no article."""
    meta, body_at = _front_matter(text)
    lines = _lines(text, body_at)
    page = Page(name=name, text=text, title=meta.get("title", ""), url=meta.get("url"),
                publisher=meta.get("publisher"), date=parse_date(meta.get("date", "")) or None,
                kind=meta.get("kind", "press_release" if meta else "web_page"))
    if page.url and not Url().accepts(page.url):
        raise InvalidData([FieldError(name, 0, "url", page.url, Url.what)])
    article_at = _read_site_header(lines, page)
    blank_separated = any(not s.text for s in lines[article_at:])
    blocks: list[list[Span]] = [[]]
    for span in lines[article_at:]:
        if not span.text or (span.text.startswith("-") and not blank_separated):
            blocks.append([])
        elif span.text.startswith("#"):
            if not page.title:
                page.title = span.text.lstrip("# ").strip()
            blocks.append([])
        else:
            blocks[-1].append(span)
            if not blank_separated:
                blocks.append([])
    seen: dict[str, Paragraph] = {}
    for block in (b for b in blocks if b):
        para_text = " ".join(s.text for s in block)
        if len(para_text.split()) < 6 and not page.paragraphs and not page.title:
            page.title = para_text
            continue
        key = re.sub(r"\s+", " ", para_text).strip().casefold()
        if key in seen:
            seen[key].count += 1
            page.repeated += 1
            continue
        # Spans index the file: a soft-wrapped paragraph is found again by its first line.
        seen[key] = Paragraph(para_text, block[0].start)
        page.paragraphs.append(seen[key])
    if not page.paragraphs:
        raise unreadable(name, f"{len(text)} characters, no paragraph of text",
                         "a page with a title and at least one paragraph of article text")
    if not page.title:
        page.title = page.paragraphs[0].text[:120]
    _read_dateline(page)
    _read_event(page)
    page.speakers = find_speakers(page.paragraphs)
    page.figures = [f for p in page.paragraphs for f in find_figures(p)]
    page.candidates = [c for p in page.paragraphs for c in name_candidates(p.text, p.start)]
    return page


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
    first = page.paragraphs[0]
    match = _DATELINE.match(first.text)
    if not match:
        return
    page.place = page.place or match.group(1).strip().title()
    page.date = page.date or parse_date(match.group(2))


def _read_event(page: Page) -> None:
    first = page.paragraphs[0].text
    kind = re.search(r"\b(meeting|conference|seminar|workshop|round table)\b", first, re.I)
    if kind and re.search(r"\b(held|hosted|organi[sz]ed|convened|opened)\b", first):
        page.event_kind = "conference" if kind.group(1).lower() == "conference" else "meeting"
        by = re.search(
            rf"\b(?:held|hosted|organi[sz]ed|convened) by (?:the )?({_CAP}(?:\s+{_CAP})*)", first)
        page.organiser = by.group(1) if by else None


def suffixes(phrase: str) -> list[str]:
    """A phrase, then what follows each "of", "the", "for" before a capital, longest first.

    >>> suffixes("Director of the International Organization for Migration")
    ['Director of the International Organization for Migration', \
'International Organization for Migration', 'Migration']
    """
    words = phrase.split()
    out = [phrase]
    for i in range(1, len(words)):
        if words[i - 1] in {"of", "the", "for", "in"} and words[i][:1].isupper():
            out.append(" ".join(words[i:]))
    return list(dict.fromkeys(out))


def org_phrases(role: str) -> list[str]:
    """The names in a role that may be the organisation spoken for, most specific first.

    The whole role comes first (an office may be named by its head's title, e.g. "the OSCE's
    Special Representative on Combating Trafficking in Human Beings"), then the possessor
    ("the IOM's …") or the "of" complement ("… of the Council of Europe") and their tails.
    """
    whole = re.sub(r"^(?:the|a|an)\s+", "", role.strip())
    out = [whole]
    possessive = re.search(rf"({_CAP}(?:\s+(?:(?:of|for|and|on|in|the)\s+)*{_CAP})*)['’]s\b",
                           role)
    tail = re.search(rf"\bof (?:the )?({_CAP}(?:\s+(?:(?:of|for|and|on|in|the)\s+)*{_CAP})*)\s*$",
                     role)
    for match in (possessive, tail):
        if match and "'" not in match.group(1):
            out.extend(suffixes(match.group(1)))
    return list(dict.fromkeys(out))


def find_speakers(paragraphs: list[Paragraph]) -> list[Speaker]:
    """People quoted, with their roles, and every quote attributed to them.

    A quote is attributed to a speaker named in its paragraph ("…", said NAME, ROLE; NAME,
    ROLE, called …), to the speaker a pronoun or a surname points to ("she said", "Ms Konrad
    urged"), or — for a paragraph that only continues a quote — to the previous paragraph's
    speaker. A paragraph without quotes ends the run.
    """
    speakers: dict[str, Speaker] = {}
    current: Speaker | None = None
    for para in paragraphs:
        text = para.text
        named = _AFTER_QUOTE.search(text) or _OPENING.search(text)
        quotes = [Span(m.group(1).strip(), para.start + m.start(1), para.start + m.end(1))
                  for m in _QUOTE.finditer(text)]
        if named:
            name = named.group(1)
            speaker = speakers.get(name)
            if speaker is None:
                speaker = Speaker(Span(name, para.start + named.start(1),
                                       para.start + named.end(1)))
                speakers[name] = speaker
            appositions = [a.strip() for a in (named.group(2) or "").split(",") if a.strip()]
            if appositions and speaker.role is None:
                speaker.role = re.sub(r"^the\s+", "", appositions[0])
                speaker.org_phrases = org_phrases(appositions[0])
                speaker.extra = appositions[1] if len(appositions) > 1 else None
            current = speaker
        elif quotes:
            pointer = _PRONOUN.search(text)
            if pointer and pointer.group(1):
                current = next((s for n, s in speakers.items()
                                if n.split()[-1] == pointer.group(1)), current)
        else:
            current = None
        if current is not None:
            current.quotes.extend(quotes)
    return list(speakers.values())


def _value(number: str) -> tuple[float | None, float | None]:
    scale = 1.0
    for word, factor in (("thousand", 1e3), ("million", 1e6), ("billion", 1e9)):
        if word in number.lower():
            scale = factor
    values = [float(n.replace(",", "")) * scale
              for n in re.findall(r"\d[\d,]*(?:\.\d+)?", number)]
    if not values:
        return None, None
    return values[0], values[-1] if len(values) > 1 else values[0]


def find_figures(para: Paragraph) -> list[Figure]:
    """Numbers stated in a paragraph, what they count and who estimated them.

    The estimator is the subject (or its apposition) of "X estimates that"; "It is estimated
    that" gives an unattributed figure. A sentence without a cue inherits the previous
    sentence's estimator in the same paragraph. Dates, years and ages are not figures.
    """
    out: list[Figure] = []
    estimator, cue = None, ""
    for sent in re.finditer(r"[^.!?]+(?:[.!?]+|$)", para.text):
        sentence = sent.group(0).strip()
        passive = _PASSIVE.search(sentence)
        found = None if passive else _ESTIMATOR.search(sentence)
        if found:
            estimator = (found.group(2) or found.group(1)).strip()
            cue = found.group(0).strip(" .;")
            cue = cue[cue.rfind(" ", 0, cue.rfind(" that")) + 1:]
        elif passive:
            estimator, cue = None, passive.group(0)
        for num in _NUMBER.finditer(sent.group(0)):
            at = sent.start() + num.start()
            before = para.text[max(0, at - 12):at].lower()
            after = para.text[at + len(num.group(0)):at + len(num.group(0)) + 12].lower()
            digits = re.sub(r"\D", "", num.group(0))
            if ("age of" in before or any(m in before or m in after for m in _MONTHS)
                    or (len(digits) == 4 and digits[:2] in {"19", "20"} and "," not in num.group(0))
                    or not cue):
                continue
            rest = para.text[at + len(num.group(0)):sent.end()]
            what = re.split(r"[,;:]|\.\s|\.$| which | and that ", rest)[0].strip()
            what = " ".join(what.split()[:20])
            low, high = _value(num.group(0))
            out.append(Figure(num.group(0).strip(), what, low, high, estimator, cue,
                              para.start + at, para.start + at + len(num.group(0)), sentence))
    return out


def name_candidates(text: str, offset: int = 0) -> list[Span]:
    """Capitalised phrases that may name an organisation, a country or a person."""
    out = []
    for match in _CANDIDATE.finditer(text):
        phrase = re.sub(r"['’]s$", "", match.group(0)).rstrip(".")
        lead = re.match(r"^(?:The|A|An|Another|It|In|So|Yet)\s+", phrase)
        start = match.start() + (lead.end() if lead else 0)
        phrase = phrase[lead.end():] if lead else phrase
        if phrase:
            out.append(Span(phrase, offset + start, offset + start + len(phrase)))
    return out
