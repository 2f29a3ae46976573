"""The event or activity a page reports, as records: linked to the graph's event when it holds
it, else a new `Event`; an activity as a `Programme` of the kind the bundled data uses.

An event of the graph is the page's when its dates overlap the dates the page gives and one
more thing agrees: the ordinal ("24th"), the organiser (or its parent or a unit of it) named
on the page, the place, or the event's own name on the page. Several such events are
reported as ambiguous. A page that names no kind of event can still report one the graph
holds: an event on a day the lead states ("today", "yesterday", "21 November 2019")
organised by a body the lead names ("presented his report to the OSCE Permanent Council").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from graph import model as m
from graph.model import NodeLabel, RelType
from graph.schema import Precision
from ingest.page import Span
from ingest.page_dates import DateSpan, find_dates
from ingest.page_events import Reported
from ingest.resolve import Known
from ingest.tokens import normalise

if TYPE_CHECKING:
    from ingest.page_mentions import PageRecords as _Builder

# Words of a release and the theme of the graph's vocabulary (data/themes.csv) they mark.
THEME_WORDS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p, re.I), t) for p, t in (
        (r"\bidentif\w+|\breferr\w+|\bnational referral mechanism", "theme.victim-identification"),
        (r"\blabou?r exploitation|\bforced labou?r|\bsupply chains?", "theme.labour-exploitation"),
        (r"\bsexual exploitation", "theme.sexual-exploitation"),
        (r"\bchild(?:ren)?\b|\bminors?\b", "theme.child-trafficking"),
        (r"\bonline\b|\btechnolog\w+|\bdigital\b|\binternet\b", "theme.technology"),
        (r"\bfinancial investigat\w+|\bmoney\b|\bpayment data|\bfinancial intelligence",
         "theme.financial-investigation"),
        (r"\bjudges?\b|\bprosecut\w+|\bcourts?\b|\bpolice\b|\binvestigat\w+|\bindictment",
         "theme.criminal-justice"),
        (r"\blegislation|\blaws?\b|\bdirective\b|\blegal framework", "theme.legislation"),
        (r"\bdata\b|\bresearch\b|\bstudy\b", "theme.data-research"),
        (r"\bwar\b|\bdisplace\w+|\bfleeing\b|\brefugees?\b|\bcrisis", "theme.crisis-displacement"),
        (r"\bcampaign|\bawareness|\binformation\b", "theme.awareness"),
        (r"\bco-?ordinat\w+|\brapporteurs?\b", "theme.coordination"),
        (r"\bshelter|\bhousing|\bpsycholog\w+|\breintegration|\bassist\w+|\bsupport\b",
         "theme.assistance"),
        (r"\bdemand\b", "theme.demand"),
        (r"\bmigra\w+|\bborders?\b", "theme.migration"),
    ))


def themes_of(text: str, known: set[str] | dict[str, Known]) -> list[str]:
    """The themes the words of `text` mark, among those the graph holds."""
    return sorted({t for p, t in THEME_WORDS if p.search(text) and t in known})


def read_reported(b: _Builder, found: Reported | None) -> None:
    if found is not None and found.is_event:
        _event(b, found)
        return
    _event_on_a_stated_day(b)
    if found is not None:
        _activity(b, found)


def _overlaps(event: Known, start: str, end: str) -> bool:
    if not event.start:
        return False
    return event.start <= end and start <= (event.end or event.start)


def _related(b: _Builder, org: str | None, named: set[str]) -> bool:
    """The organiser is named, or its parent, or a unit of it."""
    if org is None:
        return False
    if org in named:
        return True
    known = b.resolver.known
    parent = known[org].parent if org in known else None
    return bool(parent and parent in named) or any(
        known[n].parent == org for n in named if n in known)


def _named_orgs(b: _Builder, spans: list[Span] | None = None) -> set[str]:
    if spans is None:
        return {target for (label, target) in b.mentions if label == "Organisation"}
    return {o for s in spans for o in b.mentioned_in("Organisation", s.start, s.end)}


def _event(b: _Builder, rep: Reported) -> None:
    page = b.page
    start, end = (rep.dates.start, rep.dates.end) if rep.dates and rep.dates.start else (
        page.date, page.date)
    organisers = [o for s in rep.by for o in b.orgs_in(s)]
    if not organisers and rep.subject:
        organisers = b.orgs_in(rep.subject)
    named = _named_orgs(b)
    place = _place(b, rep)
    mentioned = {target for (label, target) in b.mentions if label == "Event"}
    candidates = []
    for event in (k for k in b.resolver.known.values() if k.label == "Event"):
        if not start or not end or not _overlaps(event, start, end):
            continue
        if event.kind not in (None, rep.kind, "other"):
            continue  # a meeting the page reports is not a training the graph holds
        ordinal = rep.ordinal is not None and re.search(
            rf"\b{rep.ordinal}(?:st|nd|rd|th)\b", event.name)
        if (ordinal or event.id in mentioned or _related(b, event.organiser, named)
                or (place and event.place and normalise(place) == normalise(event.place))):
            candidates.append(event)
    if len(candidates) > 1:
        b._ambiguous(rep.name or rep.trigger.text, tuple(sorted(e.id for e in candidates)))
        return
    if candidates:
        event_id = candidates[0].id
        b.report.linked.append(f"Event {rep.name!r} → {event_id} (dates and "
                               f"{'ordinal' if rep.ordinal else 'organiser or place'})")
        if not any(e.startswith(event_id) for e in b.report.events):
            b.report.events.append(f"{event_id} (the event the page reports)")
    else:
        event_id = _new_event(b, rep, start, end, place, organisers)
    b.mention("Event", event_id, rep.trigger)
    for person_id in dict.fromkeys(b.people.values()):
        b.relate(RelType.PARTICIPATED_IN, (NodeLabel.PERSON, person_id),
                 (NodeLabel.EVENT, event_id), discriminator="speaker", role="speaker")


def _place(b: _Builder, rep: Reported) -> str | None:
    """The event's city (or 'online'): 'in Vienna' in its paragraph, else the dateline."""
    if rep.place and b.resolver.country_of_city(rep.place):
        return rep.place
    if rep.online and not (b.page.place and b.resolver.country_of_city(b.page.place)):
        return "online"
    return b.page.place or ("online" if rep.online else None)


