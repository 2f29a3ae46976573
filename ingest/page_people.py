"""People a page names: speakers in quotes and in lists, with their titles, organisations and
countries as written.

Pure and lexical: a *name* is a run of two to five capitalised words (any script with capital
letters, diacritics, initials such as "H.", particles such as "de" or "van der" inside); it is
a person only when the text around it says so (`CUES`):

- a quote or a verb of saying: `"…," said NAME`, `NAME said`, `according to NAME`;
- an apposition that is a role: `NAME, Minister of Justice of Finland`, `NAME, a judge of …`,
  `NAME, who leads …`, or the role first: `the President of the Assembly, NAME, urged`;
- a title before the name: `OSCE Secretary General NAME`, `Ambassador NAME`, `Ms NAME`;
- the name in another script beside it: `NAME (Олена Коваленко)`;
- an affiliation: `NAME of KOK`, `NAME from the Estonian Ministry of Justice`;
- a list of speakers: `Among the speakers were NAME, …`, `- NAME, ROLE` under "speakers:".

Whether a name is in fact a known person, a place or an organisation is decided later, with
the graph (`page_records`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ingest.tokens import fold, folded_words

if TYPE_CHECKING:
    from ingest.page import Page, Paragraph

from ingest.page import Span

SAY = (r"(?:said|says|added|stressed|noted|urged|explained|stated|warned|declared|told|"
       r"recalled|underlined|emphasi[sz]ed|highlighted|pointed out|insisted|argued|observed|"
       r"concluded|remarked|commented|asked|replied)")
_SAID_BEFORE = re.compile(rf"(?:\b{SAY}|\baccording to|\bquoted|\bby|\bthanked)\s+$", re.I)
_SAID_AFTER = re.compile(rf"^\s+(?:{SAY}|presented|closed|opened|welcomed|called|thanked|"
                         r"described|reported|announced|met|visited|led|chaired|moderated)\b")
_LIST_CUE = re.compile(r"\b(?:[Aa]mong (?:the |them )?(?:speakers|participants|panel+ists|"
                       r"trainers|presenters|guests|signatories)(?: were)?|[Ss]peakers "
                       r"(?:included|were|are|will be)|(?:was|were) (?:opened|led|moderated|"
                       r"chaired|addressed|closed) by|speakers?\s*:)\s*$")
_QUOTE = re.compile(r"[\"“]([^\"”]+)(?:[\"”]|$)")
_POINTER = re.compile(rf"\b(?:she|he)\s+{SAY}\b|\b(?:(?:Ms|Mr|Mrs|Dr)\.?\s+)?([A-Z][\w'’-]+)"
                      rf"\s+{SAY}|{SAY},?\s+(?:(?:Ms|Mr|Mrs|Dr)\.?\s+)?([A-Z][\w'’-]+)\s*[.,]")
_PARTICLES = folded_words("de da di du del della der den van von la le dos das do ter ten zu "
                          "bin ibn al el")
_HONORIFICS = folded_words("ms mr mrs dr prof professor ambassador judge he h e sir dame lord "
                           "lady mme m")
# Words of titles: before a name they are its title; inside a name they end it.
TITLE_WORDS = folded_words(
    "Minister Ministers Prime Deputy Vice Assistant Secretary General Director Directors "
    "Executive President Chair Chairperson Chairman Chairwoman Head Chief Special "
    "Representative Rapporteur Coordinator Co-ordinator Commissioner Ambassador Acting Adviser "
    "Advisor Senior Officer Spokesperson Spokesman Mayor Governor Judge Prosecutor Former "
    "Member Members Delegate Expert Experts Founder Manager Coordinating Permanent National "
    "First Second High Commissioner Patron Envoy Counsellor Councillor Rector Dean Professor "
    "Ombudsperson Ombudsman Inspector Commander Captain Colonel General Lieutenant Sergeant "
    "Officer Attorney Senator Congressman Congresswoman MP MEP")
# A role: one of these words (any case) in an apposition makes the name before it a person.
ROLE_NOUNS = folded_words(
    "minister deputy director president chair chairperson chairman head chief representative "
    "rapporteur coordinator co-ordinator commissioner ambassador adviser advisor officer "
    "spokesperson judge prosecutor lawyer attorney member delegate expert founder co-founder "
    "manager secretary professor researcher investigator inspector worker trainer psychologist "
    "advocate activist survivor official officials leader consultant analyst economist "
    "journalist coordinator specialist parliamentarian senator mayor governor ombudsperson "
    "ombudsman envoy counsellor president vice-president organizer organiser moderator "
    "policy programme program project head student teacher doctor nurse clerk")
# Words that never stand in a person's name in these pages.
NOT_NAME = TITLE_WORDS | _HONORIFICS | folded_words(
    "The A An In On At For And But As If We It This That Our Their His Her Its Those These "
    "Many Each Every Both All Some No Not Yet So Also Today Participants States State "
    "Affairs Rights Justice Interior Security Labour Labor Migration Asylum Policy Protection "
    "Population Development Cooperation Co-operation Assistance Victims Victim Persons Person "
    "Beings Trafficking Human Social Foreign European International National Federal Global "
    "Regional United Nations Central Western Eastern Northern Southern Action Plan Protocol "
    "Convention Directive Decision Strategy Report Day Conference Meeting Forum Summit "
    "Ministry Office Agency Commission Council Committee Court Police Department Service Unit "
    "Centre Center Institute Foundation Association Network Platform Union Organization "
    "Organisation Fund Bank Secretariat Mission Programme Presence Project Alliance Assembly "
    "Parliament Government Task Force Group Section Division Initiative Process Coalition "
    "Authority Inspectorate Academy School University Republic Kingdom Federation Region "
    "Balkans Asia Europe Africa America Sea Baltic Mediterranean Caucasus Internet Online "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April "
    "May June July August September October November December Press Release News Media Note "
    "Source Photo Contact Email Phone Read More Share Follow Supreme Prime Chairpersonship "
    "Presidency Women Children Girls Boys Men People Migrants Workers Law Laws Criminal Code "
    "Among Speakers Speaker Another Yesterday Tomorrow Week Year Years")
_CUES = ("said", "apposition", "role before", "title", "other script", "affiliation", "list")
CUES = _CUES


@dataclass
class Person:
    name: Span
    role: str | None = None  # as written, e.g. "Deputy Secretary General of the Council of Europe"
    roles: list[str] = field(default_factory=list)  # the role split at "and" between titles
    org_phrases: list[str] = field(default_factory=list)  # longest first, for the resolver
    extra: str | None = None  # a further apposition ("organizer of the event")
    affiliation: str | None = None  # "of KOK", "from the Estonian Ministry of Justice"
    place: str | None = None  # "from Serbia", "(Lebanon)", ", Lebanon"
    alias: str | None = None  # the name in another script, as written beside it
    cue: str = ""
    quotes: list[Span] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)


@dataclass(frozen=True)
class _Word:
    text: str
    start: int
    end: int
    tail: str  # punctuation right after the word ("", ",", ".", ")")
    lead: str  # punctuation right before it


_CHUNK = re.compile(r"\S+")
_WORD_IN_CHUNK = re.compile(r"^([(\"“‘'«\[]*)(.*?)([)\"”’'»\],.;:!?]*)$")


def _words(text: str) -> list[_Word]:
    out = []
    for chunk in _CHUNK.finditer(text):
        lead, word, tail = _WORD_IN_CHUNK.match(chunk.group(0)).groups()  # type: ignore[union-attr]
        if re.fullmatch(r"[A-ZÀ-Ý]\.", word + tail[:1]) and tail.startswith("."):
            word, tail = word + ".", tail[1:]  # an initial, "H."
        start = chunk.start() + len(lead)
        out.append(_Word(word, start, start + len(word), tail, lead))
    return out


def _name_word(word: str) -> bool:
    if re.fullmatch(r"[A-ZÀ-Ý]\.", word):
        return True
    if not word or not word[0].isupper() or fold(word) in NOT_NAME:
        return False
    letters = [c for c in word if c.isalpha()]
    # "OSCE", "UN" and "GRETA" are acronyms, not names; "CdeBaca" and "O'Flaherty" are names.
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return False
    return all(c.isalpha() or c in "'’-" for c in word)


def _runs(words: list[_Word]) -> list[tuple[int, int]]:
    """(first, last + 1) word indexes of runs of name words, particles inside."""
    runs, i = [], 0
    while i < len(words):
        if not _name_word(words[i].text) or words[i].lead:
            i += 1
            continue
        j = i + 1
        while j < len(words) and not words[j - 1].tail and not words[j].lead:
            w = words[j].text
            particle = (w.lower() in _PARTICLES and j + 1 < len(words)
                        and _name_word(words[j + 1].text))
            if _name_word(w) or particle:
                j += 1
            else:
                break
        while j > i and words[j - 1].text.lower() in _PARTICLES:
            j -= 1
        runs.append((i, j))
        i = j
    return runs


def _title_before(words: list[_Word], i: int) -> tuple[int, str]:
    """Index where a title written before word `i` starts, and the title ("" if none)."""
    k = i
    while k > 0 and not words[k - 1].tail and (
            fold(words[k - 1].text.rstrip(".")) in TITLE_WORDS | _HONORIFICS
            or (words[k - 1].text.isupper() and len(words[k - 1].text) >= 2)
            or (words[k - 1].text.lower() in {"of", "for", "and", "the", "on"}
                and k - 1 > 0 and fold(words[k - 2].text) in TITLE_WORDS)):
        k -= 1
    title = " ".join(w.text for w in words[k:i])
    has_title = any(fold(w.text.rstrip(".")) in TITLE_WORDS | _HONORIFICS for w in words[k:i])
    return (k, title) if has_title else (i, "")


def find_people(page: Page) -> list[Person]:
    """Every person the paragraphs name, once each (by name), with quotes attributed."""
    people: dict[str, Person] = {}
    current: Person | None = None
    list_context = False
    for para in page.paragraphs:
        found = [p for p in _people_in(para, list_context and para.item) if p.cue]
        list_context = bool(_LIST_CUE.search(para.text)) or (list_context and para.item)
        named_here: list[Person] = []
        for person in found:
            key = fold(person.name.text)
            known = people.get(key)
            if known is None:
                people[key] = person
                known = person
            else:
                known.spans.append(person.name)
                for attr in ("role", "affiliation", "place", "alias", "extra"):
                    if getattr(known, attr) is None and getattr(person, attr):
                        setattr(known, attr, getattr(person, attr))
                if not known.org_phrases:
                    known.org_phrases, known.roles = person.org_phrases, person.roles
            named_here.append(known)
        current = _attribute_quotes(para, named_here, people, current)
    return list(people.values())


def _attribute_quotes(para: Paragraph, named: list[Person], people: dict[str, Person],
                      current: Person | None) -> Person | None:
    quotes = [Span(m.group(1).strip(), para.start + m.start(1), para.start + m.end(1))
              for m in _QUOTE.finditer(para.text)]
    speaker = next((p for p in named if p.cue == "said"), None)
    if speaker is None and quotes:
        pointer = _POINTER.search(para.text)
        surname = pointer and (pointer.group(1) or pointer.group(2))
        if surname:
            speaker = next((p for p in people.values()
                            if p.name.text.split()[-1] == surname), None)
        if speaker is None and named:
            speaker = named[0]
        if speaker is None and (pointer or not named):
            speaker = current
    elif speaker is None:
        speaker = named[0] if named else None
    if not quotes:
        return speaker if speaker is not None and named else None
    if speaker is not None:
        speaker.quotes.extend(quotes)
    return speaker


def _people_in(para: Paragraph, in_list: bool) -> list[Person]:
    text, words = para.text, _words(para.text)
    out = []
    for i, j in _runs(words):
        if j - i < 2 or j - i > 5:
            continue
        first, last = words[i], words[j - 1]
        name = Span(text[first.start:last.end], para.start + first.start, para.start + last.end)
        person = Person(name, spans=[name])
        before, after = text[:first.start], text[last.end:]
        title_at, title = _title_before(words, i)
        _read_after(person, after, last.tail)
        if person.cue:
            pass
        elif _SAID_BEFORE.search(before) or _SAID_AFTER.match(after):
            person.cue = "said"
        elif title:
            person.cue, person.role = "title", title
        elif (in_list and i == 0) or _LIST_CUE.search(before):
            person.cue = "list"
        else:
            _read_role_before(person, text, words, i, last)
        if person.cue and person.cue != "said" and _SAID_BEFORE.search(before):
            person.cue = "said"
        if title and not person.role:
            person.role = title
        if title_at < i and not person.role:
            person.role = title
        if person.role:
            from ingest.page_roles import org_phrases, split_role

            person.roles = split_role(person.role)
            person.org_phrases = [p for r in person.roles for p in org_phrases(r)]
        for extra in filter(None, (person.extra, person.affiliation)):
            from ingest.page_roles import org_phrases

            person.org_phrases += org_phrases(extra)
        out.append(person)
    return out


_APPOSITION_END = re.compile(r"[;\"“”(]|,\s+and\s+(?=[A-ZÀ-Ý])|\.(?:\s|$)(?<![A-Z]\.\s)")
_AND = re.compile(r"\s+and\s+(?:by\s+|with\s+)?")


def _until_next_person(text: str) -> str:
    """The text up to an 'and' that starts the next person ('… and Pēteris Kalniņš of …')."""
    for m in _AND.finditer(text):
        words = re.findall(r"[^\s,()]+|[,(]", text[m.end():])[:3]
        if (len(words) >= 2 and _name_word(words[0]) and _name_word(words[1])
                and (len(words) < 3 or words[2] in {",", "(", "of", "from", "said", "who"}
                     or _name_word(words[2]))):
            return text[:m.start()]
    return text


def _read_after(person: Person, after: str, tail: str) -> None:
    """Appositions, another script, affiliation and place written after the name."""
    rest = after
    script = re.match(r"^\s*\(([^()]+)\)", rest)
    if script:
        inside = script.group(1).strip()
        if any(c.isalpha() and not c.isascii() and not _latin(c) for c in inside):
            person.alias, person.cue = inside, "other script"
        else:
            person.place = inside
        rest = rest[script.end():]
    comma = re.match(r"^\s*,\s*", rest)
    if comma:
        body = _until_next_person(rest[comma.end():])
        stop = _APPOSITION_END.search(body)
        apposition = body[:stop.start()] if stop else body
        parts = [a.strip(" ,") for a in re.split(r",\s+", apposition) if a.strip(" ,")]
        if parts and _is_role(parts[0]):
            person.cue = person.cue or "apposition"
            person.role = re.sub(r"^(?:the|a|an)\s+", "", parts[0])
            for part in parts[1:]:
                if re.match(rf"^(?:{SAY}|when|while|and|but|who|which|where)\b", part):
                    break
                if part[:1].isupper() or fold(part.split()[0]) in ROLE_NOUNS:
                    if _place_like(part) and person.place is None:
                        person.place = part
                    elif person.extra is None:
                        person.extra = part
        _read_place(person)
        return
    affiliation = re.match(r"^\s+(of|from|at|with)\s+(?:the\s+)?([A-ZÀ-Ý][^,.;:()\"“]*)",
                           _until_next_person(rest))
    if affiliation and not tail:
        phrase = re.split(r"\s+(?:" + SAY + r"|presented|who|which|and\s+[a-z])\b",
                          affiliation.group(2))[0].strip()
        phrase = re.sub(r"^(?:[A-ZÀ-Ý][a-zà-ÿ]+\s+)?NGO\s+", "", phrase)
        person.cue = "affiliation"
        if _place_like(phrase):
            person.place = phrase
        else:
            person.affiliation = phrase


def _latin(c: str) -> bool:
    import unicodedata

    return "LATIN" in unicodedata.name(c, "")


def _place_like(text: str) -> bool:
    """A short capitalised phrase that is not an organisation's name: a country or a city."""
    words = text.split()
    return 0 < len(words) <= 4 and all(w[:1].isupper() or w in {"and", "of", "the"}
                                       for w in words) and not any(
        fold(w) in NOT_NAME and fold(w) not in {"united", "republic", "kingdom", "states"}
        for w in words)


