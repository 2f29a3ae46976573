"""Evaluation: precision and recall of `alliance ingest page` on the corpus of written pages.

Loads the bundled data folder (`data/`) into a fresh local Neo4j (or the server NEO4J_URI
names; its graph is replaced), reads the graph's entities as the ingester does, then reads
every page of `tests/fixtures/pages/eval/` and compares what it would write — people,
organisations, events, countries, mandates and activities — with the `NAME.expected.json`
beside it (see the README there). Nothing is written for the pages: each is read against the
bundled graph alone, so the figures do not depend on the order of the pages.

An expected item is an id of the bundled data (`person.…`, `org.…`, `event.…`,
`mandate.…`, an ISO3 code) or, for what the data does not hold, a name, which matches a
record the page would create with that name (spelling differences aside; a new event matches
any new event). An activity matches one of the same kind; for matched activities the
implementers, partners, funders, countries and dates are scored as well.

    .venv/bin/python benchmarks/ingest_eval.py
    .venv/bin/python benchmarks/ingest_eval.py --verbose      # every miss and every extra
"""

from __future__ import annotations

import argparse
import json
import socket
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from graph import localdb, model
from graph.loader import load_dataset
from graph.model import Dataset
from graph.settings import Settings
from graph.store import GraphStore
from ingest.folder import read_folder
from ingest.gazetteer import Gazetteer
from ingest.page_load import known_entities, read_page
from ingest.page_records import page_dataset
from ingest.resolve import Known, Resolver
from ingest.tokens import normalise

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "fixtures" / "pages" / "eval"
KINDS = ("people", "organisations", "events", "countries", "mandates", "activities")
LABELS = {"people": "Person", "organisations": "Organisation", "events": "Event",
          "countries": "Country", "mandates": "Mandate"}
ATTRIBUTES = ("implementers", "partners", "funders", "countries", "start", "end")


def extracted(dataset: Dataset) -> dict[str, Any]:
    """What a page's records say, by kind: ids of what they link to, and the records made."""
    created = {e.id: e for e in dataset.entities}
    found: dict[str, set[str]] = {k: set() for k in LABELS}
    by_label = {v: k for k, v in LABELS.items()}
    for rel in dataset.relations:
        if rel.type == "MENTIONS" and rel.end_label in by_label:
            found[by_label[rel.end_label]].add(rel.end_id)
        if rel.type in ("SPOKE_FOR", "IMPLEMENTS", "FUNDS", "ORGANISED_BY"):
            end = rel.end_id if rel.end_label == "Organisation" else rel.start_id
            found["organisations"].add(end)
        if rel.type in ("HELD_IN", "TARGETS"):
            found["countries"].add(rel.end_id)
    out: dict[str, Any] = {}
    for kind, ids in found.items():
        out[kind] = [(i, getattr(created[i], "name", None) if i in created else None)
                     for i in sorted(ids)]
    out["activities"] = [e for e in dataset.entities if isinstance(e, model.Programme)]
    return out


def _matches(item: str, found_id: str, found_name: str | None, kind: str) -> bool:
    if item == found_id:
        return True
    if found_name is None:
        return False
    if kind == "events":
        return "." not in item or not item.startswith("event.")
    return normalise(item) == normalise(found_name)


def score_page(found: dict[str, Any], expected: dict[str, Any]) -> dict[str, Any]:
    """(true positives, extracted, expected) per kind, the misses and extras, and the
    attributes of matched activities."""
    out: dict[str, Any] = {}
    for kind in LABELS:
        want = list(expected.get(kind, []))
        got = list(found[kind])
        hits, extra = [], []
        for found_id, name in got:
            match = next((w for w in want if _matches(w, found_id, name, kind)), None)
            if match is None:
                extra.append(name or found_id)
            else:
                want.remove(match)
                hits.append(match)
        out[kind] = (len(hits), len(got), len(expected.get(kind, [])), want, extra)
    want_acts = list(expected.get("activities", []))
    got_acts = list(found["activities"])
    pairs, extra_acts = [], []
    for prog in got_acts:
        match = next((w for w in want_acts if w["kind"] == prog.kind), None)
        if match is None:
            extra_acts.append(prog.kind)
        else:
            want_acts.remove(match)
            pairs.append((match, prog))
    out["activities"] = (len(pairs), len(got_acts), len(expected.get("activities", [])),
                         [w["kind"] for w in want_acts], extra_acts)
    attributes: Counter[str] = Counter()
    for want, prog in pairs:
        for attr in ATTRIBUTES:
            if attr not in want:
                continue
            attributes[f"{attr} stated"] += 1
            got = getattr(prog, attr)
            if attr in ("start", "end"):
                ok = bool(got) and got.startswith(want[attr])
            else:
                ok = _same_names(want[attr], got, found["organisations"])
            attributes[f"{attr} right"] += int(ok)
    out["attributes"] = attributes
    return out