def _new_event(b: _Builder, rep: Reported, start: str | None, end: str | None,
               place: str | None, organisers: list[str]) -> str:
    country = b.resolver.country_of_city(place) if place else None
    name = rep.name or rep.trigger.text.capitalize()
    if start:
        name = f"{name} ({place + ', ' if place else ''}{start[:4]})"
    precision = (rep.dates.start_precision if rep.dates and rep.dates.start_precision
                 else "day")
    event = m.Event(id=f"event.page-{b.digest[:8]}-{start or 'undated'}", name=name,
                    kind=m.EventKind(rep.kind), start=start, end=end,
                    start_precision=Precision(precision) if start else None,
                    end_precision=Precision(precision) if end else None, place=place,
                    country=country,
                    organiser=organisers[0] if organisers else None,
                    description=rep.sentence.text.strip()[:500], **b.prov())
    b._created(event, "Event")
    b.report.events.append(f"{event.id} (new: {name})")
    if country:
        b.relate(RelType.HELD_IN, (NodeLabel.EVENT, event.id), (NodeLabel.COUNTRY, country))
    if event.organiser:
        b.relate(RelType.ORGANISED_BY, (NodeLabel.EVENT, event.id),
                 (NodeLabel.ORGANISATION, event.organiser))
    return event.id


def _event_on_a_stated_day(b: _Builder) -> None:
    lead = [Span(p.text, p.start, p.end) for p in b.page.paragraphs[:2]]
    days = [d for s in lead for d in find_dates(s.text, b.page.date, s.start)
            if d.start and d.start_precision == "day"]
    named = _named_orgs(b, lead)
    found = {k.id for k in b.resolver.known.values() if k.label == "Event" and _short(k)
             and any(_overlaps(k, d.start or "", d.end) and not d.is_range for d in days)
             and k.organiser in named}
    if len(found) == 1:
        event_id = found.pop()
        b.mention("Event", event_id, lead[0])
        b.report.linked.append(f"Event on a day the page states → {event_id} (date and "
                               "organiser)")
        b.report.events.append(f"{event_id} (held on a day the page states, by a body it names)")
        for person_id in dict.fromkeys(b.people.values()):
            b.relate(RelType.PARTICIPATED_IN, (NodeLabel.PERSON, person_id),
                     (NodeLabel.EVENT, event_id), discriminator="speaker", role="speaker")
    elif len(found) > 1:
        b._ambiguous("the event of the page's day", tuple(sorted(found)))


