"""Render a view's context to an HTML page: served (scripts from /static) or standalone.

Templates are jinja2 with autoescape on. A view's data reaches the page only as JSON in a
``<script type="application/json">`` element, with ``<``, ``>`` and ``&`` written as ``\\u003c``
and so on, so no name can close the element; `static/app.js` reads it and builds the DOM with
``textContent``. Served pages carry no inline script, so `CSP` forbids any; standalone files
(the CLI, notebooks) inline the same scripts so they work offline.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

import jinja2

#: The Content-Security-Policy of served view pages. vis-network injects its own <style>,
#: hence 'unsafe-inline' for styles only; scripts come from this server alone.
CSP = ("default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
       "img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; "
       "frame-ancestors 'none'")

def static_dir() -> Any:
    """The folder of the vendored and own static files (served at /static)."""
    return resources.files("viz") / "static"


@cache
def _static_text(name: str) -> str:
    return (static_dir() / name).read_text(encoding="utf-8")


@cache
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("viz", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def script_json(data: Any) -> str:
    """JSON safe inside a <script> element: `<`, `>`, `&` and line separators escaped."""
    text = json.dumps(data, ensure_ascii=False, default=str, separators=(",", ":"))
    for raw, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(raw, escaped)
    return text


def _inline_script(text: str) -> str:
    # Our own scripts and vis-network hold no "</script"; this keeps it so if they ever do.
    return text.replace("</script", "<\\/script").replace("<!--", "<\\!--")


def render(context: dict[str, Any], *, standalone: bool = False, link_base: str = "",
           notebook: bool = False) -> str:
    """Return the HTML page of a view context (from `viz.views`).

    `standalone` inlines the scripts and the style sheet (no request needed); `link_base`
    prefixes the links to other views (a standalone file points at a running server). In a
    `notebook` links open in a new tab, and the filter forms too when there is a server.
    """
    template = _environment().get_template(f"{context['page']}.html")
    needs_vis = context["page"] == "network"
    scripts = [n for n in ("vis-network.min.js", "app.js") if needs_vis or n == "app.js"]
    page_data = {**context, "link_base": link_base, "standalone": standalone,
                 "notebook": notebook}
    return template.render(
        ctx=context,
        link_base=link_base,
        standalone=standalone,
        notebook=notebook,
        target=' target="_blank" rel="noopener"' if notebook else "",
        data_json=script_json(page_data),
        scripts=scripts,
        inline_scripts=[_inline_script(_static_text(n)) for n in scripts] if standalone else [],
        inline_style=_static_text("style.css") if standalone else "",
    )


def error_context(status: int, title: str, detail: str, *, field: str | None = None,
                  got: str | None = None, choices: list[tuple[str, str]] | None = None,
                  link: str | None = None) -> dict[str, Any]:
    """The context of an error page: what was wrong, and the valid choices (as links)."""
    return {"page": "error", "title": title, "subtitle": detail, "notes": [],
            "status": status, "field": field, "got": got, "choices": choices or [],
            "link": link, "snapshot": ""}


def docs_page(kind: str, *, title: str, spec_url: str = "/openapi.json") -> str:
    """The API documentation page (``swagger`` or ``redoc``), scripts from /static only."""
    template = _environment().get_template(f"{kind}.html")
    return template.render(title=title, spec_url=spec_url)
