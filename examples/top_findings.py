"""Top findings per place, as a secretariat analyst would ask for them before a meeting.

    .venv/bin/python examples/top_findings.py OUT.md [--as-of 2026-12-01]

Reads the local Neo4j (`alliance run` or `alliance db start` + `alliance load data` first) and
writes, for Moldova, Ukraine, Albania, Kazakhstan, Serbia and the Western Balkans, the top
coverage gaps, unlinked pairs, duplicate programmes, similar actors and brokers, then whom IOM
should talk to: each finding with its rank, score, what it is about and its explanation.
"""

from __future__ import annotations

import argparse
import sys
import time

from graph.analytics.findings import Finding
from graph.service import AllianceService
from graph.settings import Settings

SCOPES = [("Moldova", {"country": "MDA"}), ("Ukraine", {"country": "UKR"}),
          ("Albania", {"country": "ALB"}), ("Kazakhstan", {"country": "KAZ"}),
          ("Serbia", {"country": "SRB"}), ("Western Balkans", {"region": "western-balkans"})]
KINDS = ["gaps", "unlinked-pairs", "duplicate-programmes", "similar-actors", "brokers"]
#: Ten for the places and kinds a coordination meeting starts from, five elsewhere.
LONG = ({"Moldova", "Ukraine", "Western Balkans"}, {"gaps", "unlinked-pairs",
                                                     "duplicate-programmes"})


def line(f: Finding, width: int = 300) -> str:
    d = f.model_dump()
    about = d.get("about") or {}
    names = [a.get("name") or a.get("id") for a in about.get("actors", [])][:3]
    themes = [t.get("name") or t.get("id") for t in about.get("themes", [])][:3]
    what = "; ".join(x for x in (", ".join(names), ", ".join(themes)) if x)
    return (f"{d.get('rank')}. [{d['kind']}] score {d.get('score'):.3g}: {what} — "
            f"{d['explanation'][:width]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", help="Markdown file to write")
    parser.add_argument("--as-of", default="2026-12-01", help="date to look at (YYYY-MM-DD)")
    args = parser.parse_args()
    out: list[str] = [f"# Top findings on {args.as_of}"]
    started = time.monotonic()
    with AllianceService.open(Settings()) as service:
        for title, where in SCOPES:
            out.append(f"\n## {title}\n")
            for kind in KINDS:
                found, _ = service.analytics.scoped(kind, {"region": "osce", **where},
                                                    as_of=args.as_of)
                n = 10 if title in LONG[0] and kind in LONG[1] else 5
                out.append(f"**{kind}** ({len(found)} in scope, top {min(n, len(found))}):\n")
                out += [f"- {line(f)}" for f in found[:n]]
        found, _ = service.analytics.scoped("recommend", None, actor="org.iom",
                                            as_of=args.as_of, limit=10)
        out.append("\n## Whom IOM should talk to\n")
        out += [f"- {line(f)}" for f in found[:5]]
    with open(args.out, "w", encoding="utf-8") as fh:
        fh.write("\n".join(out) + "\n")
    print(f"wrote {args.out} in {time.monotonic() - started:.0f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