def _same_names(want: list[str], got: list[str], names: list[tuple[str, str | None]]) -> bool:
    """The same organisations (or countries), each expected one matched by id or by name."""
    named = dict(names)
    left = list(got)
    for item in want:
        match = next((g for g in left if _matches(item, g, named.get(g), "")), None)
        if match is None:
            return False
        left.remove(match)
    return not left


def evaluate(known: list[Known], corpus: Path = CORPUS, verbose: bool = False
             ) -> dict[str, Any]:
    resolver_known = list(known)
    totals: dict[str, list[int]] = {k: [0, 0, 0] for k in KINDS}
    attributes: Counter[str] = Counter()
    pages = sorted(p for p in corpus.iterdir() if p.suffix in (".md", ".txt")
                   and p.name != "README.md")
    for path in pages:
        expected = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
        resolver = Resolver.over(resolver_known)
        dataset, _ = page_dataset(read_page(path, path.name), resolver,
                                  gazetteer=Gazetteer.over(resolver))
        result = score_page(extracted(dataset), expected)
        attributes += result["attributes"]
        for kind in KINDS:
            tp, got, want, missed, extra = result[kind]
            totals[kind][0] += tp
            totals[kind][1] += got
            totals[kind][2] += want
            if verbose and (missed or extra):
                print(f"{path.name:<40} {kind:<13} missed {missed} extra {extra}")
    return {"pages": len(pages), "totals": totals, "attributes": attributes}


def report(result: dict[str, Any], corpus: Path = CORPUS) -> None:
    where = corpus.resolve()
    shown = where.relative_to(ROOT) if where.is_relative_to(ROOT) else where
    print(f"\n{result['pages']} pages of {shown}\n")
    print(f"{'kind':<14} {'expected':>8} {'found':>6} {'right':>6} {'precision':>10} "
          f"{'recall':>7}")
    for kind, (tp, got, want) in result["totals"].items():
        precision = tp / got if got else 1.0
        recall = tp / want if want else 1.0
        print(f"{kind:<14} {want:>8} {got:>6} {tp:>6} {precision:>9.1%} {recall:>7.1%}")
    attrs = result["attributes"]
    if attrs:
        print("\nattributes of the activities found (right / stated):")
        for attr in ATTRIBUTES:
            if attrs[f"{attr} stated"]:
                print(f"  {attr:<13} {attrs[f'{attr} right']:>3} / {attrs[f'{attr} stated']}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=ROOT / "data",
                        help="data folder to load first (default: the bundled data)")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--verbose", action="store_true", help="list every miss and extra")
    args = parser.parse_args()

    settings = Settings()
    state = None
    if settings.uses_local:
        state = tempfile.TemporaryDirectory(prefix="alliance-eval-")
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        settings = Settings(state_dir=Path(state.name), local_port=port, local_heap="1g")
        print(f"starting a fresh local Neo4j in {state.name} …", flush=True)
        localdb.start(settings)
    try:
        with GraphStore.connect(settings) as store:
            store.clear()
            t0 = time.perf_counter()
            load_dataset(store, read_folder(args.data), what="ingest evaluation")
            known = known_entities(store)
            print(f"loaded {args.data.name}/ ({len(known)} entities to link to) in "
                  f"{time.perf_counter() - t0:.1f} s", flush=True)
            t0 = time.perf_counter()
            result = evaluate(known, args.corpus, args.verbose)
            print(f"read {result['pages']} pages in {time.perf_counter() - t0:.1f} s")
            store.clear()
    finally:
        if state is not None:
            localdb.stop(settings)
            state.cleanup()
    report(result, args.corpus)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
