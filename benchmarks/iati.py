"""Benchmark: streaming the IATI reader over a large generated file, against a naive parse.

Generates an IATI 2.03 file of at least `--size-mb` megabytes (default 100) in a temporary
folder by repeating the activities of a real file with new identifiers, then measures
`ingest.iati.read_activities` (iterparse, elements cleared) — activities per second
and peak Python memory (tracemalloc) — and, as a baseline in the same run, a naive
`ElementTree.parse` of the whole file followed by the same per-activity parsing, on a file of
`--baseline-mb` (default 25) since the naive parse holds the whole tree in memory.

    .venv/bin/python benchmarks/iati.py --help
    .venv/bin/python benchmarks/iati.py --size-mb 100 --baseline-mb 25
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import tracemalloc
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ingest.iati import parse_activity, read_activities

REAL = Path(__file__).resolve().parents[1] / "tests/fixtures/iati/dportal_subset.xml"


def generate(path: Path, size_mb: float, template: Path = REAL) -> int:
    """Write an IATI file of at least `size_mb` MB; return its number of activities."""
    root = ET.parse(template).getroot()
    blocks = [ET.tostring(a, encoding="unicode") for a in root.findall("iati-activity")]
    ids = [a.findtext("iati-identifier") or "" for a in root.findall("iati-activity")]
    n, written, target = 0, 0, size_mb * 1024 * 1024
    with path.open("w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n<iati-activities version="2.03">\n')
        while written < target:
            for ident, block in zip(ids, blocks, strict=True):
                text = block.replace(f">{ident}<", f">{ident}-COPY{n}<", 1)
                out.write(text)
                written += len(text)
                n += 1
        out.write("</iati-activities>\n")
    return n


def measure(label: str, run) -> tuple[int, float, float]:
    tracemalloc.start()
    t0 = time.perf_counter()
    count = run()
    seconds = time.perf_counter() - t0
    peak = tracemalloc.get_traced_memory()[1] / 1e6
    tracemalloc.stop()
    print(f"{label:<34} {count:>9} activities {seconds:8.1f} s {count / seconds:10.0f} act/s "
          f"peak {peak:8.1f} MB", flush=True)
    return count, seconds, peak


def naive(path: Path) -> int:
    root = ET.parse(path).getroot()
    return sum(1 for a in root.findall("iati-activity") if parse_activity(a))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size-mb", type=float, default=100, help="size of the streamed file")
    parser.add_argument("--baseline-mb", type=float, default=25,
                        help="size of the file the naive baseline parses whole")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        big, small = Path(tmp) / "big.xml", Path(tmp) / "small.xml"
        n_big = generate(big, args.size_mb)
        n_small = generate(small, args.baseline_mb)
        print(f"generated {big.stat().st_size / 1e6:.0f} MB ({n_big} activities) and "
              f"{small.stat().st_size / 1e6:.0f} MB ({n_small} activities)")
        measure(f"baseline ET.parse {args.baseline_mb:g} MB", lambda: naive(small))
        measure(f"streaming {args.baseline_mb:g} MB",
                lambda: sum(1 for _ in read_activities(small)))
        measure(f"streaming {args.size_mb:g} MB", lambda: sum(1 for _ in read_activities(big)))


if __name__ == "__main__":
    main()
