"""Benchmark: the HTTP API under load on loopback, at 1, 10 and 50 concurrent clients.

Starts a fresh local Neo4j (or uses NEO4J_URI), loads the bundled data, runs `alliance serve`
in a separate process, and drives it with N closed-loop clients on keep-alive connections:
the Go load generator of benchmarks/loadgen (standard library only, built on first use), or,
without Go (or with `--client python`), an asyncio client (httpx) in this process, whose own
CPU and event-loop delays on the same cores inflate the tail latencies it reports.
For each endpoint and concurrency it prints requests/s and p50/p99 latency, and the ratio of
its requests/s to `/health`'s. The baseline, measured in the same run, is `/health`, which
touches no database: the cost of the HTTP stack. Each level is bounded in requests and seconds,
and the run stops by itself. The heavier reads are kept until the graph changes, so repeating
one URL measures a kept response; the "(each new)" rows ask for a different URL each time
(another `as_of`, another `limit`), so that every request is read from Neo4j.

With `--scale 1 10`, the table is printed again after generated records are loaded next to
the bundled data, until the graph holds about ten times the bundled records.

Then, with loads (`--scenarios upload`): a generated data folder is uploaded (`POST
/load/folder`, new ids each time, so every upload writes) while N clients read, and the reads'
latencies during the upload are printed (`/health`, an organisation lookup); then, right after
an upload (the projection and the findings' caches stale), N clients ask for a finding at once.
The baseline is the same reads with no upload running (the table above).

    .venv/bin/python benchmarks/api.py --help
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import datetime as dt
import hashlib
import io
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from graph import localdb  # noqa: E402
from graph.settings import Settings  # noqa: E402
from graph.store import GraphStore  # noqa: E402

ENDPOINTS = {
    "baseline /health": "/health",
    "organisation lookup": "/organisations/org.iom",
    "name search": "/search?q=la%20strada",
    "findings (duplicates)": "/findings/duplicate-programmes?as_of=2010-06-30&limit=10",
}


def _day(i: int) -> str:
    return (dt.date(2000, 1, 1) + dt.timedelta(days=i)).isoformat()


def _word(n: int) -> str:
    return f"%20{n}" if n else ""


#: Endpoints whose every request is another URL (not kept): the cost of a read from Neo4j.
UNCACHED = {
    "organisation lookup (each new)": lambda i: f"/organisations/org.iom?as_of={_day(i)}",
    # Another limit for each of 500 requests, then another word too: never a repeated URL.
    "name search (each new)": lambda i: (f"/search?q=la%20strada{_word(i // 500)}"
                                         f"&limit={1 + i % 500}"),
}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


async def level(base: str, path: str | Callable[[int], str], clients: int, max_requests: int,
                max_seconds: float) -> tuple[int, float, list[float], int]:
    """The Python client (httpx, asyncio): the fallback when Go is missing."""
    url = path if callable(path) else (lambda i: path)
    latencies: list[float] = []
    errors = 0
    sent = 0
    deadline = 0.0

    async def worker(client: httpx.AsyncClient) -> None:
        nonlocal sent, errors
        while sent < max_requests and time.perf_counter() < deadline:
            sent += 1
            t0 = time.perf_counter()
            try:
                ok = (await client.get(url(sent))).status_code == 200
            except httpx.HTTPError:
                ok = False
            latencies.append(time.perf_counter() - t0)
            errors += not ok

    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, timeout=120, limits=limits) as client:
        # Warm: plans cached, projection built, and one open connection per client.
        await asyncio.gather(*(client.get(url(0)) for _ in range(clients)))
        t0 = time.perf_counter()
        deadline = t0 + max_seconds
        await asyncio.gather(*(worker(client) for _ in range(clients)))
        elapsed = time.perf_counter() - t0
    return len(latencies), elapsed, latencies, errors


LOADGEN = ROOT / "benchmarks" / "loadgen"


def go_loadgen() -> Path | None:
    """The Go load generator (benchmarks/loadgen), built on first use; None without Go."""
    go = shutil.which("go") or next(
        (p for p in ("/usr/local/go/bin/go",) if os.access(p, os.X_OK)), None)
    if go is None:
        return None
    sources = [*sorted(LOADGEN.glob("*.go")), LOADGEN / "go.mod"]
    digest = hashlib.sha256(b"".join(p.read_bytes() for p in sources)).hexdigest()[:16]
    binary = Path(tempfile.gettempdir()) / f"alliance-loadgen-{digest}"
    if not binary.exists():
        partial = binary.with_name(f"{binary.name}.{os.getpid()}")
        subprocess.run([go, "build", "-o", str(partial), "."], cwd=LOADGEN, check=True)
        partial.replace(binary)
    return binary


def go_level(binary: Path, base: str, path: str | Callable[[int], str], clients: int,
             max_requests: int, max_seconds: float) -> tuple[int, float, list[float], int]:
    """`level`, driven by the Go load generator: it reads request i's URL from line i."""
    urls = ([path(i) for i in range(max_requests + 1)] if callable(path) else [path])
    done = subprocess.run(
        [str(binary), "-base", base, "-clients", str(clients), "-requests", str(max_requests),
         "-seconds", str(max_seconds)], input="\n".join(urls) + "\n", capture_output=True,
        text=True, check=True)
    out = json.loads(done.stdout)
    return out["requests"], out["seconds"], out["latencies"], out["errors"]


