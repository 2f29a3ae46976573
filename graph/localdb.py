"""The local Neo4j: Neo4j Community 5.26 embedded with Bolt, built by Maven and run by Java.

`start` builds the small Maven project in `neo4j-embedded/` on first use (the jars are then
cached in its `target/` and in Maven's local repository), runs it in the background with its
store under the state folder, and waits until Bolt answers. `stop` sends SIGTERM, which the
Java side turns into a clean shutdown (checkpoint, store closed), and waits for the process.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from graph.errors import LocalDatabaseError
from graph.resources import neo4j_project_dir
from graph.settings import Settings

MAIN_CLASS = "org.alliancegraph.server.EmbeddedNeo4j"
# Neo4j reaches into these JDK internals for its page cache and network buffers.
JAVA_OPENS = (
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.lang=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
)


@dataclass(frozen=True)
class Status:
    running: bool
    pid: int | None
    uri: str | None
    home: Path
    log: Path

    def describe(self) -> str:
        if self.running:
            return f"running (pid {self.pid}) at {self.uri}; store in {self.home}"
        return f"not running; store in {self.home}"


def project_dir() -> Path:
    try:
        return neo4j_project_dir()
    except Exception as exc:
        raise LocalDatabaseError(str(exc)) from exc


def _paths(settings: Settings) -> tuple[Path, Path, Path, Path]:
    state = settings.state_dir
    return state / "neo4j", state / "neo4j.pid", state / "neo4j.ready", state / "neo4j.log"


def _require(tool: str, what: str) -> str:
    path = shutil.which(tool)
    if path is None:
        raise LocalDatabaseError(
            f"`{tool}` was not found on PATH. The local Neo4j needs {what} "
            "(on Debian: `apt-get install openjdk-17-jdk-headless maven`). "
            "Or skip the local Neo4j and set NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD) "
            "to a Neo4j 5 server you run."
        )
    return path


def is_built() -> bool:
    target = project_dir() / "target"
    classes = target / "classes/org/alliancegraph/server/EmbeddedNeo4j.class"
    if not classes.is_file() or not (target / "lib").is_dir():
        return False
    newest_input = max(
        p.stat().st_mtime for p in project_dir().rglob("*") if p.suffix in {".xml", ".java"}
        and "target" not in p.parts
    )
    return classes.stat().st_mtime >= newest_input


def build(*, quiet: bool = False) -> None:
    """Build the embedded server with Maven (downloads Neo4j from Maven Central once)."""
    _require("java", "Java 17 or newer")
    mvn = _require("mvn", "Maven 3")
    if not quiet:
        print("Building the local Neo4j with Maven "
              "(the first build downloads Neo4j 5.26, ~120 MB)…", file=sys.stderr)
    proc = subprocess.run(
        [mvn, "-B", "-q", "package", "-DskipTests"],
        cwd=project_dir(), capture_output=True, text=True,
    )
    if proc.returncode != 0:
        tail = "\n".join((proc.stdout + proc.stderr).splitlines()[-25:])
        raise LocalDatabaseError(f"Maven could not build the local Neo4j:\n{tail}")


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A zombie still answers kill(0); it is not a running server.
    stat = Path(f"/proc/{pid}/stat")
    if stat.is_file():
        return stat.read_text().split(")")[-1].split()[0] != "Z"
    return True


def _read_pid(pid_file: Path) -> int | None:
    try:
        pid = int(pid_file.read_text().strip())
    except (OSError, ValueError):
        return None
    cmdline = Path(f"/proc/{pid}/cmdline")
    if cmdline.is_file() and MAIN_CLASS.encode() not in cmdline.read_bytes():
        return None  # the pid was recycled by an unrelated process
    return pid if _pid_alive(pid) else None


def _bolt_answers(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1) as sock:
            # The Bolt handshake: magic preamble, then four proposed versions (5.x first).
            sock.sendall(bytes.fromhex("6060B017") + bytes.fromhex("00040405") + bytes(12))
            return len(sock.recv(4)) == 4
    except OSError:
        return False


def status(settings: Settings) -> Status:
    home, pid_file, ready, log = _paths(settings)
    pid = _read_pid(pid_file)
    uri = None
    if pid is not None and ready.is_file():
        uri = _ready_lines(ready)[0] or None
    return Status(running=pid is not None and uri is not None, pid=pid, uri=uri, home=home,
                  log=log)


def _ready_lines(ready: Path) -> list[str]:
    """The ready file's lines: the URI, then what the server can do (`swap`)."""
    try:
        return ready.read_text().split("\n") or [""]
    except OSError:
        return [""]


def running_uri(settings: Settings) -> str | None:
    return status(settings).uri


