"""What a page reports: a conference or meeting (an event), or a piece of work (an activity: a
training, workshop, exercise, campaign, project, visit, study or service).

Pure and lexical. The report is found in the first sentence of the article's first two
paragraphs (then of the title) that names a kind of event or activity *and* a verb of doing
it ("held a two-day workshop", "launched an information campaign", "ended an official
visit"); a sentence that only mentions one ("budgets for victim support services") reports
nothing. From the whole article come who did it ("organized by", the subject of that
sentence), with whom ("in partnership with", "together with"), who paid ("funded by"), when
(the range in that paragraph, else its date, else "today"), and where ("in Vienna",
"online"). Names stay phrases here; `page_records` resolves them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ingest.page_dates import DateSpan, find_dates

if TYPE_CHECKING:
    from ingest.page import Page

from ingest.page import Span

# Kinds of activity (ProgrammeKind) and of event (EventKind), most specific first.
ACTIVITY_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern, re.I)) for kind, pattern in (
        ("simulation_exercise", r"\bsimulation(?:-based)?\b|\bmock trials?\b|\bexercises?\b"),
        ("evaluation_visit", r"\b(?:evaluation|monitoring|assessment) visits?\b"),
        ("country_visit", r"\b(?:official|country|working|study|field) visits?\b"),
        ("workshop", r"\bworkshops?\b"),
        ("training", r"\btraining\b|\bcourses?\b|\bwebinars?\b|\btrains?\b|\btrained\b"),
        ("campaign", r"\bcampaigns?\b"),
        ("research", r"\bresearch\b|\bstudy\b|\bsurvey\b"),
        ("assistance_service", r"\breintegration\b|\bshelters?\b|\bhotlines?\b|"
                               r"\bassistance programme\b|\bsupport services\b"),
        ("legal_support", r"\blegal (?:aid|support|assistance)\b"),
        ("project", r"\bprojects?\b|\bprogrammes?\b|\bprograms?\b"),
    ))
EVENT_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern, re.I)) for kind, pattern in (
        ("conference", r"\bconferences?\b|\bforums?\b|\bsummits?\b|\bcongress\b"),
        ("meeting", r"\bmeetings?\b|\bround[- ]?tables?\b|\bseminars?\b|\bconsultations?\b|"
                    r"\bhigh-level events?\b"),
    ))
ACTION = re.compile(
    r"\b(?:held|holds?|organi[sz]e[sd]?|conduct(?:s|ed)?|carr(?:y|ies|ied) out|deliver(?:s|ed)?|"
    r"r[au]ns?|launch(?:es|ed)?|open(?:s|ed)?|start(?:s|ed)?|began|begins?|complet(?:es|ed)|"
    r"conclud(?:es|ed)|ended|ends|trains?|trained|t(?:ook|akes?) place|will take place|"
    r"host(?:s|ed)|convened?|implement(?:s|ed)|closed|clos(?:es)?|brought together|met|meets|"
    r"gathered|visited|undert(?:ook|akes)|kicked off|took part)\b", re.I)
# "held by", and "held online on 24 and 25 June 2021 by": places and dates may come between.
_BY = re.compile(r"\b(?:organi[sz]ed|held|hosted|convened|implemented|run|conducted|carried out|"
                 r"delivered|led|prepared|launched|coordinated|co-ordinated)"
                 r"(?:\s+(?:online|in|on|at|from|to|and|–|-|[A-ZÀ-Ý][\w'’-]*|\d[\w–-]*),?){0,8}?"
                 r"\s+by\s+")
_WITH = re.compile(r",\s+with\s+(?=(?:the\s+)?[A-ZÀ-Ý])|"
                   r"\b(?:in (?:partnership|co-?operation|collaboration) with|together with|"
                   r"jointly with|with the participation of|(?:carried out|prepared|drafted|"
                   r"organi[sz]ed|implemented|conducted|held) with|[Ii]ts partners are|"
                   r"partners include|works with|working with)\s+")
_FUNDED = re.compile(r"\b(?:funded|financed|sponsored|supported|paid for) (?:by|through)\s+|"
                     r"\bwith (?:the )?(?:funding|financial support|a grant|support) "
                     r"(?:from|of)\s+|"
                     r"\bthanks to (?:funding|a grant|support|a contribution) from\s+")
_ORDINAL = re.compile(r"\b(\d{1,3})(?:st|nd|rd|th)\b")
_ONLINE = re.compile(r"\bonline\b|\bvirtual(?:ly)?\b|\bvideo-?conference\b|\bwebinars?\b", re.I)
_IN_PLACE = re.compile(r"\b(?:in|at)\s+([A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)?)")
_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+(?=\s|$)|$)")
_LIST_WORDS = frozenset(["of", "for", "and", "on", "in", "the", "against", "to", "at", "&",
                        "de", "du", "des", "la", "le"])
_BACK = re.compile(r"^\s*(?:It|Its|This|These|They|Their)\b")


@dataclass
class Reported:
    """An event or an activity the page reports, its phrases not yet resolved."""

    is_event: bool
    kind: str
    sentence: Span
    trigger: Span
    dates: DateSpan | None = None
    place: str | None = None
    online: bool = False
    ordinal: int | None = None
    name: str | None = None
    subject: Span | None = None  # the doer, when the sentence says who did it
    by: list[Span] = field(default_factory=list)  # "organized by …"
    partners: list[Span] = field(default_factory=list)
    funders: list[Span] = field(default_factory=list)
    scope: list[Span] = field(default_factory=list)  # title and lead, for its countries


def _sentences(span: Span) -> list[Span]:
    return [Span(m.group(0), span.start + m.start(), span.start + m.end())
            for m in _SENTENCE.finditer(span.text) if m.group(0).strip()]


def reported(page: Page) -> Reported | None:
    """The event or activity the page reports, or None; see the module docstring."""
    title = Span(page.title, page.title_at, page.title_at + len(page.title))
    lead = [Span(p.text, p.start, p.end) for p in page.paragraphs[:2]]
    for scope in (*lead, title):
        for sentence in _sentences(scope):
            found = _kind_in(sentence)
            if found:
                out = found
                _read_details(out, page, scope, lead)
                return out
    return None


def _kind_in(sentence: Span) -> Reported | None:
    """The kind the sentence reports: the first kind word in it ("took part in a
    simulation-based training" is an exercise, "a reintegration programme offering … job
    training" a service), if it has a verb of doing."""
    if not ACTION.search(sentence.text):
        return None
    found = [(m.start(), -len(m.group(0)), is_event, kind, m)
             for table, is_event in ((ACTIVITY_KINDS, False), (EVENT_KINDS, True))
             for kind, pattern in table for m in pattern.finditer(sentence.text)]
    if not found:
        return None
    _, _, is_event, kind, m = min(found, key=lambda f: (f[0], f[1]))
    trigger = Span(m.group(0), sentence.start + m.start(), sentence.start + m.end())
    return Reported(is_event, kind, sentence, trigger)


def _read_details(out: Reported, page: Page, scope: Span, lead: list[Span]) -> None:
    text = out.sentence.text
    at = out.trigger.start - out.sentence.start
    dates = find_dates(scope.text, page.date, scope.start)
    ranged = [d for d in dates if d.is_range or d.kind == "until"]
    in_sentence = [d for d in dates
                   if out.sentence.start <= d.at < out.sentence.end and d.start]
    out.dates = (ranged[0] if ranged else in_sentence[0] if in_sentence
                 else _page_day(page) if page.date else None)
    if out.dates and out.dates.start is None and page.date:
        out.dates = DateSpan(out.dates.text, out.dates.at, page.date, out.dates.end, "day",
                             out.dates.end_precision, out.dates.kind)
    place = _IN_PLACE.findall(scope.text)
    out.online = bool(_ONLINE.search(scope.text))
    out.place = place[0] if place else None
    ordinal = _ORDINAL.search(text[max(0, at - 60):at + 80])
    out.ordinal = int(ordinal.group(1)) if ordinal else None
    out.name = _name(text, at, out.trigger.text)
    out.subject = _subject(out.sentence)
    for sentence in _about_it(out, page):
        after = out.trigger.end if sentence == out.sentence else sentence.start
        out.by += _lists(sentence, _BY, after)
        out.partners += _lists(sentence, _WITH, after)
        out.funders += _lists(sentence, _FUNDED, after)
    out.scope = [Span(page.title, page.title_at, page.title_at + len(page.title)), *lead[:1]]
    if scope not in out.scope:
        out.scope.append(scope)


def _page_day(page: Page) -> DateSpan:
    assert page.date
    return DateSpan(page.date, 0, page.date, page.date, "day", "day", "day")


def _about_it(out: Reported, page: Page) -> list[Span]:
    """The sentences that speak of the reported event or activity: its own, and later ones
    that name a kind of event or activity ("The training was funded by …") or point back
    to it ("Its partners are …")."""
    found = [out.sentence]
    spans = [Span(p.text, p.start, p.end) for p in page.paragraphs]
    for sentence in (s for span in spans for s in _sentences(span)):
        if sentence.start <= out.sentence.start:
            continue
        kinds = (*ACTIVITY_KINDS, *EVENT_KINDS)
        if _BACK.match(sentence.text) or any(p.search(sentence.text) for _, p in kinds):
            found.append(sentence)
    return found


def _lists(span: Span, cue: re.Pattern[str], after: int) -> list[Span]:
    """The names listed after each cue in the span ("organized by A, B and the C")."""
    out = []
    for m in cue.finditer(span.text):
        if span.start + m.start() < after:
            continue
        start = span.start + m.end()
        names = org_list(span.text[m.end():])
        if names:
            out.append(Span(names, start, start + len(names)))
    return out


def org_list(text: str) -> str:
    """The leading list of names in `text`: capitalised words and the small words between
    them, up to a lower-case word, a sentence's end or a clause.

    >>> org_list("the U.S. Department of State's Office to Monitor and Combat Trafficking. Next")
    "the U.S. Department of State's Office to Monitor and Combat Trafficking"
    >>> org_list("the European Union and implemented by ICMPD")
    'the European Union'
    """
    end = 0
    for m in re.finditer(r"[^\s,;:]+|[,;:]", text):
        word = m.group(0)
        if word in ";:":
            break
        if word == ",":
            rest = text[m.end():].lstrip()
            if not rest[:1].isupper() and not re.match(r"(?:and|the)\s+(?:the\s+)?[A-ZÀ-Ý]",
                                                       rest):
                break
            continue
        bare = word.rstrip(".")
        if bare[:1].isupper() or bare[:1].isdigit() or "(" in bare[:1]:
            end = m.start() + len(bare)
        elif bare.lower() in _LIST_WORDS:
            pass
        else:
            break
        if word.endswith(".") and not re.fullmatch(r"(?:[A-Z]\.)+|No\.|St\.", word):
            break
    return text[:end].rstrip(" ,")


def _subject(sentence: Span) -> Span | None:
    """The words before the sentence's first verb of doing, if they may name a doer."""
    text = sentence.text
    verb = ACTION.search(text)
    if verb is None:
        return None
    head = text[:verb.start()]
    dateline = re.match(r"^\s*[A-ZÀ-Ý][\w .'’-]*,\s+\d{1,2}\s+\w+\s+\d{4}\s*[-–—.]+\s*", head)
    skip = dateline.end() if dateline else len(head) - len(head.lstrip())
    head = re.sub(r"\s+(?:today|has|have|had|was|were|is|will|also|jointly|successfully|"
                  r"recently)\s*$", "", head[skip:])
    head = re.split(r",\s+(?:the|a|an|which|who)\b", head)[0]
    if not head.strip() or not head.strip()[0].isupper():
        return None
    start = sentence.start + skip
    return Span(head, start, start + len(head))


def _name(text: str, at: int, trigger: str) -> str:
    """The phrase that names the event: from its article or ordinal to its complement."""
    before = text[:at]
    start_match = re.search(r"^.*(?:^|[,;:–—-]\s+|\b(?:[Tt]he|[Aa]n?|[Ii]ts|for|of|at)\s+)"
                            r"((?:\d+(?:st|nd|rd|th)\s+)?(?:[\w'’-]+\s+){0,6})$", before)
    head = start_match.group(1) if start_match else ""
    after = text[at + len(trigger):]
    tail = re.match(r"^((?:\s+(?:of|on|for|against)\s+[^,.;]*?)?)(?=\s+(?:was|were|is|will|held|"
                    r"took|takes|closed|opened|brought|hosted|organi[sz]ed|in\s+[A-Z]|on\s+\d|"
                    r"from\s+\d|today)\b|[,.;]|$)", after)
    name = (head + trigger + (tail.group(1) if tail else "")).strip()
    name = re.sub(r"^(?:two|three|four|five|one)-day\s+", "", name, flags=re.I)
    words = name.split()
    return " ".join(words[:16])[:1].upper() + " ".join(words[:16])[1:] if words else trigger


def read_event_kind(page: Page) -> None:
    """Fill `page.event_kind` and `page.organiser` (the phrase), as earlier versions did."""
    found = reported(page)
    if found and found.is_event:
        page.event_kind = found.kind
        by = found.by[0].text if found.by else None
        page.organiser = re.sub(r"^(?:the|The)\s+", "", by).split(" in ")[0] if by else None