def measure(args: argparse.Namespace, base: str, path: str | Callable[[int], str],
            clients: int) -> tuple[int, float, list[float], int]:
    if args.loadgen is not None:
        return go_level(args.loadgen, base, path, clients, args.requests, args.seconds)
    return asyncio.run(level(base, path, clients, args.requests, args.seconds))


API_KEY = "bench-key"


def bench_tables(tag: str, programmes: int) -> dict[str, bytes]:
    """A valid data folder's tables: one source, two countries, programmes/4 organisations,
    `programmes` programmes, each implemented by one organisation in one country."""
    def table(header: list[str], rows: list[list[str]]) -> bytes:
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)
        return buf.getvalue().encode()

    src = f"src.bench-{tag}"
    orgs = max(1, programmes // 4)
    return {
        "sources.csv": table(["id", "title", "publisher", "url"],
                             [[src, f"Benchmark {tag}", "benchmark", "https://example.org/b"]]),
        "countries.csv": table(["id", "name", "sources", "checked"],
                               [["AUT", "Austria", src, "derived"],
                                ["MDA", "Moldova", src, "derived"]]),
        "organisations.csv": table(
            ["id", "name", "type", "scope", "hq_country", "description", "sources", "checked"],
            [[f"org.b{tag}-{i}", f"Bench organisation {tag} {i}", "ngo", "national", "AUT",
              f"run {tag}", src, "derived"] for i in range(orgs)]),
        "programmes.csv": table(
            ["id", "title", "start", "end", "countries", "themes", "implementers", "sources",
             "checked"],
            [[f"prog.b{tag}-{i}", f"Bench programme {tag} {i}", "2009", "2011",
              "MDA" if i % 2 else "AUT", "", f"org.b{tag}-{i % orgs}", src, "derived"]
             for i in range(programmes)]),
    }


def bench_folder(tag: str, programmes: int) -> bytes:
    """`bench_tables` as a zip, for an upload."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in bench_tables(tag, programmes).items():
            archive.writestr(f"bench-{tag}/{name}", data)
    return buf.getvalue()


async def _upload(client: httpx.AsyncClient, name: str, data: bytes) -> tuple[int, float]:
    t0 = time.perf_counter()
    response = await client.post("/load/folder", headers={"X-API-Key": API_KEY},
                                 files={"file": (name, data, "application/zip")}, timeout=900)
    return response.status_code, time.perf_counter() - t0


async def during_upload(base: str, path: str, clients: int, name: str, data: bytes
                        ) -> tuple[list[float], int, int, float]:
    """Latencies of `path` read by `clients` clients for as long as one upload runs."""
    latencies: list[float] = []
    errors = 0
    limits = httpx.Limits(max_connections=clients + 1, max_keepalive_connections=clients + 1)
    async with httpx.AsyncClient(base_url=base, timeout=120, limits=limits) as client:
        await client.get(path)
        upload = asyncio.create_task(_upload(client, name, data))

        async def worker() -> None:
            nonlocal errors
            while not upload.done():
                t0 = time.perf_counter()
                try:
                    response = await client.get(path)
                    ok = response.status_code == 200
                except httpx.HTTPError:
                    ok = False
                latencies.append(time.perf_counter() - t0)
                errors += not ok

        await asyncio.gather(*(worker() for _ in range(clients)))
        status, seconds = await upload
    return latencies, errors, status, seconds


async def right_after_upload(base: str, path: str, clients: int, requests: int, name: str,
                             data: bytes) -> tuple[list[float], int, int, float]:
    """Latencies of `requests` requests of `path` by `clients` clients, sent at once as soon
    as an upload has finished (the cached projection and findings are stale)."""
    latencies: list[float] = []
    errors = 0
    sent = 0
    limits = httpx.Limits(max_connections=clients + 1, max_keepalive_connections=clients + 1)
    async with httpx.AsyncClient(base_url=base, timeout=120, limits=limits) as client:
        await client.get(path)
        status, seconds = await _upload(client, name, data)

        async def worker() -> None:
            nonlocal sent, errors
            while sent < requests:
                sent += 1
                t0 = time.perf_counter()
                try:
                    response = await client.get(path)
                    ok = response.status_code == 200
                except httpx.HTTPError:
                    ok = False
                latencies.append(time.perf_counter() - t0)
                errors += not ok

        await asyncio.gather(*(worker() for _ in range(clients)))
    return latencies, errors, status, seconds


def upload_scenarios(base: str, clients: int, programmes: int, requests: int) -> None:
    print()
    print(f"with loads: a generated folder of {programmes} programmes and {programmes // 4} "
          f"organisations uploaded, {clients} clients reading")
    print(f"{'scenario':<40}{'requests':>10}{'p50 ms':>10}{'p99 ms':>10}{'max ms':>10}"
          f"{'errors':>8}{'upload s':>10}{'status':>8}")
    runs = [
        ("/health during an upload", lambda tag: during_upload(
            base, "/health", clients, f"bench-{tag}.zip", bench_folder(tag, programmes))),
        ("organisation lookup during an upload", lambda tag: during_upload(
            base, ENDPOINTS["organisation lookup"], clients, f"bench-{tag}.zip",
            bench_folder(tag, programmes))),
        ("findings right after an upload", lambda tag: right_after_upload(
            base, ENDPOINTS["findings (duplicates)"], clients, requests, f"bench-{tag}.zip",
            bench_folder(tag, programmes))),
    ]
    for i, (name, scenario) in enumerate(runs):
        lat, errors, status, seconds = asyncio.run(scenario(f"{os.getpid()}x{i}"))
        print(f"{name:<40}{len(lat):>10}{statistics.median(lat) * 1000:>10.1f}"
              f"{percentile(lat, 0.99) * 1000:>10.1f}{max(lat) * 1000:>10.1f}{errors:>8}"
              f"{seconds:>10.1f}{status:>8}", flush=True)


def steady(base: str, args: argparse.Namespace, label: str) -> None:
    print()
    print(f"steady reads, {label}, {args.workers} server worker(s), "
          f"load from {'Go (benchmarks/loadgen)' if args.loadgen else 'Python (httpx)'}")
    print(f"{'endpoint':<32}{'clients':>8}{'requests':>10}{'req/s':>10}"
          f"{'p50 ms':>10}{'p99 ms':>10}{'errors':>8}{'/health':>9}")
    health: dict[int, float] = {}
    for name, path in {**ENDPOINTS, **UNCACHED}.items():
        for clients in args.concurrency:
            n, elapsed, lat, errors = measure(args, base, path, clients)
            rate = n / elapsed
            health.setdefault(clients, rate)  # the first endpoint is /health
            print(f"{name:<32}{clients:>8}{n:>10}{rate:>10.1f}"
                  f"{statistics.median(lat) * 1000:>10.1f}"
                  f"{percentile(lat, 0.99) * 1000:>10.1f}{errors:>8}"
                  f"{rate / health[clients]:>9.2f}", flush=True)


def grow(alliance: str, env: dict[str, str], records: int, scale: int) -> None:
    """Load generated records next to the bundled data until the graph holds about `scale`
    times the bundled `records` (a programme and a quarter of an organisation each)."""
    programmes = int(records * (scale - 1) / 1.25)
    with tempfile.TemporaryDirectory(prefix="alliance-bench-grow-") as tmp:
        folder = Path(tmp) / f"bench-scale-{scale}"
        folder.mkdir()
        for name, data in bench_tables(f"x{scale}", programmes).items():
            (folder / name).write_bytes(data)
        t0 = time.perf_counter()
        subprocess.run([alliance, "load", str(folder)], env=env, check=True,
                       capture_output=True)
    print(f"\nloaded {programmes} generated programmes and {programmes // 4} organisations "
          f"({time.perf_counter() - t0:.0f} s)", flush=True)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 10, 50])
    parser.add_argument("--requests", type=int, default=500, help="per level, at most")
    parser.add_argument("--seconds", type=float, default=15.0, help="per level, at most")
    parser.add_argument("--scenarios", nargs="+", choices=["steady", "upload"],
                        default=["steady", "upload"])
    parser.add_argument("--upload-clients", type=int, default=50)
    parser.add_argument("--upload-programmes", type=int, default=20000,
                        help="size of each uploaded folder")
    parser.add_argument("--after-requests", type=int, default=200,
                        help="findings requests sent right after an upload")
    parser.add_argument("--scale", type=int, nargs="+", default=[1],
                        help="sizes of the graph, in times the bundled data, to read at "
                             "(ascending; e.g. 1 10)")
    parser.add_argument("--workers", type=int, default=1,
                        help="server processes (`alliance serve --workers`)")
    parser.add_argument("--client", choices=["auto", "go", "python"], default="auto",
                        help="load generator: Go (benchmarks/loadgen, built on first use), "
                             "Python (httpx, in this process), or Go when it is installed")
    args = parser.parse_args()
    args.loadgen = go_loadgen() if args.client != "python" else None
    if args.client == "go" and args.loadgen is None:
        parser.error("--client go: no `go` command found (install Go, or use --client python)")

    env = dict(os.environ, ALLIANCE_API_KEY=API_KEY)
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
    with GraphStore.connect(settings) as store:
        records = sum(store.counts()["node"].values())
    port = free_port()
    server = subprocess.Popen([alliance, "serve", "--port", str(port), "--no-local",
                               "--workers", str(args.workers)], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 180  # several workers start slowly on busy cores
        while True:
            try:
                if httpx.get(f"{base}/ready", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise SystemExit("the API did not become ready")
            time.sleep(0.2)
        for scale in args.scale if "steady" in args.scenarios else ():
            if scale > 1:
                grow(alliance, env, records, scale)
            steady(base, args, f"{scale}x the bundled data")
        if "upload" in args.scenarios:
            upload_scenarios(base, args.upload_clients, args.upload_programmes,
                             args.after_requests)
    finally:
        server.terminate()
        server.wait(timeout=30)
        if state is not None:
            localdb.stop(settings)
            state.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
