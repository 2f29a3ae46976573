"""Turn a user's words into a safe, forgiving full-text query for the `name_search` index."""

from __future__ import annotations

import re
import unicodedata

from graph.errors import InvalidData

MAX_TERMS = 8


def fold(text: str) -> str:
    """Lower case without accents, as the index's `standard-folding` analyzer stores names."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def lucene_query(text: str) -> str:
    """A Lucene query that finds every word, exactly, as a prefix, or with one typo.

    Only letters and digits pass, so no user input can form Lucene syntax; wildcard and fuzzy
    terms are not analysed by Lucene, hence the folding here.
    """
    terms = re.findall(r"[a-z0-9]+", fold(text))[:MAX_TERMS]
    if not terms:
        raise InvalidData.single("q", text, "some letters or digits to search for")
    parts = []
    for term in terms:
        if len(term) >= 4:
            parts.append(f"({term}^3 OR {term}* OR {term}~1)")
        else:
            parts.append(f"({term}^3 OR {term}*)")
    return " AND ".join(parts)
