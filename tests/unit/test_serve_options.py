"""What `alliance serve` hands uvicorn: the C event loop and HTTP parser, no line per request."""

from __future__ import annotations

from cli.data import server_options


def test_serve_runs_on_uvloop_and_httptools_without_an_access_log() -> None:
    options = server_options("127.0.0.1", 8000, 2)
    assert options["loop"] == "uvloop" and options["http"] == "httptools"
    assert options["workers"] == 2 and options["access_log"] is False


def test_serve_logs_each_request_when_asked() -> None:
    assert server_options("127.0.0.1", 8000, access_log=True)["access_log"] is True
