"""How a page's navigation lists (participating States, field operations) differ from the graph.

Pure: lines for a reviewer; nothing is written.
"""

from __future__ import annotations

import re
from typing import Any

from ingest.page import Page
from ingest.resolve import Resolver

_FIELD_OP = re.compile(r"^(Presence|Centre|Programme Office|Mission|Project Co-ordinator|Office)"
                       r"\s+(?:in|to)\s+(.+)$")


def compare_navigation(page: Page, resolver: Resolver, members: set[str] | None,
                       field_operations: list[dict[str, Any]] | None) -> list[str]:
    """How the page's lists of participating States and field operations differ from the graph
    (MEMBER_OF org.osce as participating_state; field_operation organisations under org.osce
    that OPERATE_IN a country). Lines for a reviewer; nothing is written."""
    out: list[str] = []
    states = page.nav.get("Participating States", [])
    if states and members is not None:
        listed: dict[str, str] = {}
        for item in states:
            name = re.split(r"\s+[–-]\s+", item.text)[0]
            if "Partners" in name:
                continue
            match = resolver.resolve(name, "Country")
            if match.id:
                listed[match.id] = name
            else:
                out.append(f"participating State {name!r} on the page matches no country "
                           f"({match.status})")
        out += [f"{listed[c]} ({c}) is a participating State on the page, not in the graph"
                for c in sorted(set(listed) - members)]
        out += [f"{c} is a participating State in the graph, not on the page"
                for c in sorted(members - set(listed))]
    ops = page.nav.get("Field operations", [])
    if ops and field_operations is not None:
        in_graph = {c for op in field_operations for c in op["countries"]}
        on_page: dict[str, str] = {}
        for item in ops:
            op = _FIELD_OP.match(item.text)
            if not op:
                continue
            place = op.group(2)
            country = resolver.resolve(place, "Country").id or resolver.country_of_city(place)
            if country:
                on_page[country] = item.text
            else:
                out.append(f"field operation {item.text!r}: {place!r} matches no country")
        out += [f"field operation {on_page[c]!r} ({c}) is on the page, not in the graph"
                for c in sorted(set(on_page) - in_graph)]
        out += [f"a field operation in {c} is in the graph, not on the page"
                for c in sorted(in_graph - set(on_page))]
    return out