def _short(event: Known) -> bool:
    """An event known to the week or better (not "2019")."""
    if not event.start:
        return False
    from datetime import date

    end = date.fromisoformat((event.end or event.start)[:10])
    return (end - date.fromisoformat(event.start[:10])).days <= 7


def _status(page_date: str | None, dates: DateSpan | None) -> m.ProgrammeStatus:
    if not page_date or dates is None or not dates.start:
        return m.ProgrammeStatus.UNKNOWN
    if dates.end <= page_date:
        return m.ProgrammeStatus.COMPLETED
    if dates.start > page_date:
        return m.ProgrammeStatus.PIPELINE
    return m.ProgrammeStatus.ACTIVE


def _possessor(b: _Builder, rep: Reported) -> list[str]:
    """'GRETA's third evaluation visit': the body whose activity it is."""
    before = Span(b.page.text[rep.sentence.start:rep.trigger.start], rep.sentence.start,
                  rep.trigger.start)
    orgs = []
    for hit in b.gaz.scan(before.text, before.start, ("Organisation",)):
        if re.match(r"^['’]s\b", b.page.text[hit.end:hit.end + 3]) and not hit.ambiguous:
            orgs.append(hit.ids[0])
    return orgs


def _activity(b: _Builder, rep: Reported) -> None:
    page = b.page
    implementers = list(dict.fromkeys(o for s in rep.by for o in b.orgs_in(s)))
    if not implementers and rep.subject:
        implementers = b.orgs_in(rep.subject)[:2]
    if not implementers:
        implementers = _possessor(b, rep)
    partners = [o for s in rep.partners for o in b.orgs_in(s) if o not in implementers]
    funders = [o for s in rep.funders for o in b.orgs_in(s) if o not in implementers]
    paragraph = next((Span(p.text, p.start, p.end) for p in page.paragraphs
                      if p.start <= rep.sentence.start < p.end), rep.sentence)
    countries = b.countries_in([*rep.scope, paragraph])
    themes = themes_of(" ".join([page.title, rep.sentence.text, *page.keywords]),
                       b.resolver.known)
    dates = rep.dates
    programme = m.Programme(
        id=f"prog.page-{b.digest}", title=page.title, kind=m.ProgrammeKind(rep.kind),
        description=" ".join(paragraph.text.split())[:500],
        status=_status(page.date, dates),
        start=dates.start if dates else None, end=dates.end if dates else None,
        start_precision=(Precision(dates.start_precision)
                         if dates and dates.start and dates.start_precision else None),
        end_precision=(Precision(dates.end_precision)
                       if dates and dates.end_precision else None),
        countries=countries, themes=themes, implementers=implementers,
        partners=list(dict.fromkeys(partners)), funders=list(dict.fromkeys(funders)),
        **b.prov())
    b.entities.append(programme)
    prog = (NodeLabel.PROGRAMME, programme.id)
    for org in programme.implementers:
        b.relate(RelType.IMPLEMENTS, (NodeLabel.ORGANISATION, org), prog, "lead", role="lead")
    for org in programme.partners:
        b.relate(RelType.IMPLEMENTS, (NodeLabel.ORGANISATION, org), prog, "partner",
                 role="partner")
    for org in programme.funders:
        b.relate(RelType.FUNDS, (NodeLabel.ORGANISATION, org), prog)
    for country in programme.countries:
        b.relate(RelType.TARGETS, prog, (NodeLabel.COUNTRY, country))
    for theme in programme.themes:
        b.relate(RelType.ADDRESSES, prog, (NodeLabel.THEME, theme))
    b.mention("Programme", programme.id, rep.trigger)
    b.report.activities.append(
        f"{programme.id}: {rep.kind} {programme.start or '?'}–{programme.end or '?'}; "
        f"implementers {', '.join(implementers) or '-'}; partners "
        f"{', '.join(programme.partners) or '-'}; funders {', '.join(programme.funders) or '-'};"
        f" countries {', '.join(countries) or '-'}")
