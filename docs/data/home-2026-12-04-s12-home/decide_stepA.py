"""Session 12 (s12-home), second candidate: step A (``_fronted_clause``,
``_actorless_clause_verb``) on top of the home country, decided by COMMON's session-12 rule.

Reads ``after.json`` (the home country, before step A) and ``after-stepA.json`` (with step A),
both written by ``evaluate_all.py``, and prints JSON: for the READING files (17) the per-file
figures and the records fixed / broken; for the CHECK files (news-heldout-s11.json and
news-heldout-s11b.json) ONLY pooled figures and the counts of records fixed and broken (no
record ids, no texts). Run from the repository root::

    python3 docs/data/home-2026-12-04-s12-home/decide_stepA.py \
        > docs/data/home-2026-12-04-s12-home/decide-stepA.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CHECK = ("heldout-s11", "heldout-s11b")


def _pooled(rows: list[dict[str, Any]]) -> dict[str, Any]:
    sys.path.insert(0, str(HERE))
    from compare import pooled

    return pooled({str(i): r for i, r in enumerate(rows)})


def main() -> None:
    before = json.loads((HERE / "after.json").read_text(encoding="utf-8"))
    after = json.loads((HERE / "after-stepA.json").read_text(encoding="utf-8"))
    out: dict[str, Any] = {}
    for coder in before:
        reading: dict[str, Any] = {}
        check = {"fixed": 0, "broken": 0}
        for name, b in before[coder].items():
            a = after[coder][name]
            errs_b = {e["id"] for e in b["errors"]}
            errs_a = {e["id"] for e in a["errors"]}
            fixed, broken = sorted(errs_b - errs_a), sorted(errs_a - errs_b)
            if name in CHECK:
                check["fixed"] += len(fixed)
                check["broken"] += len(broken)
                continue
            reading[name] = {
                "event_f1": [b["event_f1"], a["event_f1"]],
                "actor_accuracy": [b["actor_accuracy"], a["actor_accuracy"]],
                "fixed": fixed,
                "broken": broken,
            }
        names = [n for n in before[coder] if n not in CHECK]
        out[coder] = {
            "reading_files": reading,
            "reading_pooled": [
                _pooled([before[coder][n] for n in names]),
                _pooled([after[coder][n] for n in names]),
            ],
            "check_pooled": [
                _pooled([before[coder][n] for n in CHECK]),
                _pooled([after[coder][n] for n in CHECK]),
            ],
            "check_records": check,
        }
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