def start(settings: Settings, *, port: int | None = None) -> str:
    """Start the local Neo4j if it is not running; return its Bolt URI. Safe to call twice."""
    current = status(settings)
    if current.running and current.uri:
        return current.uri
    home, pid_file, ready, log = _paths(settings)
    if current.pid is not None:
        # Started but not ready yet (another `start` is waiting, or a swap): wait with it.
        _resume_abandoned_swap(ready)
        return _wait_ready(settings, current.pid, port or settings.local_port)
    java = _require("java", "Java 17 or newer")
    if not is_built():
        build()
    port = port or settings.local_port
    if _port_taken(port):
        raise LocalDatabaseError(
            f"port {port} on 127.0.0.1 is already in use by another program; "
            "set ALLIANCE_LOCAL_PORT to a free port"
        )
    settings.state_dir.mkdir(parents=True, exist_ok=True)
    ready.unlink(missing_ok=True)
    target = project_dir() / "target"
    classpath = f"{target / 'classes'}{os.pathsep}{target / 'lib'}/*"
    cmd = [java, f"-Xmx{settings.local_heap}", "-XX:+UseG1GC", *JAVA_OPENS,
           f"-Dalliance.pagecache={settings.local_page_cache}",
           "-cp", classpath, MAIN_CLASS, str(home), str(port), str(ready)]
    with open(log, "ab") as log_file:
        proc = subprocess.Popen(
            cmd, stdout=log_file, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            start_new_session=True,  # survives the CLI that started it
        )
    pid_file.write_text(str(proc.pid))
    return _wait_ready(settings, proc.pid, port, proc)


def _port_taken(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return True
    return False


def _wait_ready(settings: Settings, pid: int, port: int,
                proc: subprocess.Popen[bytes] | None = None) -> str:
    _, pid_file, ready, log = _paths(settings)
    deadline = time.monotonic() + settings.start_timeout
    delay = 0.1
    while time.monotonic() < deadline:
        exited = proc.poll() is not None if proc is not None else not _pid_alive(pid)
        if exited:
            pid_file.unlink(missing_ok=True)
            raise LocalDatabaseError(
                f"the local Neo4j exited while starting; last lines of {log}:\n{_tail(log)}"
            )
        if ready.is_file() and _bolt_answers(port):
            return _ready_lines(ready)[0]
        time.sleep(delay)  # polling a child process: there is no event to wait on
        delay = min(delay * 1.5, 1.0)
    raise LocalDatabaseError(
        f"the local Neo4j did not answer on Bolt within {settings.start_timeout:.0f} s "
        f"(ALLIANCE_START_TIMEOUT); see {log}:\n{_tail(log)}"
    )


def swap_store(settings: Settings, swap: Callable[[Path], None], *,
               timeout: float = 90.0) -> str:
    """Shut the running local Neo4j's database down, call `swap(home)` while it is down, and
    start it again over the store then in `home`; return its Bolt URI.

    A server that takes swaps (says so in its ready file) does it in its own JVM, which
    spares a JVM start and Neo4j's class loading and compiling; another is stopped and started.
    """
    home, _, ready, log = _paths(settings)
    current = status(settings)
    if not current.running or current.pid is None or current.uri is None:
        raise LocalDatabaseError("the local Neo4j is not running")
    if "swap" not in _ready_lines(ready)[1:]:
        stop(settings, timeout=timeout)
        swap(home)
        return start(settings)
    pause, paused = _swap_files(ready)
    paused.unlink(missing_ok=True)
    pause.write_text(str(os.getpid()))  # who swaps: see _resume_abandoned_swap
    try:
        deadline = time.monotonic() + timeout
        while not paused.is_file():
            if not _pid_alive(current.pid):
                raise LocalDatabaseError(
                    f"the local Neo4j exited while pausing; last lines of {log}:\n{_tail(log)}")
            if time.monotonic() > deadline:
                raise LocalDatabaseError(
                    f"the local Neo4j did not pause within {timeout:.0f} s; see {log}")
            time.sleep(0.05)  # another process: nothing to wait on
        swap(home)
    finally:
        pause.unlink(missing_ok=True)  # the server starts again
    return _wait_ready(settings, current.pid, int(current.uri.rsplit(":", 1)[1]))


def _swap_files(ready: Path) -> tuple[Path, Path]:
    """The request to pause (while it exists, the server's database stays down), and the
    server's answer that it is down."""
    return ready.with_name(ready.name + ".pause"), ready.with_name(ready.name + ".paused")


def _resume_abandoned_swap(ready: Path) -> None:
    """Let the server start its database again if the process that paused it for a swap is
    gone (killed mid-swap): the store in place is whatever that process left, the empty one or
    the imported one, and the graph says the load is incomplete either way."""
    pause, _ = _swap_files(ready)
    try:
        swapper = int(pause.read_text().strip() or 0)
    except (OSError, ValueError):
        return
    if swapper and not _pid_alive(swapper):
        pause.unlink(missing_ok=True)


def stop(settings: Settings, *, timeout: float = 90.0) -> bool:
    """Stop the local Neo4j cleanly; return False if it was not running."""
    _, pid_file, ready, log = _paths(settings)
    pid = _read_pid(pid_file)
    if pid is None:
        pid_file.unlink(missing_ok=True)
        ready.unlink(missing_ok=True)
        return False
    os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and _pid_alive(pid):
        _reap(pid)
        time.sleep(0.2)
    if _pid_alive(pid):
        os.kill(pid, signal.SIGKILL)
        _reap(pid)
        pid_file.unlink(missing_ok=True)
        raise LocalDatabaseError(
            f"the local Neo4j did not stop within {timeout:.0f} s and was killed; "
            f"it will recover its store at the next start. See {log}"
        )
    pid_file.unlink(missing_ok=True)
    ready.unlink(missing_ok=True)
    for left in _swap_files(ready):
        left.unlink(missing_ok=True)
    return True


def _reap(pid: int) -> None:
    # When this process started the server (tests), collect the exit status so no zombie stays.
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)


def _tail(path: Path, lines: int = 20) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"
