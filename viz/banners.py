"""The banners a view shows above everything else when its data may not be the whole truth.

Two cases, the same ones `/ready` and the findings' `snapshot` report: a load began and did
not complete (the graph may hold part of it until it is run again), and findings computed on
the graph as it was before its latest change (while the new ones are being computed).
"""

from __future__ import annotations

from typing import Any

PREVIOUS = ("These findings were computed on the graph as it was before its latest change; "
            "the findings on the graph as it is now are being computed: reload in a moment.")


def banners(snapshot: dict[str, Any] | None, *, previous: bool = False) -> list[str]:
    """Plain sentences for a view whose data is incomplete or whose findings are previous.

    >>> banners({"complete": True})
    []
    >>> [line] = banners({"complete": False, "incomplete": [{"what": "folder data",
    ...                   "status": "running", "started_at": "2026-12-01T10:00"}]})
    >>> line[:75]
    'Incomplete data: the load of folder data began at 2026-12-01T10:00 and is r'
    """
    out = []
    snapshot = snapshot or {}
    if snapshot.get("complete") is False:
        loads = snapshot.get("incomplete") or [{}]
        said = "; ".join(
            f"the load of {x.get('what') or 'a source'} began at {x.get('started_at') or '?'} "
            f"and is {x.get('status') or 'not complete'}" for x in loads)
        out.append(f"Incomplete data: {said}; until it completes (load it again if it "
                   "stopped), this view may show only part of it.")
    if previous:
        out.append(PREVIOUS)
    return out
