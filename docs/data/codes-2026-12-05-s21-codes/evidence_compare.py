"""Does the evidence finder's output move? Both codes on evidence gold files, both coders.

Session 21, s21-codes. Runs ``accord evidence evaluate FILE --json --errors --coder C`` with
the code under ``--before`` and under ``--src``. On READING files (default) it writes, per
coder and file, both codes' overall figures and the ids of the sentences whose findings
differ. With ``--check`` it keeps aggregate figures only (per coder, pooled over the files:
gold, predicted, correct, precision, recall for both codes, and the number of sentences whose
scored outcome changed), and writes no id, text or finding.

    nice python3 docs/data/codes-2026-12-05-s21-codes/evidence_compare.py \
        --before /tmp/s21-start/src --src src \
        --out docs/data/codes-2026-12-05-s21-codes/evidence-reading.json
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

NEWS = Path("tests/data/news")
READING = [
    "evidence-gold.jsonl",
    "evidence-heldout-2026.jsonl",
    *(
        f"evidence-heldout-{s}.jsonl"
        for s in [
            "s5",
            "s5c",
            "s6",
            "s6b",
            "s7",
            "s8",
            "s8b",
            "s9",
            "s9b",
            "s10",
            "s11",
            "s12",
            "s13",
            "s14",
            "s15",
            "s17",
            "s18",
        ]
    ),
]
CHECK = ["evidence-heldout-s19.jsonl", "evidence-heldout-s20.jsonl"]


def run(src: str, path: Path, coder: str) -> dict[str, Any]:
    env = dict(os.environ, PYTHONPATH=str(Path(src).resolve()))
    command = [sys.executable, "-m", "accord", "evidence", "evaluate", str(path)]
    command += ["--json", "--errors", "--coder", coder]
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def outcome(result: dict[str, Any]) -> dict[str, tuple[str, ...]]:
    """Findings of each sentence scored wrongly (the rest are right as the gold)."""
    return {e["id"]: tuple(sorted(e["found"])) for e in result["errors"]}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--src", required=True)
    parser.add_argument("--before", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--coders", default="rules,nlp")
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    files = CHECK if args.check else READING
    report: dict[str, Any] = {}
    for coder in args.coders.split(","):
        pooled = {"before": dict.fromkeys(("gold", "predicted", "correct"), 0)}
        pooled["after"] = dict(pooled["before"])
        changed_total = 0
        per_file: dict[str, Any] = {}
        for name in files:
            before = run(args.before, NEWS / name, coder)
            after = run(args.src, NEWS / name, coder)
            a, b = outcome(before), outcome(after)
            changed = sorted(i for i in set(a) | set(b) if a.get(i) != b.get(i))
            changed_total += len(changed)
            for side, result in (("before", before), ("after", after)):
                for key in pooled[side]:
                    pooled[side][key] += result["overall"][key]
            if not args.check:
                per_file[name] = {
                    "before": before["overall"],
                    "after": after["overall"],
                    "changed": changed,
                }
        for side in ("before", "after"):
            p = pooled[side]
            p["precision"] = round(p["correct"] / p["predicted"], 4) if p["predicted"] else 0.0
            p["recall"] = round(p["correct"] / p["gold"], 4) if p["gold"] else 0.0
        report[coder] = {"pooled": pooled, "sentences_changed": changed_total}
        if not args.check:
            report[coder]["files"] = per_file
        print(coder, json.dumps(report[coder]["pooled"]), "changed", changed_total, flush=True)
    Path(args.out).write_text(json.dumps(report, indent=1, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
