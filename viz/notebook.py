"""The views inline in Jupyter: the same pages, scripts inlined, in a sandboxed iframe.

Notebooks may be offline, so nothing is fetched: `show` renders the standalone page (as
`alliance viz` writes it) into an ``<iframe srcdoc>``, which keeps the page's script and
style apart from the notebook's.

>>> from viz import notebook
>>> with GraphStore.connect(get_settings()) as store:          # doctest: +SKIP
...     notebook.show("actor", service, "org.iom", depth=2)
"""

from __future__ import annotations

import html
from typing import Any

from graph.service import AllianceService
from viz import standalone


def iframe(page: str, *, height: int = 720) -> str:
    """The HTML of an iframe holding `page` (escaped into ``srcdoc``)."""
    return (f'<iframe srcdoc="{html.escape(page, quote=True)}" style="width:100%;'
            f'height:{int(height)}px;border:1px solid #ccc" sandbox="allow-scripts"></iframe>')


def show(view: str, service: AllianceService, *args: Any, height: int = 720, **options: Any) -> Any:
    """Display a view inline: ``show("network", service)``, ``show("country", service, "MDA")``.

    `view` is one of `viz.standalone.VIEWS`; `args` and `options` are those of
    `standalone.page`. Returns an `IPython.display.HTML`.
    """
    from IPython.display import HTML

    return HTML(iframe(standalone.page(view, service, *args, **options), height=height))
