"""Figures a page states ("more than 3,000 to 4,000 …"), what they count and who estimated them.

Pure: `find_figures(paragraph)` reads one paragraph; see its docstring for the rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ingest.page import Paragraph

_NUMBER = re.compile(
    r"(?:(?:more than|over|about|some|around|nearly|almost|up to|at least|a total(?: of)?)\s+)?"
    r"(?:\d[\d,.]*(?:\s*(?:to|-|–)\s*\d[\d,.]*)?(?:\s*(?:per cent|percent|%))?"
    r"(?:\s+(?:million|billion|thousand))?|(?:tens|hundreds) of (?:thousands|millions|billions))",
    re.I)
_ESTIMATOR = re.compile(
    r"(?:^|[.;]\s+)(?:The\s+)?([^,.;]+?)(?:,\s*([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*),)?\s+"
    r"(?:estimates?|estimated|reports?|calculates?|believes?)\s+that\b")
_PASSIVE = re.compile(r"\b(?:It is|it is|It was) (?:estimated|believed|reported|thought) that\b")
_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december"]


@dataclass(frozen=True)
class Figure:
    text: str  # the number as written, e.g. "more than 3,000 to 4,000"
    what: str  # what it counts, e.g. "Mafia organizations within the European Union …"
    low: float | None
    high: float | None
    estimated_by: str | None  # the estimator's name as written, or None when unattributed
    cue: str  # "estimates that", "It is estimated that", …
    start: int
    end: int
    sentence: str


def _value(number: str) -> tuple[float | None, float | None]:
    scale = 1.0
    for word, factor in (("thousand", 1e3), ("million", 1e6), ("billion", 1e9)):
        if word in number.lower():
            scale = factor
    values = [float(n.replace(",", "")) * scale
              for n in re.findall(r"\d[\d,]*(?:\.\d+)?", number)]
    if not values:
        return None, None
    return values[0], values[-1] if len(values) > 1 else values[0]


def find_figures(para: Paragraph) -> list[Figure]:
    """Numbers stated in a paragraph, what they count and who estimated them.

    The estimator is the subject (or its apposition) of "X estimates that"; "It is estimated
    that" gives an unattributed figure. A sentence without a cue inherits the previous
    sentence's estimator in the same paragraph. Dates, years and ages are not figures.
    """
    out: list[Figure] = []
    estimator, cue = None, ""
    for sent in re.finditer(r"[^.!?]+(?:[.!?]+|$)", para.text):
        sentence = sent.group(0).strip()
        passive = _PASSIVE.search(sentence)
        found = None if passive else _ESTIMATOR.search(sentence)
        if found:
            estimator = (found.group(2) or found.group(1)).strip()
            cue = found.group(0).strip(" .;")
            cue = cue[cue.rfind(" ", 0, cue.rfind(" that")) + 1:]
        elif passive:
            estimator, cue = None, passive.group(0)
        for num in _NUMBER.finditer(sent.group(0)):
            at = sent.start() + num.start()
            before = para.text[max(0, at - 12):at].lower()
            after = para.text[at + len(num.group(0)):at + len(num.group(0)) + 12].lower()
            digits = re.sub(r"\D", "", num.group(0))
            if ("age of" in before or any(m in before or m in after for m in _MONTHS)
                    or (len(digits) == 4 and digits[:2] in {"19", "20"} and "," not in num.group(0))
                    or not cue):
                continue
            rest = para.text[at + len(num.group(0)):sent.end()]
            what = re.split(r"[,;:]|\.\s|\.$| which | and that ", rest)[0].strip()
            what = " ".join(what.split()[:20])
            low, high = _value(num.group(0))
            out.append(Figure(num.group(0).strip(), what, low, high, estimator, cue,
                              para.start + at, para.start + at + len(num.group(0)), sentence))
    return out
