"""Entity resolution: which node of the graph a name found in a document or a file stands for.

Pure: a `Resolver` is built over a list of `Known` entities (read from Neo4j by the caller) and
answers, for one mention, *linked* (exactly one node), *ambiguous* (several nodes; reported,
never guessed) or *new* (nothing matches). Matching is careful, because a wrong merge is worse
than a missed one: names and aliases are compared after a normalisation that only removes
differences of spelling (case, accents, punctuation, "organisation"/"organization",
"co-operation"/"cooperation", a leading "the"); acronyms are compared exactly, case included;
nothing is matched by similarity.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

# Spelling variants that name the same thing (British/American, hyphenation).
_VARIANTS = (
    (re.compile(r"\borganis"), "organiz"),
    (re.compile(r"\bco-?operation"), "cooperation"),
    (re.compile(r"\bco-?ordinat"), "coordinat"),
    (re.compile(r"\bprogram\b"), "programme"),
    (re.compile(r"\blabor\b"), "labour"),
    (re.compile(r"\bcentre\b"), "center"),
)

# Offices known under many spellings, as data: every name matching the pattern gets the key,
# whichever side (the graph or the document) it is written on.
OFFICE_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^(office of )?(the )?(osce )?(new )?special representative"
                r"( and coordinator)?( (on|for) combating trafficking in human beings)?"
                r"( office)?$"),
     "office:osce-special-representative-cthb"),
    (re.compile(r"^osr ?/ ?cthb$"), "office:osce-special-representative-cthb"),
)

# Country names as written on web pages, where the ISO name differs.
COUNTRY_ALIASES = {
    "moldova": "MDA", "the netherlands": "NLD", "netherlands": "NLD", "united kingdom": "GBR",
    "uk": "GBR", "united states": "USA", "usa": "USA", "turkey": "TUR", "russia": "RUS",
    "czech republic": "CZE", "macedonia": "MKD", "kosovo": "XKX", "vatican": "VAT",
    "south korea": "KOR", "north korea": "PRK", "iran": "IRN", "syria": "SYR", "laos": "LAO",
    "vietnam": "VNM", "tanzania": "TZA", "bolivia": "BOL", "venezuela": "VEN",
}

# Capitals and seats of field operations, to place a meeting or an office in a country.
CITY_COUNTRY = {
    "vienna": "AUT", "warsaw": "POL", "prague": "CZE", "strasbourg": "FRA", "geneva": "CHE",
    "brussels": "BEL", "the hague": "NLD", "skopje": "MKD", "ashgabat": "TKM",
    "astana": "KAZ", "bishkek": "KGZ", "dushanbe": "TJK", "tirana": "ALB", "sarajevo": "BIH",
    "chisinau": "MDA", "podgorica": "MNE", "belgrade": "SRB", "pristina": "XKX",
    "tashkent": "UZB", "kyiv": "UKR", "new york": "USA", "washington": "USA", "rome": "ITA",
    "berlin": "DEU", "paris": "FRA", "london": "GBR", "madrid": "ESP", "stockholm": "SWE",
}


def normalise(name: str) -> str:
    """A name with only its spelling differences removed.

    >>> normalise("The Organisation for Security and Co-operation in Europe")
    'organization for security and cooperation in europe'
    >>> normalise("OSCE Special Representative's office")
    'osce special representative office'
    """
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = text.replace("’", "'").replace("–", "-").replace("—", "-")
    text = re.sub(r"'s\b", "", text)
    for pattern, repl in _VARIANTS:
        text = pattern.sub(repl, text)
    text = re.sub(r"[^\w/-]+", " ", text).replace("_", " ")
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r"^the ", "", text)


def name_keys(name: str) -> set[str]:
    """Every key a name is filed under: its normal form and any office key it matches."""
    key = normalise(name)
    keys = {key} if key else set()
    for pattern, office in OFFICE_PATTERNS:
        if pattern.match(key):
            keys.add(office)
    return keys


@dataclass(frozen=True)
class Known:
    """One node of the graph, as the resolver sees it."""

    id: str
    label: str  # Organisation, Person, Country
    name: str
    acronym: str | None = None
    aliases: tuple[str, ...] = ()
    iati_id: str | None = None
    iso2: str | None = None


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


@dataclass
class Resolver:
    """Name, acronym, alias and identifier indexes over known entities, per label."""

    known: dict[str, Known] = field(default_factory=dict)
    _names: dict[tuple[str, str], set[str]] = field(default_factory=lambda: defaultdict(set))
    _acronyms: dict[tuple[str, str], set[str]] = field(default_factory=lambda: defaultdict(set))
    _iati: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    _iso2: dict[str, str] = field(default_factory=dict)

    @classmethod
    def over(cls, entities: Iterable[Known]) -> Resolver:
        resolver = cls()
        for entity in entities:
            resolver.add(entity)
        return resolver

    def add(self, entity: Known) -> None:
        self.known[entity.id] = entity
        names = [entity.name, *entity.aliases]
        if entity.label == "Country":
            names.append(entity.name.split(",")[0])  # "Moldova, Republic of" → "Moldova"
        for name in names:
            for key in name_keys(name):
                self._names[(entity.label, key)].add(entity.id)
            # An alias written in capitals ("CoE" is not, "IOM" is) doubles as an acronym.
            if re.fullmatch(r"[A-Z][A-Za-z/&-]{1,9}", name) and sum(c.isupper() for c in name) > 1:
                self._acronyms[(entity.label, name)].add(entity.id)
        if entity.acronym:
            self._acronyms[(entity.label, entity.acronym.strip())].add(entity.id)
            for key in name_keys(entity.acronym):
                self._names[(entity.label, key)].add(entity.id)
        if entity.iati_id:
            self._iati[entity.iati_id.strip().upper()].add(entity.id)
        if entity.iso2:
            self._iso2[entity.iso2.upper()] = entity.id

    def resolve(self, mention: str, label: str = "Organisation", *,
                iati_id: str | None = None) -> Match:
        """Link `mention` to one known entity of `label`, or say why not.

        Order: the IATI identifier (exact), the acronym (exact, case included), then the
        normalised name against names and aliases. A rule that finds several entities stops
        the search: the mention is ambiguous.
        """
        if iati_id:
            ids = self._iati.get(iati_id.strip().upper(), set())
            if ids:
                return self._answer(mention, ids, "iati identifier")
        text = mention.strip()
        ids = self._acronyms.get((label, text), set())
        if ids:
            return self._answer(mention, ids, "acronym")
        for key in sorted(name_keys(text), key=lambda k: k.startswith("office:")):
            ids = self._names.get((label, key), set())
            if ids:
                rule = "office spelling" if key.startswith("office:") else "name or alias"
                return self._answer(mention, ids, rule)
        if label == "Country":
            iso3 = COUNTRY_ALIASES.get(normalise(text))
            if iso3 and iso3 in self.known:
                return Match(mention, "linked", (iso3,), "country alias")
        return Match(mention, "new")

    def country_of_iso2(self, iso2: str) -> str | None:
        return self._iso2.get(iso2.upper())

    def country_of_city(self, city: str) -> str | None:
        iso3 = CITY_COUNTRY.get(normalise(city))
        return iso3 if iso3 in self.known else None

    @staticmethod
    def _answer(mention: str, ids: set[str], rule: str) -> Match:
        status = "linked" if len(ids) == 1 else "ambiguous"
        return Match(mention, status, tuple(sorted(ids)), rule)
