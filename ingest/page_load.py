"""Read pages from files and load what they state into the graph, linked to what it holds.

`ingest_pages` reads every page first and, strict by default, writes nothing if any page
cannot be read (every error is reported, with its file and line); `lenient=True` loads the
pages that can be read and returns the errors of the others. The resolver is built over the
graph's entities (`known_entities`) minus what the same page created on an earlier run, so
that ingesting a page again yields the same records, the same load and the same graph.

Each page is one load source, known by its address (else its content), loaded so as to
replace what that page said before (see `ingest.document_loads`): a page edited and sent
again under its address leaves the graph saying what its new version says.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from graph.errors import FieldError, InvalidData
from ingest.document_loads import relied_on, resolvable
from ingest.gazetteer import Gazetteer
from ingest.page import Page, decode, unreadable
from ingest.page_navigation import compare_navigation
from ingest.page_reader import parse_page
from ingest.page_records import PageReport, page_dataset, page_digest, slug
from ingest.resolve import Known, Resolver

__all__ = ["PageInput", "PageReport", "compare_navigation", "ingest_pages", "known_entities",
           "page_dataset", "read_page", "slug"]

@dataclass(frozen=True)
class PageInput:
    """A page to read: its bytes, the name errors and the report use, and its URL if known."""

    raw: bytes
    name: str
    url: str | None = None


def known_entities(store: Any) -> list[Known]:
    """Every organisation, person, country, theme, mandate and event of the graph, for the
    resolver; a mandate's short name and references count as its aliases."""
    out = []
    for r in store.read("known_entities"):
        aliases = list(r["aliases"])
        if r["label"] == "Mandate":
            aliases += [a for a in [r["short_name"]] if a]
            aliases += [x.strip() for x in (r["reference"] or "").split(";") if x.strip()]
        out.append(Known(
            id=r["id"], label=r["label"], name=r["name"] or r["id"], acronym=r["acronym"],
            aliases=tuple(aliases), iati_id=r["iati_id"], iso2=r["iso2"], parent=r["parent"],
            country=r["country"], start=r["start"], end=r["end"], place=r["place"],
            organiser=r["organiser"], kind=r["kind"], orgs=tuple(r["orgs"]),
            sources=tuple(r["sources"]), checked=r["checked"],
            asserted_by=tuple(r["asserted_by"])))
    return out


def page_source(page: Page) -> str:
    """The load source of a page: its address, else its content. A page sent again under
    its address replaces what it said before; a page without one is known only by what it
    says, so an edited copy of it is another page (its first version stays)."""
    return f"page {page.url}" if page.url else f"page sha1:{page_digest(page)}"


def read_page(path: Path, name: str | None = None) -> Page:
    """Read and parse one file; InvalidData naming the file (as `name`) if it cannot be read."""
    shown = name or str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise unreadable(shown, exc.strerror or str(exc), "a readable file") from None
    return parse_page(decode(raw, shown), shown)


def parse_input(item: PageInput) -> Page:
    page = parse_page(decode(item.raw, item.name), item.name)
    if item.url:
        if not re.match(r"^https?://\S+$", item.url):
            raise InvalidData([FieldError(item.name, 0, "url", item.url,
                                          "an http:// or https:// address")])
        page.url = item.url
    return page


def ingest_pages(store: Any, paths: list[Path] | list[PageInput], *, lenient: bool = False,
                 url: str | None = None) -> tuple[list[PageReport], list[InvalidData]]:
    """Read every page, then load them; see the module docstring. `url` (one page only) is
    the page's address when its front matter does not give one."""
    from graph.loader import load_dataset

    if url and len(paths) != 1:
        raise InvalidData.single("url", url, "one page with --url (each page has its own)")
    pages: list[Page] = []
    errors: list[InvalidData] = []
    for item in paths:
        try:
            if isinstance(item, PageInput):
                page = parse_input(item)
            else:
                page = read_page(item)
                if url:
                    page = parse_input(PageInput(item.read_bytes(), str(item), url))
            pages.append(page)
        except InvalidData as exc:
            errors.append(exc)
    if errors and not lenient:
        raise InvalidData([e for exc in errors for e in exc.errors])
    reports = []
    known = known_entities(store)
    for page in pages:
        src_id, source = f"src.page-{page_digest(page)[:12]}", page_source(page)
        # What this page made on an earlier run is made again, identically (or not at all if
        # its new version no longer says it); graphs loaded before loads kept their sources
        # are matched by the page's source record.
        resolver = Resolver.over(k for k in resolvable(known, source)
                                 if k.asserted_by or k.sources != (src_id,))
        osce = resolver.resolve("OSCE").id
        members = fops = None
        if osce and page.nav:
            members = {r["iso3"] for r in store.read("members_of", organisation=osce,
                                                     role="participating_state")}
            fops = store.read("field_operations_of", parent=osce)
        dataset, report = page_dataset(page, resolver, members=members, field_operations=fops,
                                       gazetteer=Gazetteer.over(resolver))
        dataset.entities.extend(relied_on(store, dataset, known, source=source, cites=src_id))
        load_dataset(store, dataset, what=f"page {Path(page.name).name}", source=source,
                     replace=True)
        reports.append(report)
        known = known_entities(store)
    return reports, errors
