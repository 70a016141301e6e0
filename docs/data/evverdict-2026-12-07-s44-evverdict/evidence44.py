"""For new runs use the shared harness, docs/data/protocol-2026-12-04-s13/evaluate_evidence.py
(session 46: ``--check-sets`` names the CHECK files, no copy per session); this copy stays as
the record of session 44's runs, with its CHECK files written in.

Session 44 (s44-evverdict; session 43's s43-evfalse harness, CHECK files of session 44): the
evidence finder's findings with two codes, both coders, on the READING evidence files (per file
and per changed finding) or, with ``--check``, on the CHECK files (aggregate figures only).

READING: every evidence gold file of tests/data/news but the CHECK files (``census44.py``'s
list, which skips the CHECK files by name); CHECK: ``evidence-heldout-s42.jsonl`` and
``evidence-heldout-s43.jsonl`` (declared.md of session 44). Each code runs in a subprocess of
its own (``PYTHONPATH`` the code's ``src``), which returns every record's findings (actor,
issue, direction) to this process only; the gold is compared here, in memory. A finding is right
as ``accord evidence evaluate`` counts it (its actor, issue and direction are one of its
sentence's gold stances). With ``--check`` nothing per record (id, text, finding) is printed or
written: per coder, pooled over the files, gold stances, findings, right ones, precision, recall
for both codes, the right findings gained and lost and the wrong ones added and removed, and
whether part (2)'s evidence condition holds (precision not lower, and one more right finding
net, or one false finding fewer with no right one lost; a coder whose findings do not move is
reported as such). Run from the worktree root::

    nice python3 docs/data/evverdict-2026-12-07-s44-evverdict/evidence44.py \\
        --before /tmp/s44-start/src --src src --out evidence-reading.json
    nice python3 docs/data/evverdict-2026-12-07-s44-evverdict/evidence44.py --check \\
        --before /tmp/s44-start/src --src src --out evidence-check.json
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DATA = HERE.parents[2] / "tests" / "data" / "news"
CHECK = ("evidence-heldout-s42", "evidence-heldout-s43")
CODERS = ("rules", "nlp")

CHILD = """
import json, sys
from functools import lru_cache
from pathlib import Path
from accord.news.coders import get_coder
from accord.news.evidence import extract_evidence
from accord.news.evidence_gold import _key, load_evidence_golds
from accord.news.types import Document

paths = [Path(p) for p in sys.argv[1:]]
records, scenarios, _ = load_evidence_golds(paths)
out = {}
for name in ("rules", "nlp"):
    finder = None
    if name != "rules":
        finder = lru_cache(maxsize=None)(get_coder(name, strict=True).coder.clause_agents)
    rows = []
    for r in records:
        doc = Document(id=r.id, title="", text=r.text, date=r.date, source=r.publisher, url=r.url)
        found = extract_evidence(doc, scenarios[r.scenario], finder)
        rows.append(sorted({"|".join(map(str, _key(e))) for e in found}))
    out[name] = rows
json.dump(out, sys.stdout)
"""


def findings(src: str, paths: list[Path]) -> dict[str, list[list[str]]]:
    """Every record's findings (``actor|issue|direction``) per coder, with the code ``src``."""
    env = dict(os.environ, PYTHONPATH=str(Path(src).resolve()))
    command = [sys.executable, "-c", CHILD, *map(str, paths)]
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    out: dict[str, list[list[str]]] = json.loads(done.stdout)
    return out


def figures(gold: int, found: int, right: int) -> dict[str, Any]:
    return {
        "gold": gold,
        "found": found,
        "right": right,
        "precision": round(right / found, 4) if found else None,
        "recall": round(right / gold, 4) if gold else None,
    }


def condition(before: dict[str, Any], after: dict[str, Any], moved: dict[str, int]) -> str:
    """Part (2), evidence wording, for one coder."""
    if not any(moved.values()):
        return "moves nothing"
    not_lower = before["precision"] is None or (
        after["precision"] is not None and after["precision"] >= before["precision"]
    )
    net = after["right"] - before["right"]
    fewer = (before["found"] - before["right"]) - (after["found"] - after["right"])
    met = not_lower and (net >= 1 or (fewer >= 1 and moved["right_lost"] == 0))
    return "met" if met else "not met"


def main() -> None:
    from accord.news.evidence_gold import _gold_keys, load_evidence_golds

    sys.path.insert(0, str(HERE))
    import census44

    parser = argparse.ArgumentParser()
    parser.add_argument("--before", required=True)
    parser.add_argument("--src", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    names = list(CHECK) if args.check else census44.reading()
    paths = [DATA / f"{n}.jsonl" for n in names]
    records, _, file_of = load_evidence_golds(paths)
    gold = [{"|".join(map(str, k)) for k in _gold_keys(r)} for r in records]
    sides = {"before": findings(args.before, paths), "after": findings(args.src, paths)}
    report: dict[str, Any] = {"files": names}
    for coder in CODERS:
        per_file: dict[str, dict[str, Any]] = {}
        changed: list[dict[str, Any]] = []
        for n, r in enumerate(records):
            name = file_of[r.id].removesuffix(".jsonl")
            row = per_file.setdefault(
                name,
                dict.fromkeys(
                    (
                        *("gold", "found_before", "right_before", "found_after", "right_after"),
                        *("right_gained", "right_lost", "wrong_added", "wrong_removed"),
                    ),
                    0,
                ),
            )
            b, a, g = set(sides["before"][coder][n]), set(sides["after"][coder][n]), gold[n]
            row["gold"] += len(g)
            row["found_before"] += len(b)
            row["right_before"] += len(b & g)
            row["found_after"] += len(a)
            row["right_after"] += len(a & g)
            row["right_gained"] += len((a - b) & g)
            row["right_lost"] += len((b - a) & g)
            row["wrong_added"] += len((a - b) - g)
            row["wrong_removed"] += len((b - a) - g)
            if a != b and not args.check:
                changed.append(
                    {
                        "file": name,
                        "id": r.id,
                        "before": sorted(b),
                        "after": sorted(a),
                        "gold": sorted(g),
                        "text": r.text,
                    }
                )
        total = {k: sum(f[k] for f in per_file.values()) for k in next(iter(per_file.values()))}
        before = figures(total["gold"], total["found_before"], total["right_before"])
        after = figures(total["gold"], total["found_after"], total["right_after"])
        kinds = ("right_gained", "right_lost", "wrong_added", "wrong_removed")
        moved = {k: total[k] for k in kinds}
        entry: dict[str, Any] = {
            "before": before,
            "after": after,
            **moved,
            "part_2_evidence": condition(before, after, moved),
        }
        if not args.check:
            entry["files"] = per_file
            entry["worst_file_net_right"] = min(
                f["right_after"] - f["right_before"] for f in per_file.values()
            )
            entry["changed"] = changed
        report[coder] = entry
        print(coder, json.dumps({k: v for k, v in entry.items() if k not in ("files", "changed")}))
    (HERE / args.out).write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
