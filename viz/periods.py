"""A record's period in words, at the precision its source gave.

A start recorded as "2022" is stored as 2022-01-01 with ``start_precision`` "year"; showing the
stored day would claim a date no page states. A missing end reads "ongoing" only when the record
says the activity runs on (status ``active``), and "?" otherwise: absence is not openness.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from graph.schema import bound_text


def when(attrs: Mapping[str, Any], which: str) -> str | None:
    """`attrs[which]` ("start" or "end") as it was written, or None."""
    value = attrs.get(which)
    return bound_text(str(value), attrs.get(f"{which}_precision")) if value else None


def period(attrs: Mapping[str, Any]) -> str:
    """ "2022 – ongoing", "2023-06-02 – 2025-12-31", "? – ?" """
    end = when(attrs, "end") or ("ongoing" if attrs.get("status") == "active" else "?")
    return f"{when(attrs, 'start') or '?'} – {end}"
