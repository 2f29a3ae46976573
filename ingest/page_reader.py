"""Read a page into everything it states, before anything is resolved against the graph.

`parse_page(text, name)`: the page's text (`page.read_text`), the people it names
(`page_people`), the figures it gives (`page_figures`) and the kind of event it reports
(`page_events`).
"""

from __future__ import annotations

from ingest.page import Page, read_text
from ingest.page_events import read_event_kind
from ingest.page_figures import find_figures
from ingest.page_people import find_people


def parse_page(text: str, name: str) -> Page:
    """The facts of one page; raise InvalidData naming `name` when it cannot be read."""
    page = read_text(text, name)
    page.people = find_people(page)
    page.figures = [f for p in page.paragraphs for f in find_figures(p)]
    read_event_kind(page)
    return page
