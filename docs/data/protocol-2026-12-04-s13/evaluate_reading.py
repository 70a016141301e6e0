"""Both coders on the READING event files (or the CHECK files), through the command line.

Session 13 (the lead; s12-recall's script with session 13's CHECK files). Runs
``accord events evaluate FILE --coder CODER --json --errors`` for each set of
:func:`accord.news.nlp.rules_cv.dev_sets` less the CHECK files
(``heldout-s12``, ``heldout-s12b``), with the code under ``--src``, and writes
``{coder: {set: figures}}``. With ``--check`` (and ``--before``, the code to compare with) it
runs the CHECK files only, with both codes, and keeps aggregate figures only: per coder and
pooled, event F1, actor accuracy, counts, and the number of records fixed and broken (a record
is right when it is in no error list: type, source set and target set as the gold), worked
out in memory; no record id, text or output is written or printed.

Run from the worktree root::

    nice python3 docs/data/protocol-2026-12-04-s13/evaluate_reading.py \
        --src src --out docs/data/YOUR-DIR/after.json
    nice python3 docs/data/protocol-2026-12-04-s13/evaluate_reading.py --check \
        --src src --before /tmp/s13-start/src \
        --out docs/data/YOUR-DIR/check.json

(``/tmp/s13-start``: ``git archive cf62e07 src | tar -x -C /tmp/s13-start``.) Since session 17
``--check-sets heldout-s15,heldout-s15b`` names a session's CHECK files (default: session 13's),
so that no per-session copy of this script is needed. Since session 32 ``--leave-out ID,...``
runs the CHECK files with those gold records left out (a filtered copy of each file that holds
one, in a temporary folder), for a candidate written from a record that is now a CHECK record.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

CODERS = ("rules", "nlp")
CHECK = ("heldout-s12", "heldout-s12b")


def _run(src: str, path: str, coder: str, split: str | None) -> dict[str, object]:
    env = dict(os.environ, PYTHONPATH=str(Path(src).resolve()))
    command = [
        sys.executable,
        "-c",
        "import sys; from accord.cli import main; sys.argv[0] = 'accord'; main()",
        "events",
        "evaluate",
        path,
        "--coder",
        coder,
        "--json",
        "--errors",
    ]
    if split:
        command += ["--split", split]
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    figures = json.loads(done.stdout)
    assert isinstance(figures, dict)
    return figures


def counts(figures: dict[str, Any]) -> dict[str, int]:
    """The counts behind one file's figures of ``accord events evaluate --json``."""
    confusion = figures["confusion"]
    correct = sum(row.get(kind, 0) for kind, row in confusion.items() if kind != "NONE")
    source_n, target_n = int(figures["source_n"]), int(figures["target_n"])
    return {
        "gold": int(figures["n"]),
        "predicted": int(figures["predicted"]),
        "correct": correct,
        "false_alarms": int(figures["false_alarms"]),
        "uncoded": sum(row.get("NONE", 0) for kind, row in confusion.items() if kind != "NONE"),
        "actor_ok": round((figures["source_accuracy"] or 0) * source_n)
        + round((figures["target_accuracy"] or 0) * target_n),
        "actor_n": source_n + target_n,
    }


def pooled(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Pooled event precision, recall, F1, actor accuracy and counts of several files."""
    c = [counts(r) for r in rows]
    total = {k: sum(x[k] for x in c) for k in c[0]}
    p = total["correct"] / total["predicted"] if total["predicted"] else 0.0
    r = total["correct"] / total["gold"] if total["gold"] else 0.0
    return {
        **total,
        "event_precision": round(p, 4),
        "event_recall": round(r, 4),
        "event_f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
        "actor_accuracy": round(total["actor_ok"] / total["actor_n"], 4),
    }


def _left_out(path: str, ids: set[str], folder: Path) -> str:
    """``path`` itself, or a copy without the gold records ``ids`` where it holds any."""
    if not ids or not path.endswith(".json"):
        return path
    records = json.loads(Path(path).read_text(encoding="utf-8"))
    kept = [r for r in records if str(r.get("id")) not in ids]
    if len(kept) == len(records):
        return path
    copy = folder / Path(path).name
    copy.write_text(json.dumps(kept), encoding="utf-8")
    print("left out", len(records) - len(kept), "record(s) of", Path(path).name, flush=True)
    return str(copy)


def check(args: argparse.Namespace, root: Path) -> None:
    from accord.news.nlp.rules_cv import dev_sets

    leave_out = {i for i in args.leave_out.split(",") if i}
    folder = Path(tempfile.mkdtemp(prefix="check-left-out-"))
    out: dict[str, object] = {}
    for coder in args.coders.split(","):
        rows: dict[str, list[dict[str, Any]]] = {"before": [], "after": []}
        fixed = broken = 0
        for dev in dev_sets(root, root.parent / "shared"):
            if dev.name not in CHECK:
                continue
            wrong = {}
            for side, src in (("before", args.before), ("after", args.src)):
                figures = _run(src, _left_out(dev.path, leave_out, folder), coder, dev.split)
                errors = figures.pop("errors")
                assert isinstance(errors, list)
                wrong[side] = {str(e["id"]) for e in errors}
                rows[side].append(figures)
            fixed += len(wrong["before"] - wrong["after"])
            broken += len(wrong["after"] - wrong["before"])
        out[coder] = {
            "before": pooled(rows["before"]),
            "after": pooled(rows["after"]),
            "fixed": fixed,
            "broken": broken,
        }
        print(coder, json.dumps(out[coder]), flush=True)
    Path(args.out).write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")


def main() -> None:
    global CHECK
    parser = argparse.ArgumentParser()
    parser.add_argument("--src", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--coders", default=",".join(CODERS))
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--before")
    parser.add_argument(
        "--check-sets",
        default=",".join(CHECK),
        help="the CHECK files (dev_sets names, comma-separated): the last scored held-out sets",
    )
    parser.add_argument(
        "--leave-out",
        default="",
        help="gold record ids (comma-separated) left out of the CHECK files (--check only)",
    )
    args = parser.parse_args()
    CHECK = tuple(name for name in args.check_sets.split(",") if name)
    root = Path.cwd()
    sys.path.insert(0, str(root / "src"))
    if args.check:
        check(args, root)
        return
    from accord.news.nlp.rules_cv import dev_sets

    env = dict(os.environ, PYTHONPATH=str(Path(args.src).resolve()))
    out: dict[str, dict[str, object]] = {}
    for coder in args.coders.split(","):
        out[coder] = {}
        for dev in dev_sets(root, root.parent / "shared"):
            if (dev.name in CHECK) != args.check:
                continue
            command = [
                sys.executable,
                "-c",
                "import sys; from accord.cli import main; sys.argv[0] = 'accord'; main()",
                "events",
                "evaluate",
                dev.path,
                "--coder",
                coder,
                "--json",
            ]
            if not args.check:
                command.append("--errors")
            if dev.split:
                command += ["--split", dev.split]
            done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
            figures = json.loads(done.stdout)
            assert isinstance(figures, dict)
            if args.check:
                figures = {k: v for k, v in figures.items() if not isinstance(v, list)}
            out[coder][dev.name] = figures
            print(coder, dev.name, figures["event_f1"], figures["actor_accuracy"], flush=True)
    Path(args.out).write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
