"""What a role as written says of the organisation its holder speaks for.

Pure and lexical: "Minister of Justice of Finland" names the Ministry of Justice of Finland,
"Deputy Director General of the International Organization for Migration" names IOM, "IOM
Deputy Director General" too; a role that joins titles with "and" is several roles.
"""

from __future__ import annotations

import re


def split_role(role: str) -> list[str]:
    """A role that joins titles with 'and' is several roles.

    >>> split_role("Minister for Foreign and European Affairs of Malta and OSCE Chairperson")
    ['Minister for Foreign and European Affairs of Malta', 'OSCE Chairperson']
    """
    parts = re.split(r"\s+and\s+(?=(?:[A-Z]{2,}|(?:" + "|".join(
        sorted((w.capitalize() for w in ("minister", "head", "chair", "director", "president",
                                         "secretary", "deputy", "member", "vice", "chief")),
               key=len, reverse=True)) + r"))\b)", role)
    return [p.strip() for p in parts if p.strip()]


_CAP = r"[A-ZÀ-Ý][\w&./'’-]*"
_ORG_RUN = rf"{_CAP}(?:\s+(?:(?:of|for|and|on|in|the|against|to|&)\s+)*{_CAP})*"
_MINISTER = re.compile(r"\b(?:(?:Vice|Deputy|Assistant|First Deputy)[- ])?Minister\s+(of|for)\s+"
                       rf"(.+?)\s+of\s+(?:the\s+)?({_CAP}(?:\s+{_CAP})*)\s*$")
_FOREIGN_MINISTER = re.compile(rf"\bForeign Minister\s+of\s+(?:the\s+)?({_CAP}(?:\s+{_CAP})*)$")
_ADJ_MINISTER = re.compile(rf"^({_CAP})\s+Minister\s+(of|for)\s+(.+)$")


def org_phrases(role: str) -> list[str]:
    """The names in a role that may be the organisation spoken for, most specific first.

    The whole role comes first (an office may be named by its head's title, e.g. "the OSCE's
    Special Representative on Combating Trafficking in Human Beings"), then the ministry a
    minister's title names, then the possessor ("the IOM's …") or the complement after "of",
    "at" or "with" ("… of the Council of Europe") and their tails.

    >>> org_phrases("Minister of Justice of Finland")[:2]
    ['Minister of Justice of Finland', 'Ministry of Justice of Finland']
    """
    whole = re.sub(r"^(?:the|a|an)\s+", "", role.strip())
    out = [whole]
    minister = _MINISTER.search(whole)
    if minister:
        out.append(f"Ministry {minister.group(1)} {minister.group(2)} of {minister.group(3)}")
    foreign = _FOREIGN_MINISTER.search(whole)
    if foreign:
        out.append(f"Ministry of Foreign Affairs of {foreign.group(1)}")
    adjective = _ADJ_MINISTER.match(whole)
    if adjective:
        out.append(f"{adjective.group(1)} Ministry {adjective.group(2)} {adjective.group(3)}")
    possessive = re.search(rf"({_ORG_RUN})['’]s\b", whole)
    tail = re.search(rf"\b(?:of|at|with|for)\s+(?:the\s+)?({_ORG_RUN})\s*$", whole)
    for match in (possessive, tail):
        if match and "'" not in match.group(1) and "’" not in match.group(1):
            out.extend(suffixes(match.group(1)))
    if re.fullmatch(_ORG_RUN, whole) and " " not in whole:
        out.append(whole)  # a bare acronym: "UNODC"
    leading = re.match(r"^((?:[A-Z][A-Z/.-]+\s+)+)(?=[A-Z][a-z])", whole)
    if leading:
        out.append(leading.group(1).strip())  # "OSCE Secretary General", "IOM Deputy …"
    return list(dict.fromkeys(out))


def suffixes(phrase: str) -> list[str]:
    """A phrase, then what follows each "of", "the", "for" before a capital, longest first.

    >>> suffixes("Director of the International Organization for Migration")
    ['Director of the International Organization for Migration', \
'International Organization for Migration', 'Migration']
    """
    words = phrase.split()
    out = [phrase]
    for i in range(1, len(words)):
        if words[i - 1] in {"of", "the", "for", "in", "at"} and words[i][:1].isupper():
            out.append(" ".join(words[i:]))
    return list(dict.fromkeys(out))
