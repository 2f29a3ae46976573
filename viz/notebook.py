"""The views inline in Jupyter: the same pages, scripts inlined, in a sandboxed iframe.

Notebooks may be offline, so nothing is fetched: `show` renders the standalone page (as
`alliance viz` writes it) into an ``<iframe srcdoc>``, which keeps the page's script and
style apart from the notebook's. Links and filter forms open in a new tab on the configured
server (``link_base``, default the ``ALLIANCE_VIEWS_URL`` setting); to filter without a
server, call `show` again with the filters as arguments.

>>> from viz import notebook
>>> with AllianceService.open(get_settings()) as service:          # doctest: +SKIP
...     notebook.show("country", service, "MDA", as_of="2010-06-30", type="ngo")
"""

from __future__ import annotations

import html
from typing import Any

from graph.service import AllianceService
from viz import standalone


def iframe(page: str, *, height: int = 720) -> str:
    """The HTML of an iframe holding `page` (escaped into ``srcdoc``), in a block.

    The iframe is wrapped in a ``<div>``: IPython warns about HTML that starts with
    ``<iframe`` (it suggests its own IFrame, which cannot take a ``srcdoc``).
    """
    return (f'<div class="alliance-view"><iframe srcdoc="{html.escape(page, quote=True)}" '
            f'style="width:100%;height:{int(height)}px;border:1px solid #ccc" '
            'sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox allow-forms">'
            '</iframe></div>')


def show(view: str, service: AllianceService, *args: Any, height: int = 720,
         link_base: str | None = None, **options: Any) -> Any:
    """Display a view inline: ``show("map", service)``, ``show("country", service, "MDA")``.

    `view` is one of `viz.standalone.VIEWS`; `args` and `options` are the view's (filters
    such as ``as_of``, ``type``, ``theme``, ``region``). Returns an `IPython.display.HTML`.
    """
    from IPython.display import HTML

    base = link_base if link_base is not None else (service.settings.views_url or "")
    page = standalone.page(view, service, *args, link_base=base, notebook=True, **options)
    return HTML(iframe(page, height=height))
