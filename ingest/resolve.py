"""Entity resolution: which node of the graph a name found in a document or a file stands for.

Pure: a `Resolver` is built over a list of `Known` entities (read from Neo4j by the caller) and
answers, for one mention, *linked* (exactly one node), *ambiguous* (several nodes; reported,
never guessed) or *new* (nothing matches). Matching is careful, because a wrong merge is worse
than a missed one: names are compared in the normal form of `tokens.normalise` (case, accents,
hyphens, "the", British and American spellings); acronyms exactly, case included; nothing is
matched by similarity.

Besides its names and aliases an entity is filed under the other ways a release writes the same
name, derived from the name itself (`derived_names`): "X (Albania)" is also "X of Albania",
"Albania's X", "Albanian X" and plain "X"; an OSCE unit is also "OSCE X"; a mandate is also its
short name and reference ("CETS No. 197" and "CETS 197"); "X, especially …" is also "X". A
derived name that several entities share is ambiguous like any other; `resolve` can settle it
with the countries of the document ("the Ministry of Interior" on a page about Albania).
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from ingest.tokens import normal_words, normalise, tokens

PLACES = Path(__file__).with_name("places.csv")

# Offices known under many spellings, as data: a name that reads as one of these word
# sequences (each part one of its choices, "" for none) gets the office's key, whichever side
# (the graph or the document) it is written on.
OFFICE_SPELLINGS: dict[str, tuple[tuple[str, ...], ...]] = {
    "office:osce-special-representative-cthb": (
        ("office of", ""), ("osce", ""), ("new", ""), ("special representative",),
        ("and coordinator", ""),
        ("on combating trafficking in human beings", "for combating trafficking in human beings",
         ""),
        ("office", "")),
}
OFFICE_ACRONYMS = {"osr/cthb": "office:osce-special-representative-cthb",
                   "osr cthb": "office:osce-special-representative-cthb"}
# Small words a name may write in lower case ("Office for Democratic Institutions").
LOWER_WORDS = frozenset(["of", "for", "and", "on", "in", "the", "against", "to", "at", "with",
                        "by", "from", "de", "du", "des", "la", "le", "et", "und", "della", "di",
                        "da", "el", "al"])


def _spellings(parts: tuple[tuple[str, ...], ...]) -> set[str]:
    out = {""}
    for choices in parts:
        out = {f"{o} {c}".strip() for o in out for c in choices}
    return out


OFFICES = {name: key for key, parts in OFFICE_SPELLINGS.items() for name in _spellings(parts)}
OFFICES |= OFFICE_ACRONYMS


# One word that names a kind of body, not a body: never a name on its own.
GENERIC = normal_words(
    "Agency Alliance Assembly Association Authority Bank Centre Chamber Coalition Collaborative "
    "Commission Committee Council Court Department Directorate Foundation Fund Government "
    "Institute Ministry Mission Network Office Organisation Parliament Platform Police "
    "Presidency Programme Project Secretariat Service Unit Union")

_CUT = re.compile(r",\s+(?=[a-z])")  # "…, especially women" / "…, supplementing the …"
_PARENS = re.compile(r"^(.+?)\s*\(([^()]+)\)$")
_OF_PLACE = re.compile(r"^(.+)\s+(?:of|in)\s+(?:the\s+)?(.+)$")
_NUMBERED = re.compile(r"^(.*?\b(?:Decision|Resolution|Recommendation|Directive|Regulation|"
                       r"Decree|resolution|decision)\s+(?:No\.\s*)?[\w()/.-]*\d[\w/.-]*)", re.I)


@dataclass(frozen=True)
class Known:
    """One node of the graph, as the resolver sees it."""

    id: str
    label: str  # Organisation, Person, Country, Theme, Mandate, Event
    name: str
    acronym: str | None = None
    aliases: tuple[str, ...] = ()
    iati_id: str | None = None
    iso2: str | None = None
    parent: str | None = None  # organisations: the organisation it is part of
    country: str | None = None  # organisations: headquarters; events: where held
    start: str | None = None  # events
    end: str | None = None
    place: str | None = None
    organiser: str | None = None
    kind: str | None = None  # events: meeting, conference, training, …
    orgs: tuple[str, ...] = ()  # people: organisations they hold a role in
    sources: tuple[str, ...] = ()
    checked: str | None = None
    asserted_by: tuple[str, ...] = ()  # the loads that assert it (graph.loader)


@dataclass(frozen=True)
class Match:
    """The answer for one mention: `status` is linked, ambiguous or new."""

    mention: str
    status: str
    ids: tuple[str, ...] = ()
    rule: str = ""

    @property
    def id(self) -> str | None:
        return self.ids[0] if self.status == "linked" else None


@cache
def _places() -> tuple[tuple[str, str, str], ...]:
    with PLACES.open(encoding="utf-8") as fh:
        return tuple((r["iso3"], r["kind"], r["text"]) for r in csv.DictReader(fh))


def name_keys(name: str) -> set[str]:
    """Every key a name is filed under: its normal form and any office key it matches."""
    key = normalise(name)
    keys = {key} if key and key not in GENERIC else set()
    if key in OFFICES:
        keys.add(OFFICES[key])
    return keys


def office_names(key: str) -> list[str]:
    """The spellings of an office that name it unmistakably in running text: with the OSCE
    or with what it combats, not a bare "Special Representative"."""
    return sorted(n for n, k in OFFICES.items() if k == key and len(n.split()) >= 3
                  and ("osce" in n.split() or "combating" in n.split()))


def is_acronym(name: str) -> bool:
    """A name written as an acronym ("IOM", "OSR/CTHB", "UN.GIFT", "CoE", "P029")."""
    name = name.strip()
    return (bool(re.fullmatch(r"[A-Z0-9][A-Za-z0-9/&.-]{1,11}", name))
            and sum(c.isupper() or c.isdigit() for c in name) > 1 and " " not in name)


@dataclass
class Resolver:
    """Name, acronym, alias and identifier indexes over known entities, per label."""

    known: dict[str, Known] = field(default_factory=dict)
    # (label, normal form) → {id: the rule that filed it}
    names: dict[tuple[str, str], dict[str, str]] = field(
        default_factory=lambda: defaultdict(dict))
    # (label, acronym as written) → ids: of the acronym column, and of aliases written so
    acronyms: dict[tuple[str, str], set[str]] = field(default_factory=lambda: defaultdict(set))
    alias_acronyms: dict[tuple[str, str], set[str]] = field(
        default_factory=lambda: defaultdict(set))
    # (label, normal form) of names written as acronyms: a page must write them so, in case
    acronym_keys: set[tuple[str, str]] = field(default_factory=set)
    _iati: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    _iso2: dict[str, str] = field(default_factory=dict)
    written: set[tuple[str, str]] = field(default_factory=set)  # names as the data has them
    # (label, normal form) some name writes with a word in lower case: a page may too
    lowercase_keys: set[tuple[str, str]] = field(default_factory=set)
    derived_ids: set[str] = field(default_factory=set)  # records a script derived
    adjectives: dict[str, str] = field(default_factory=dict)  # normal form → ISO3
    cities: dict[str, str] = field(default_factory=dict)  # normal form → ISO3

    @classmethod
    def over(cls, entities: Iterable[Known]) -> Resolver:
        resolver = cls()
        # Countries first: the names of other entities are read against them.
        entities = sorted(entities, key=lambda e: e.label != "Country")
        for entity in entities:
            resolver.known[entity.id] = entity
            for name in (entity.name, *entity.aliases, entity.acronym or ""):
                resolver.written.add((entity.label, normalise(name)))
        for iso3, kind, text in _places():
            if iso3 not in resolver.known:
                continue
            if kind == "adjective":
                resolver.adjectives[normalise(text)] = iso3
            elif kind == "city":
                resolver.cities[normalise(text)] = iso3
            else:
                resolver._file("Country", text, iso3, "country alias")
        for entity in entities:
            resolver.add(entity)
        return resolver

    def add(self, entity: Known) -> None:
        self.known[entity.id] = entity
        if entity.checked == "derived":
            self.derived_ids.add(entity.id)
        for name, rule in derived_names(entity, self):
            self._file(entity.label, name, entity.id, rule)
        if entity.acronym:
            self.acronyms[(entity.label, entity.acronym.strip())].add(entity.id)
        if entity.iati_id:
            self._iati[entity.iati_id.strip().upper()].add(entity.id)
        if entity.iso2:
            self._iso2[entity.iso2.upper()] = entity.id

    def _file(self, label: str, name: str, entity_id: str, rule: str) -> None:
        acronym = is_acronym(name)
        lower = any(t.raw[:1].islower() and t.raw.lower() not in LOWER_WORDS
                    for t in tokens(name))
        if acronym:
            # An alias written in capitals ("IOM", "CoE") doubles as an acronym.
            self.alias_acronyms[(label, name.strip())].add(entity_id)
        for key in name_keys(name):
            self.names[(label, key)].setdefault(entity_id, rule)
            if acronym and not key.startswith("office:"):
                self.acronym_keys.add((label, key))
            if lower:
                self.lowercase_keys.add((label, key))

    def resolve(self, mention: str, label: str = "Organisation", *,
                iati_id: str | None = None, countries: Iterable[str] = ()) -> Match:
        """Link `mention` to one known entity of `label`, or say why not.

        Order: the IATI identifier (exact), the acronym (exact, case included), then the
        normalised name against names, aliases and derived names; for countries, adjectives.
        A rule that finds several entities stops the search: the mention is ambiguous, unless
        exactly one of them belongs to one of `countries` (the document's).
        """
        if iati_id:
            ids = self._iati.get(iati_id.strip().upper(), set())
            if ids:
                return self._answer(mention, ids, "iati identifier")
        text = mention.strip()
        ids = self.acronym_ids(label, text)
        if ids:
            return self._settle(mention, ids, "acronym", countries)
        for key in sorted(name_keys(text), key=lambda k: k.startswith("office:")):
            found = self.names.get((label, key), {})
            if found:
                rule = ("office spelling" if key.startswith("office:")
                        else next(iter(sorted(set(found.values())))))
                return self._settle(mention, set(found), rule, countries)
        if label == "Country":
            iso3 = self.adjectives.get(normalise(text))
            if iso3:
                return Match(mention, "linked", (iso3,), "country adjective")
        return Match(mention, "new")

    def acronym_ids(self, label: str, acronym: str) -> set[str]:
        """Who an acronym names: the records whose acronym it is, else those with it as an
        alias. The acronym column says what a body is called; an alias may come from a joint
        name in a grant record ("Pact, IOM")."""
        return (self.acronyms.get((label, acronym)) or self.alias_acronyms.get((label, acronym))
                or set())

    def _settle(self, mention: str, ids: set[str], rule: str,
                countries: Iterable[str]) -> Match:
        if len(ids) > 1:
            wanted = set(countries)
            here = {i for i in ids if self.known[i].country in wanted} if wanted else set()
            if len(here) == 1:
                return Match(mention, "linked", tuple(here), f"{rule}, in the page's country")
        return self._answer(mention, ids, rule)

    def country_of_iso2(self, iso2: str) -> str | None:
        return self._iso2.get(iso2.upper())

    def country_of_city(self, city: str) -> str | None:
        return self.cities.get(normalise(city))

    def country_named(self, text: str) -> str | None:
        """The ISO3 of a country written by name, alias, adjective or capital; else None."""
        match = self.resolve(text, "Country")
        return match.id or self.country_of_city(text)

    @staticmethod
    def _answer(mention: str, ids: set[str], rule: str) -> Match:
        status = "linked" if len(ids) == 1 else "ambiguous"
        return Match(mention, status, tuple(sorted(ids)), rule)


def _cut_names(name: str) -> list[str]:
    """'A, especially B, supplementing C' → ['A', 'A, especially B'] (parts of ≥ 3 words)."""
    out = []
    for match in _CUT.finditer(name):
        head = name[:match.start()].strip()
        if len(head.split()) >= 3:
            out.append(head)
    return out


def derived_names(entity: Known, resolver: Resolver) -> list[tuple[str, str]]:
    """(name, rule) for every way a release may write `entity`; see the module docstring."""
    base = [entity.name, *entity.aliases]
    out = [(n, "name or alias") for n in base]
    if entity.acronym:
        out.append((entity.acronym, "acronym"))
    for name in base:
        out += [(n, "name before its qualifier") for n in _cut_names(name)]
        if entity.label in ("Organisation", "Event"):
            parens = _PARENS.match(name)
            if parens:
                out += _qualified(parens.group(1), parens.group(2), resolver, "parenthesis")
                inner = parens.group(2)
                if (not resolver.country_named(inner) and len(normalise(inner).split()) >= 2
                        and ("Organisation", normalise(inner)) not in resolver.written
                        and not any(is_acronym(t.raw) for t in tokens(inner))):
                    out.append((inner, "name in parentheses"))  # "(Chairperson-in-Office)"
        if entity.label == "Organisation":
            of_place = _OF_PLACE.match(name)
            if of_place and resolver.country_named(of_place.group(2)):
                out += _qualified(of_place.group(1), of_place.group(2), resolver, "of country")
        if entity.label == "Event" and ":" in name:
            out.append((name.split(":")[0], "name before its subtitle"))
        if entity.label == "Country" and "," in name:
            out.append((name.split(",")[0], "name before its comma"))  # "Moldova, Republic of"
        if entity.label == "Country":
            parens = _PARENS.match(name)
            if parens:
                out.append((parens.group(1), "name before its qualifier"))
        if entity.label == "Mandate":
            parens = _PARENS.match(name)
            if parens and len(normalise(parens.group(1)).split()) >= 3:
                out.append((parens.group(1), "name before its parenthesis"))
            numbered = _NUMBERED.match(name)
            if numbered and numbered.group(1) != name:
                out.append((numbered.group(1), "name up to its number"))
    if entity.label == "Organisation":
        out += _under_ancestors(entity, [n for n, _ in out], resolver)
    # "Decision No. 6/17" is also "Decision 6/17".
    out += [(re.sub(r"\bNo\.\s*", "", n), rule) for n, rule in out if re.search(r"\bNo\.", n)]
    return out


def _qualified(head: str, qualifier: str, resolver: Resolver,
               how: str) -> list[tuple[str, str]]:
    """'X' qualified by 'Y' (a country or an owner): X of Y, X in Y, X at Y, Y X, Y's X, X,
    and for a country its adjectives with X."""
    rule = f"name without its {how}"
    out = [(f"{head} of {qualifier}", rule), (f"{head} in {qualifier}", rule),
           (f"{head} at {qualifier}", rule), (f"{qualifier} {head}", rule)]
    if len(normalise(head).split()) >= 2:
        out.append((head, rule))
    iso3 = resolver.country_named(qualifier)
    if iso3:
        out += [(f"{adjective} {head}", rule) for adjective, code in resolver.adjectives.items()
                if code == iso3]
    return out


def _under_ancestors(entity: Known, names: list[str], resolver: Resolver
                     ) -> list[tuple[str, str]]:
    """An OSCE unit is also 'OSCE X' and 'X of the OSCE', for each ancestor's acronym."""
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    parent = resolver.known.get(entity.parent or "")
    while parent is not None and parent.id not in seen:
        seen.add(parent.id)
        for prefix in filter(None, (parent.acronym, parent.name if len(parent.name) < 30
                                    else None)):
            for name in names:
                if not normalise(name).startswith(normalise(prefix)):
                    out.append((f"{prefix} {name}", "name under its parent"))
        parent = resolver.known.get(parent.parent or "")
    return out

