"""Views as standalone HTML pages: the scripts inlined, for files and notebooks (offline).

`page(view, service, ...)` reads the same inputs the API reads (`viz.reading`), builds the same
context and renders it with every script and style inlined. Links to other views point at
`link_base` (a running `alliance serve`); without one they are relative.
"""

from __future__ import annotations

from typing import Any

from graph.service import AllianceService
from viz import reading
from viz.pages import render

VIEWS = reading.VIEWS


def page(view: str, service: AllianceService, *args: Any, link_base: str = "",
         notebook: bool = False, **options: Any) -> str:
    """Return the standalone HTML of `view` (one of `VIEWS`)."""
    context = reading.context(view, service, *args, **options)
    return render(context, standalone=True, link_base=link_base.rstrip("/"), notebook=notebook)
