"""Find the names a resolver knows wherever they stand in a text, longest first.

`Gazetteer.over(resolver)` files every name, alias and derived name of the resolver as a
sequence of normal-form words (see `tokens.py`), and every acronym as written; `scan(text)`
walks the text's words and, at each word, takes the longest name that starts there. A name is
found only where it is written as a name: its first word capitalised, an acronym in its own
case, and not across the end of a sentence or a parenthesis. Countries are also found by
adjective ("Greek") and by capital or seat ("Vienna").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.resolve import LOWER_WORDS, Resolver, office_names
from ingest.tokens import Token, tokens

# What may stand between two words of one name.
# "the" and a possessive "'s" are skipped, not words ("United Nations Children's Fund").
_JOIN = re.compile(r"^(?:['’]s)?[\s,'’&()-]*(?:[Tt]he[\s,'’&()-]+)*$")
_ABBREVIATED = re.compile(r"^(?:[A-Z]|No|St|Dr|U|S)$")


@dataclass(frozen=True)
class Hit:
    """A name found in the text: one label, the ids it may mean, and how it was known."""

    label: str
    ids: tuple[str, ...]
    rule: str
    text: str
    start: int
    end: int
    words: int

    @property
    def ambiguous(self) -> bool:
        return len(self.ids) > 1


@dataclass
class _Node:
    children: dict[str, _Node] = field(default_factory=dict)
    # label → (ids, rule, whether every word must be capitalised) for a name that ends here
    ends: dict[str, tuple[frozenset[str], str, bool]] = field(default_factory=dict)


@dataclass
class Gazetteer:
    resolver: Resolver
    _names: _Node = field(default_factory=_Node)  # normal forms; first word capitalised
    _cased: _Node = field(default_factory=_Node)  # acronyms, as written

    @classmethod
    def over(cls, resolver: Resolver, labels: tuple[str, ...] = (
            "Organisation", "Person", "Country", "Mandate", "Event")) -> Gazetteer:
        gaz = cls(resolver)
        for (label, key), found in resolver.names.items():
            if label not in labels or (label, key) in resolver.acronym_keys:
                continue
            ids = frozenset(found)
            if key.startswith("office:"):
                for name in office_names(key):
                    gaz._add(gaz._names, name.split(), label, ids, "office spelling", False)
                continue
            words = key.split()
            if len(words) == 1 and label == "Organisation" and ids <= resolver.derived_ids:
                continue  # "Several", "Pact": one-word names a script read from grant records
            rule = sorted(set(found.values()))[0]
            gaz._add(gaz._names, words, label, ids, rule,
                     (label, key) not in resolver.lowercase_keys)
        for label, acronym in {*resolver.acronyms, *resolver.alias_acronyms}:
            if label in labels:
                gaz._add(gaz._cased, [t.raw for t in tokens(acronym) if t.norm], label,
                         frozenset(resolver.acronym_ids(label, acronym)), "acronym", False)
        if "Country" in labels:
            for table, rule in ((resolver.adjectives, "country adjective"),
                                (resolver.cities, "capital or seat")):
                for key, iso3 in table.items():
                    gaz._add(gaz._names, key.split(), "Country", frozenset({iso3}), rule, True)
        return gaz

    @staticmethod
    def _add(root: _Node, words: list[str], label: str, ids: frozenset[str], rule: str,
             capitalised: bool) -> None:
        if not words:
            return
        node = root
        for word in words:
            node = node.children.setdefault(word, _Node())
        old = node.ends.get(label)
        node.ends[label] = ((old[0] | ids, old[1], old[2] and capitalised) if old
                            else (ids, rule, capitalised))

    def scan(self, text: str, offset: int = 0, labels: tuple[str, ...] | None = None
             ) -> list[Hit]:
        """Every name in `text`, left to right, the longest at each place; names inside a
        longer name are not returned (see `inside`)."""
        words = [t for t in tokens(text) if t.norm]
        out: list[Hit] = []
        i = 0
        while i < len(words):
            found = self._longest(text, words, i, labels)
            if not found:
                i += 1
                continue
            length = found[0].words
            out += [Hit(h.label, h.ids, h.rule, h.text, h.start + offset, h.end + offset,
                        h.words) for h in found]
            i += length
        return out

    def countries(self, text: str, offset: int = 0) -> list[Hit]:
        """Every country named in `text`, inside other names too ("OSCE Mission to Moldova")."""
        words = [t for t in tokens(text) if t.norm]
        out: list[Hit] = []
        i = 0
        while i < len(words):
            found = self._longest(text, words, i, ("Country",))
            if found:
                hit = found[0]
                out.append(Hit(hit.label, hit.ids, hit.rule, hit.text, hit.start + offset,
                               hit.end + offset, hit.words))
                i += hit.words
            else:
                i += 1
        return out

    def _longest(self, text: str, words: list[Token], i: int,
                 labels: tuple[str, ...] | None) -> list[Hit]:
        best: list[Hit] = []
        for root, cased in ((self._names, False), (self._cased, True)):
            if not cased and not words[i].capitalised:
                continue
            node, j = root, i
            while j < len(words):
                if j > i and not _joined(text, words[j - 1], words[j]):
                    break
                key = words[j].raw if cased else words[j].norm
                nxt = node.children.get(key)
                if nxt is None:
                    break
                node, j = nxt, j + 1
                capitalised = all(w.capitalised or w.raw.lower() in LOWER_WORDS
                                  for w in words[i:j])
                ends = {label: v for label, v in node.ends.items()
                        if (labels is None or label in labels) and (capitalised or not v[2])}
                if "Country" in ends:  # "Croatia" is the country, whatever else it names
                    ends.pop("Organisation", None)
                if ends and (not best or j - i > best[0].words):
                    start, end = words[i].start, words[j - 1].end
                    best = [Hit(label, tuple(sorted(ids)), rule, text[start:end], start, end,
                                j - i) for label, (ids, rule, _) in sorted(ends.items())]
        return best


def _joined(text: str, a: Token, b: Token) -> bool:
    gap = text[a.end:b.start]
    if _JOIN.match(gap):
        return True
    # "UN.GIFT", "U.S. Department", "Decision No. 6/17", "Feridun H. Sinirlioğlu"
    return gap == "." or (gap.strip() == "." and bool(_ABBREVIATED.match(a.raw)))


def inside(hits: list[Hit], start: int, end: int) -> list[Hit]:
    return [h for h in hits if start <= h.start and h.end <= end]
