"""IATI codes: the codelists that codes are checked against, and what codes mean here.

Codelists are the IATI Standard's own XML files, copied into `iati_codelists/` (see the README
there). Mappings from IATI codes to the model's vocabulary (roles, statuses, organisation
types, themes) are data in this module, so that a reviewer reads them in one place.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

CODELIST_DIR = Path(__file__).parent / "iati_codelists"


@cache
def codes(name: str) -> frozenset[str]:
    """Every code of the codelist `name` (e.g. "Sector"), withdrawn ones included, since old
    activities may still use them."""
    root = ET.parse(CODELIST_DIR / f"{name}.xml").getroot()
    return frozenset((item.findtext("code") or "").strip()
                     for item in root.iter("codelist-item"))


# participating-org/@role → (relationship, role on IMPLEMENTS)
ROLES = {"1": ("FUNDS", "funding"), "2": ("IMPLEMENTS", "accountable"),
         "3": ("IMPLEMENTS", "extending"), "4": ("IMPLEMENTS", "implementing")}

STATUSES = {"1": "pipeline", "2": "active", "3": "completed", "4": "closed",
            "5": "cancelled", "6": "suspended"}

DATE_TYPES = {"1": "start-planned", "2": "start-actual", "3": "end-planned", "4": "end-actual"}

BUDGET_TYPES = {"1": "original", "2": "revised"}

# OrganisationType → (OrgType, Scope) for organisations an activity file introduces.
ORG_TYPES = {
    "10": ("government", "national"), "11": ("government", "local"),
    "15": ("government", "national"), "21": ("ngo", "global"), "22": ("ngo", "national"),
    "23": ("ngo", "regional"), "24": ("ngo", "national"), "30": ("other", "national"),
    "40": ("igo", "global"), "60": ("donor", "global"), "70": ("private_sector", "national"),
    "71": ("private_sector", "national"), "72": ("private_sector", "national"),
    "73": ("private_sector", "national"), "80": ("research", "national"),
    "90": ("other", "national"),
}

# SDG targets that speak of trafficking, and the theme each maps to.
SDG_THEMES = {
    "8.7": ("theme.labour-exploitation",
            "SDG target 8.7 (forced labour, modern slavery, human trafficking, child labour)"),
    "16.2": ("theme.child-trafficking",
             "SDG target 16.2 (abuse, exploitation, trafficking and violence against children)"),
    "5.2": ("theme.sexual-exploitation",
            "SDG target 5.2 (violence against women and girls, including trafficking and "
            "sexual exploitation)"),
}
SDG_TAG_VOCABULARY = "3"  # TagVocabulary 3: UN Sustainable Development Goals (SDG) targets
SDG_SECTOR_VOCABULARY = "8"  # SectorVocabulary 8: SDG targets

# Words in an activity's title or description, and the theme each maps to. "Trafficking"
# alone is not enough (drugs and arms are trafficked too): it must name people.
TEXT_THEMES = (
    (re.compile(r"\b(child trafficking|trafficking (?:in|of) children|trafficked children)\b",
                re.I), "theme.child-trafficking"),
    (re.compile(r"\b(forced labou?r|modern slavery|labou?r trafficking|bonded labou?r)\b", re.I),
     "theme.labour-exploitation"),
    (re.compile(r"\b(sex trafficking|trafficking for sexual exploitation)\b", re.I),
     "theme.sexual-exploitation"),
    (re.compile(r"\b(human trafficking|trafficking in (?:human beings|persons|women)|"
                r"trafficking of (?:persons|people|women|human beings)|anti-trafficking|"
                r"counter-trafficking|victims of trafficking|trafficked (?:persons|people|women)|"
                r"trata de (?:personas|seres humanos)|traite des (?:êtres humains|personnes))\b",
                re.I), "theme.prevention"),
)


def sdg_target(code: str) -> str:
    """'8.7', '08.07' or '8.7.1' → '8.7' (targets, not indicators)."""
    parts = [p.lstrip("0") or "0" for p in code.strip().split(".")]
    return ".".join(parts[:2]).lower()


def themes_for(tags: list[tuple[str, str]], sectors: list[tuple[str, str]],
               text: str) -> dict[str, str]:
    """Theme id → the reason it applies, from SDG tags, SDG sectors and the activity's text.

    >>> themes_for([("3", "8.7")], [], "")
    {'theme.labour-exploitation': 'tag: SDG target 8.7 (forced labour, modern slavery, \
human trafficking, child labour)'}
    >>> themes_for([], [], "Support to victims of drug trafficking routes")
    {}
    """
    out: dict[str, str] = {}
    for where, pairs, vocab in (("tag", tags, SDG_TAG_VOCABULARY),
                                ("sector", sectors, SDG_SECTOR_VOCABULARY)):
        for vocabulary, code in pairs:
            if vocabulary == vocab and sdg_target(code) in SDG_THEMES:
                theme, why = SDG_THEMES[sdg_target(code)]
                out.setdefault(theme, f"{where}: {why}")
    for pattern, theme in TEXT_THEMES:
        found = pattern.search(text)
        if found:
            out.setdefault(theme, f"text: {found.group(0)!r}")
    return out
