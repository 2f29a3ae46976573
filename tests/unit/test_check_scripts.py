"""The scripts that check the curated data: the reproducible sample draw and the counts."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str) -> str:
    done = subprocess.run([sys.executable, *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=120, check=True)
    return done.stdout


def test_a_sample_seed_draws_the_same_rows_every_time_and_another_seed_others() -> None:
    first = _run("scripts/sample_facts.py", "--seed", "20261221", "--n", "5")
    again = _run("scripts/sample_facts.py", "--seed", "20261221", "--n", "5")
    other = _run("scripts/sample_facts.py", "--seed", "7", "--n", "5")
    assert first == again
    assert first != other
    assert first.startswith("# seed 20261221; 5 of ")
    assert len(re.findall(r"^\s?\d+\t\S+\.csv\trow \d+", first, flags=re.M)) == 5


def test_activity_counts_print_the_figures_behind_the_data_tests() -> None:
    out = _run("scripts/activity_counts.py")
    recent = int(re.search(r"dated 2015 or later: (\d+)", out).group(1))  # type: ignore[union-attr]
    states = re.search(r"with 3 or more since 2015: (\d+) of (\d+)", out)
    assert recent >= 500
    assert states is not None and int(states.group(2)) == 57 and int(states.group(1)) >= 40
    assert "Office of the Special Representative" in out


def test_the_check_scripts_answer_help() -> None:
    for script in ("scripts/sample_facts.py", "scripts/activity_counts.py",
                   "scripts/unchecked_rows.py"):
        assert "usage:" in _run(script, "--help")


def test_unchecked_rows_leave_out_the_rows_a_ledger_names_unless_still_open(tmp_path: Path) -> None:
    everything = _run("scripts/unchecked_rows.py", "--ledgers", str(tmp_path)).splitlines()
    (first_file, _, first_key), (second_file, _, second_key) = (
        line.split("\t") for line in everything[:2])
    (tmp_path / "audit-test.tsv").write_text(
        "group\tfile\tid\tverdict\n"
        f"t\t{first_file}\t{first_key}\tright\n"
        f"t\t{second_file}\t{second_key}\topen (no page states its type)\n", encoding="utf-8")
    left = _run("scripts/unchecked_rows.py", "--ledgers", str(tmp_path)).splitlines()
    assert len(left) == len(everything) - 1
    assert everything[0] not in left and everything[1] in left
    summary = _run("scripts/unchecked_rows.py", "--ledgers", str(tmp_path), "--summary")
    assert summary.startswith(f"# 1 of {len(everything)} curated rows checked; {len(left)} left")


def test_relation_rows_are_keyed_by_their_ends_and_role() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    from unchecked_rows import row_key

    assert row_key({"id": "org.iom", "name": "IOM"}) == "org.iom"
    assert row_key({"member": "DNK", "organisation": "org.cbss", "role": "member_state",
                    "start": ""}) == "DNK -> org.cbss (member_state)"