def _read_place(person: Person) -> None:
    if person.role and person.place is None:
        where = re.search(r"\bfrom\s+(?:the\s+)?([A-ZÀ-Ý][\w'’ -]*)$", person.role)
        if where and _place_like(where.group(1)):
            person.place = where.group(1).strip()


def _is_role(text: str) -> bool:
    if re.match(r"^who\b", text):
        return True
    for word in re.findall(r"[\w'’-]+", text)[:8]:
        for part in (word, *word.split("-")):
            part = fold(part.strip("'’"))
            if part in ROLE_NOUNS or part.rstrip("s") in ROLE_NOUNS:
                return True
    return False


def _read_role_before(person: Person, text: str, words: list[_Word], i: int,
                      last: _Word) -> None:
    """'The OSCE Acting Co-ordinator …, NAME, said': the role before, between commas."""
    if i == 0 or not words[i - 1].tail.startswith(",") or not last.tail.startswith(","):
        return
    start = max(text.rfind(". ", 0, words[i].start), text.rfind("; ", 0, words[i].start)) + 1
    role = text[start:words[i - 1].end].strip()
    role = re.sub(r"^(?:(?:On|In|At)\b[^,]*,\s*)?(?:[Tt]he|[Aa]n?|[Ii]ts)\s+", "", role)
    role = re.sub(r"^.*\b(?:met|with|by|and)\s+(?:the\s+)?(?=[A-Z])", "", role)
    if role and _is_role(role) and len(role.split()) <= 15:
        person.cue, person.role = "role before", role
