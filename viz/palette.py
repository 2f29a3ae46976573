"""Colours and shapes of the views, in one place so that every legend lists what it draws.

Organisations are coloured by their type, in families a reader can tell apart (international
bodies blue, the UN cyan, the EU indigo, national authorities green, NGOs orange, networks
red, donors gold); other records keep one colour and a shape of their own. The heatmap and
the map share one sequential scale for coverage and one for need, never mixed.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

TYPE_COLOURS: dict[str, str] = {
    "igo": "#1f4e9c",
    "igo_unit": "#4a78c2",
    "field_operation": "#7ea6e0",
    "un_agency": "#0f8b8d",
    "un_mechanism": "#58b9ba",
    "eu_body": "#4b3f9e",
    "national_authority": "#2e7d32",
    "national_coordinator": "#1b5e20",
    "law_enforcement": "#558b2f",
    "judicial": "#7cb342",
    "government": "#43a047",
    "ngo": "#e8710a",
    "network": "#c62828",
    "donor": "#c9a100",
    "research": "#8d6e63",
    "private_sector": "#d81b60",
    "other": "#757575",
}

KIND_COLOURS: dict[str, str] = {
    "Organisation": "#757575",
    "Programme": "#9e9e9e",
    "Country": "#00695c",
    "Theme": "#7b1fa2",
    "Mandate": "#795548",
    "Person": "#ad1457",
    "Event": "#0097a7",
    "Document": "#616161",
    "Indicator": "#9e9d24",
}
GROUP_COLOUR = "#e0e0e0"

KIND_SHAPES: dict[str, str] = {
    "Organisation": "dot",
    "Programme": "square",
    "Country": "triangle",
    "Theme": "diamond",
    "Mandate": "triangleDown",
    "Person": "dot",
    "Event": "star",
    "Document": "square",
    "Indicator": "square",
    "Group": "dot",
}

#: How each relationship (or collaboration link) type is drawn: colour, dashes, width.
EDGE_STYLES: dict[str, tuple[str, bool, float]] = {
    "PART_OF": ("#444444", False, 2.0),
    "MEMBER_OF": ("#1f77b4", False, 1.5),
    "PARTNER_OF": ("#d62728", False, 2.0),
    "FUNDS": ("#2ca02c", False, 1.5),
    "IMPLEMENTS": ("#ff7f0e", False, 1.5),
    "TARGETS": ("#98df8a", False, 1.0),
    "ADDRESSES": ("#c5b0d5", False, 1.0),
    "COVERS": ("#c49c94", False, 1.0),
    "HOLDS_MANDATE": ("#8c564b", False, 1.5),
    "PARTY_TO": ("#bcbd22", False, 1.0),
    "OPERATES_IN": ("#aec7e8", False, 1.0),
    "HEADQUARTERED_IN": ("#aec7e8", False, 1.0),
    "SUBTHEME_OF": ("#9467bd", False, 1.0),
    "works_in": ("#80cbc4", False, 1.5),
    "works_on": ("#ce93d8", False, 1.5),
    "partnership": ("#d62728", False, 2.0),
    "joint_programme": ("#ff7f0e", False, 2.0),
    "shared_funder": ("#2ca02c", False, 1.0),
    "membership": ("#1f77b4", False, 1.5),
    "common_membership": ("#aec7e8", False, 1.0),
    "same_family": ("#444444", False, 2.0),
    "missing_link": ("#e31a1c", True, 2.5),
    "aggregated": ("#b0b0b0", True, 1.0),
}
DEFAULT_EDGE_STYLE = ("#bbbbbb", False, 1.0)

_TYPE_WORDS = {"igo": "intergovernmental organisation", "igo_unit": "unit of an IGO",
               "un_agency": "UN agency", "un_mechanism": "UN mechanism", "eu_body": "EU body",
               "ngo": "NGO"}


def type_words(org_type: str) -> str:
    """An organisation type in words: ``ngo`` → ``NGO``, ``field_operation`` → ``field
    operation``."""
    return _TYPE_WORDS.get(org_type, org_type.replace("_", " "))


def colour_of(attrs: Mapping[str, Any]) -> str:
    """The fill of a record: its type's colour for an organisation, else its kind's."""
    kind = str(attrs.get("kind", "?"))
    if kind == "Organisation":
        return TYPE_COLOURS.get(str(attrs.get("type")), KIND_COLOURS["Organisation"])
    return KIND_COLOURS.get(kind, "#888888")


#: Sequential scales (light to dark), five steps each; step 0 is "none" and drawn apart.
COVERAGE_SCALE = ("#e5f5e0", "#c7e9c0", "#a1d99b", "#74c476", "#31a354")
NEED_SCALE = ("#fee5d9", "#fcbba1", "#fc9272", "#fb6a4a", "#cb181d")
GAP_SCALE = ("#fff5eb", "#fdd0a2", "#fdae6b", "#f16913", "#a63603")
NO_ACTOR_COLOUR = "#ffffff"
NO_DATA_COLOUR = "#d9d9d9"
OUTSIDE_COLOUR = "#f2f2f2"


def step(value: float, top: float, steps: int = 5) -> int:
    """The step 0..steps-1 of `value` on a scale from 0 to `top` (equal intervals)."""
    if top <= 0 or value <= 0:
        return 0
    return max(0, min(steps - 1, int(steps * value / top - 1e-9)))


def bounds(top: float, steps: int = 5) -> list[tuple[float, float]]:
    """The interval of each step of `step`, for a legend."""
    width = top / steps if top > 0 else 0.0
    return [(i * width, (i + 1) * width) for i in range(steps)]
