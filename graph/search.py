"""Turn a user's words into a safe, forgiving full-text query for the `name_search` index."""

from __future__ import annotations

import re
import unicodedata

from graph.errors import InvalidData

MAX_TERMS = 8

#: Lucene's English stop words, which the `standard-folding` analyzer leaves out of the index:
#: a query that required them ("Office *for* Democratic Institutions") would find nothing.
STOP_WORDS = frozenset({
    "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is",
    "it", "no", "not", "of", "on", "or", "such", "that", "the", "their", "then", "there",
    "these", "they", "this", "to", "was", "will", "with",
})


def fold(text: str) -> str:
    """Lower case without accents, as the index's `standard-folding` analyzer stores names."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def lucene_query(text: str) -> str:
    """A Lucene query that finds every word, exactly, as a prefix, or with one typo.

    Only letters and digits pass, so no user input can form Lucene syntax; wildcard and fuzzy
    terms are not analysed by Lucene, hence the folding here.
    """
    words = re.findall(r"[a-z0-9]+", fold(text))
    terms = [w for w in words if w not in STOP_WORDS][:MAX_TERMS] or words[:MAX_TERMS]
    if not terms:
        raise InvalidData.single("q", text, "some letters or digits to search for")
    parts = []
    for term in terms:
        if len(term) >= 4:
            parts.append(f"({term}^3 OR {term}* OR {term}~1)")
        else:
            parts.append(f"({term}^3 OR {term}*)")
    return " AND ".join(parts)


def exact_key(text: str) -> str:
    """The form of the user's words that an exact name or acronym match is compared in.

    >>> exact_key("  OSCE ")
    'osce'
    """
    return " ".join(re.findall(r"[a-z0-9/]+", fold(text)))
