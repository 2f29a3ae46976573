"""What reads as an organisation's name in running text, when the graph does not know it.

Pure and lexical. A name of two words or more whose head — the last word before its first
"of", "for", "on" … — is a kind of body ("Supreme Court of Tajikistan", "Hellenic Police",
"Office of the Spokesperson"); or a name introduced as an NGO ("the NGO Different and
Equal"). Roles ("Head of Department"), events and mandates ("… Convention") are not bodies.
"""

from __future__ import annotations

import re

from ingest.page import Span
from ingest.tokens import normal_words, tokens

# The head word of an organisation's name ("Supreme Court of …", "Hellenic Police").
ORG_HEADS = normal_words(
    "Agency Alliance Assembly Association Authority Bank Bureau Centre Center Chamber Coalition "
    "Collaborative Commission Committee Council Court Department Directorate Federation "
    "Foundation Fund Gendarmerie Group Inspectorate Institute Institution Initiative League "
    "Ministry Mission Network Office Organisation Organization Parliament Platform Police "
    "Programme Prosecution Prosecutor's Secretariat Service Society Taskforce Trust "
    "Tribunal Union Unit University Academy School")
_NOT_ORG = re.compile(r"\b(?:Convention|Protocol|Directive|Decision|Strategy|Plan|Report|Act|"
                      r"Declaration|Resolution|Day|Conference|Meeting|Forum|Summit|Round Table|"
                      r"Minister|Head|Chief|Director|President|Secretary|Adviser|Member|Chair)\b")


def split_names(span: Span) -> list[Span]:
    """A phrase that joins two names is two: at "and the" or ", and", and at "and" when
    each side reads as a body's name on its own ("Hellenic Police and Ministry of …").

    >>> [s.text for s in split_names(Span("Hellenic Police and the Ministry of Asylum", 0, 42))]
    ['Hellenic Police', 'Ministry of Asylum']
    """
    out = []
    at = 0
    text = span.text
    cuts = [(m.start(), m.end()) for m in re.finditer(r",?\s+and\s+the\s+|,\s+and\s+", text)]
    for joint in re.finditer(r"\s+and\s+", text):
        left, right = text[:joint.start()], text[joint.end():]
        if org_shaped(left) and org_shaped(right) and (joint.start(), joint.end()) not in cuts:
            cuts.append((joint.start(), joint.end()))
    for start, end in sorted(cuts):
        if start >= at:
            out.append(Span(text[at:start], span.start + at, span.start + start))
            at = end
    out.append(Span(text[at:], span.start + at, span.end))
    return [s for s in out if s.text.strip()]


def org_shaped(phrase: str, *, branch: bool = False) -> str | None:
    """The phrase as an organisation's name if it reads as one, else None.

    A name of two words or more whose head — the last word before its first "of", "for",
    "on" … — is a kind of body; or a name introduced as an NGO ("the NGO Different and
    Equal", "the Swedish NGO Fair Work Nordic"). With `branch`, any name ending in a country
    ("La Strada Ukraine") is one.

    >>> org_shaped("Supreme Court of Tajikistan"), org_shaped("Head of Department")
    ('Supreme Court of Tajikistan', None)
    >>> org_shaped("Swedish NGO Fair Work Nordic")
    'Fair Work Nordic'
    """
    phrase = phrase.strip(" ,.;:'’")
    ngo = re.match(r"^(?:[A-ZÀ-Ý]\w+\s+)?(?:NGO|non-governmental organi[sz]ation)\s+(.+)$", phrase)
    if ngo and ngo.group(1)[:1].isupper():
        return ngo.group(1)
    words = [t for t in tokens(phrase)]
    if len(words) < 2:
        return None
    if branch:
        return phrase
    if _NOT_ORG.search(phrase):
        return None
    head = None
    for word in words:
        if word.raw in {"of", "for", "on", "in", "against", "to", "de", "du", "des"}:
            break
        if word.raw not in {"and", "&", "the"}:
            head = word
    if head is None or head.norm not in ORG_HEADS:
        return None
    if words[0].raw.islower():
        return None
    return phrase
