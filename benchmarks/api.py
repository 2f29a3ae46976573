"""Benchmark: the HTTP API under load on loopback, at 1, 10 and 50 concurrent clients.

Starts a fresh local Neo4j (or uses NEO4J_URI), loads the bundled data, runs `alliance serve`
in a separate process, and drives it with an asyncio load generator (httpx) from this one.
For each endpoint and concurrency it prints requests/s and p50/p99 latency. The baseline,
measured in the same run, is `/health`, which touches no database: the cost of the HTTP stack.
Each level is bounded in requests and seconds, and the run stops by itself.

    .venv/bin/python benchmarks/api.py --help
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from graph import localdb  # noqa: E402
from graph.settings import Settings  # noqa: E402

ENDPOINTS = {
    "baseline /health": "/health",
    "organisation lookup": "/organisations/org.iom",
    "name search": "/search?q=la%20strada",
    "findings (duplicates)": "/findings/duplicate-programmes?as_of=2010-06-30&limit=10",
}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


async def level(base: str, path: str, clients: int, max_requests: int,
                max_seconds: float) -> tuple[int, float, list[float], int]:
    latencies: list[float] = []
    errors = 0
    sent = 0
    deadline = time.perf_counter() + max_seconds

    async def worker(client: httpx.AsyncClient) -> None:
        nonlocal sent, errors
        while sent < max_requests and time.perf_counter() < deadline:
            sent += 1
            t0 = time.perf_counter()
            response = await client.get(path)
            latencies.append(time.perf_counter() - t0)
            if response.status_code != 200:
                errors += 1

    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, timeout=120, limits=limits) as client:
        await client.get(path)  # warm: plans cached, projection built
        t0 = time.perf_counter()
        await asyncio.gather(*(worker(client) for _ in range(clients)))
        elapsed = time.perf_counter() - t0
    return len(latencies), elapsed, latencies, errors


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 10, 50])
    parser.add_argument("--requests", type=int, default=500, help="per level, at most")
    parser.add_argument("--seconds", type=float, default=15.0, help="per level, at most")
    args = parser.parse_args()

    env = dict(os.environ)
    settings = Settings()
    state = None
    if settings.uses_local:
        state = tempfile.TemporaryDirectory(prefix="alliance-bench-api-")
        settings = Settings(state_dir=Path(state.name), local_port=free_port())
        env.update(ALLIANCE_STATE_DIR=state.name, ALLIANCE_LOCAL_PORT=str(settings.local_port))
        print("starting a fresh local Neo4j …", flush=True)
        localdb.start(settings)
    alliance = str(Path(sys.executable).with_name("alliance"))
    subprocess.run([alliance, "load", str(ROOT / "data")], env=env, check=True,
                   capture_output=True)
    port = free_port()
    server = subprocess.Popen([alliance, "serve", "--port", str(port), "--no-local"], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{base}/ready", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise SystemExit("the API did not become ready")
            time.sleep(0.2)
        print(f"{'endpoint':<24}{'clients':>8}{'requests':>10}{'req/s':>10}"
              f"{'p50 ms':>10}{'p99 ms':>10}{'errors':>8}")
        for name, path in ENDPOINTS.items():
            for clients in args.concurrency:
                n, elapsed, lat, errors = asyncio.run(
                    level(base, path, clients, args.requests, args.seconds))
                print(f"{name:<24}{clients:>8}{n:>10}{n / elapsed:>10.1f}"
                      f"{statistics.median(lat) * 1000:>10.1f}"
                      f"{percentile(lat, 0.99) * 1000:>10.1f}{errors:>8}", flush=True)
    finally:
        server.terminate()
        server.wait(timeout=30)
        if state is not None:
            localdb.stop(settings)
            state.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
