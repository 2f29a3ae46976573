"""Words of a text with their spans, and the normal form names are compared in.

One tokeniser serves both sides of every comparison: a name of the graph is filed under the
normal forms of its tokens, and a page is scanned token by token in the same forms, so that
"Co-operation", "cooperation" and "co‑operation" meet, and "OSCE's" is "OSCE". The normal
form removes only differences of spelling: case, accents, hyphens between words, "the",
"&" for "and", a possessive "'s", British and American spellings.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Spelling variants that name the same thing, applied to one normalised word.
_WORD_VARIANTS = (
    (re.compile(r"^organis"), "organiz"),
    (re.compile(r"^program$"), "programme"),
    (re.compile(r"^labor$"), "labour"),
    (re.compile(r"^centre$"), "center"),
    (re.compile(r"^combatting$"), "combating"),
)
# A word; hyphens split words ("Director-General" is "Director General") except after the
# prefix "co", which is written with or without one.
_WORD = re.compile(r"[Cc]o[-‐‑](?:operat|ordinat)[^\W_]*|[^\W_]+(?:/[^\W_]+)*|&")
_APOSTROPHES = "'’ʼ"
DROPPED = frozenset({"the"})


@dataclass(frozen=True)
class Token:
    raw: str  # as written
    norm: str  # normal form; "" for a word that comparisons skip ("the")
    start: int
    end: int

    @property
    def capitalised(self) -> bool:
        return self.raw[:1].isupper() or self.raw[:1].isdigit()


# Letters that are not a base letter with an accent, and so survive NFKD.
_LETTERS = str.maketrans({"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O",
                          "æ": "ae", "Æ": "AE", "ß": "ss", "þ": "th", "Þ": "Th", "ı": "i",
                          "œ": "oe", "Œ": "OE", "ħ": "h", "Ħ": "H"})


def fold(text: str) -> str:
    """Case and accents removed: 'Siobhán' → 'siobhan', 'Łukasz' → 'lukasz'."""
    text = unicodedata.normalize("NFKD", text.translate(_LETTERS))
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


def word_norm(raw: str) -> str:
    if raw == "&":
        return "and"
    word = re.sub(r"[-‐‑]", "", fold(raw))
    for pattern, repl in _WORD_VARIANTS:
        word = pattern.sub(repl, word)
    return "" if word in DROPPED else word


def tokens(text: str, offset: int = 0) -> list[Token]:
    """The words of `text`; a possessive "'s" is dropped, hyphens split words.

    >>> [t.norm for t in tokens("The OSCE's Co-operation & Chairperson-in-Office")]
    ['', 'osce', 'cooperation', 'and', 'chairperson', 'in', 'office']
    """
    out: list[Token] = []
    for match in _WORD.finditer(text):
        raw = match.group(0)
        if (raw.lower() == "s" and match.start() > 0 and text[match.start() - 1] in _APOSTROPHES
                and out and out[-1].end == offset + match.start() - 1):
            continue  # "OSCE's" is "OSCE"
        out.append(Token(raw, word_norm(raw), offset + match.start(), offset + match.end()))
    return out


def normalise(name: str) -> str:
    """A name with only its spelling differences removed.

    >>> normalise("The Organisation for Security and Co-operation in Europe")
    'organization for security and cooperation in europe'
    >>> normalise("OSCE Special Representative's office")
    'osce special representative office'
    >>> normalise("Ministry of the Interior") == normalise("Ministry of Interior")
    True
    """
    return " ".join(t.norm for t in tokens(name) if t.norm)


def folded_words(text: str) -> frozenset[str]:
    """The folded words of a space-separated table of words (kept readable in the source)."""
    return frozenset(fold(w) for w in text.split())


def normal_words(text: str) -> frozenset[str]:
    """The normal forms of the words of a space-separated table of words."""
    return frozenset(normalise(w) for w in text.split())
