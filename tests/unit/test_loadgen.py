"""The API benchmark's Go load generator counts requests, latencies and errors."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import ModuleType

import pytest

BENCHMARK = Path(__file__).resolve().parents[2] / "benchmarks" / "api.py"


def _benchmark() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_api", BENCHMARK)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as uvicorn

    def do_GET(self) -> None:
        ok = self.path.startswith("/ok")
        body = b'{"status": "ok"}' if ok else b"{}"
        self.send_response(200 if ok else 404)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_the_go_load_generator_counts_requests_latencies_and_errors(server: str) -> None:
    bench = _benchmark()
    binary = bench.go_loadgen()
    if binary is None:
        pytest.skip("no `go` command: the benchmark falls back to its Python client")
    n, seconds, latencies, errors = bench.go_level(binary, server, "/ok", 3, 30, 10.0)
    assert (n, errors, len(latencies)) == (30, 0, 30) and seconds > 0
    assert all(0 < t < 10 for t in latencies)
    n, _, _, errors = bench.go_level(binary, server, lambda i: f"/ok?i={i}" if i % 2 else "/no",
                                     2, 20, 10.0)
    assert (n, errors) == (20, 10)


def test_the_benchmark_refuses_an_unknown_client_naming_the_valid_ones() -> None:
    done = subprocess.run([sys.executable, str(BENCHMARK), "--client", "rust"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert "invalid choice: 'rust'" in done.stderr
    assert all(f"'{name}'" in done.stderr for name in ("auto", "go", "python"))
