"""The evidence finder with two codes, both coders, on the READING evidence files (per file and per
changed finding) or, with ``--check``, on the CHECK evidence files (aggregate figures only).

Session 46 (s46-evharness): one harness in place of the copy each session made of session 43's
``evidence43.py`` with its CHECK files written in (``evidence44.py``, ``evidence45.py``), as
``evaluate_reading.py`` beside it has done for the event coders since session 17.
``--check-sets`` names the CHECK evidence files and is required, with no default, so that nobody
runs a session's CHECK files as READING files by leaving it out: ``heldout-s44,heldout-s45``
means ``tests/data/news/evidence-heldout-s44.jsonl`` and ``evidence-heldout-s45.jsonl``; a name
with no such file is an error that names it.

READING: every evidence gold file of tests/data/news (``evidence-gold`` and
``evidence-heldout-*``, in name order) but the ``--check-sets`` files, which are left out by
name before any file is read; the annotators' label files and ``evidence-sentences.jsonl`` are
no gold of their own. CHECK (``--check``): the ``--check-sets`` files only. Each code runs in a
subprocess of its own (``PYTHONPATH`` the code's ``src``), which returns every record's findings
(actor, issue, direction) to this process only; the gold is compared here, in memory. A finding
is right as ``accord evidence evaluate`` counts it (its actor, issue and direction are one of its
sentence's gold stances). With ``--check`` nothing per record (id, text, finding) is printed or
written: per coder, pooled over the files, gold stances, findings, right ones, precision and
recall for both codes, the right findings gained and lost, the wrong ones added and removed, and
part (2)'s evidence condition of docs/validation-events.md ("The development protocol in
force"): precision not lower, and one more right finding net or one false finding fewer with no
right one lost; a coder whose findings do not move is reported as such. A session that declares
a narrower wording (session 45 did: the first clause only) reads it off ``net_right``,
``false_fewer`` and the figures, which are written beside it.

``--out`` is a path from the folder the harness runs in (the old copies wrote into their own
folder). Run from the worktree root, with the session's CHECK evidence files::

    nice python3 docs/data/protocol-2026-12-04-s13/evaluate_evidence.py \\
        --check-sets heldout-s44,heldout-s45 --before /tmp/s46-start/src --src src \\
        --out docs/data/YOUR-DIR/evidence-reading.json
    nice python3 docs/data/protocol-2026-12-04-s13/evaluate_evidence.py --check \\
        --check-sets heldout-s44,heldout-s45 --before /tmp/s46-start/src --src src \\
        --out docs/data/YOUR-DIR/evidence-check.json
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


def check_paths(spec: str, data: Path = DATA) -> list[Path]:
    """The CHECK evidence files that ``spec`` names (``heldout-s44,heldout-s45``), in its order.

    Each name ``N`` is the file ``evidence-N.jsonl`` of ``data``; a name given twice counts once.
    Raises ``ValueError`` naming the first name with no such file, or when ``spec`` names none.
    """
    paths: list[Path] = []
    for name in (n.strip() for n in spec.split(",")):
        if not name:
            continue
        path = data / f"evidence-{name}.jsonl"
        if not path.is_file():
            raise ValueError(f"unknown CHECK set {name!r}: there is no {path.name} in {data}")
        if path not in paths:
            paths.append(path)
    if not paths:
        raise ValueError("--check-sets names no CHECK set (e.g. heldout-s44,heldout-s45)")
    return paths


def reading_paths(check: list[Path], data: Path = DATA) -> list[Path]:
    """The READING evidence files: every evidence gold file of ``data`` but ``check``, by name."""
    left_out = {p.name for p in check}
    return [
        p
        for p in sorted(data.glob("evidence-*.jsonl"))
        if (p.stem == "evidence-gold" or p.stem.startswith("evidence-heldout-"))
        and p.name not in left_out
    ]


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
    """Part (2), evidence wording of docs/validation-events.md, for one coder."""
    if not any(moved.values()):
        return "moves nothing"
    not_lower = before["precision"] is None or (
        after["precision"] is not None and after["precision"] >= before["precision"]
    )
    net = after["right"] - before["right"]
    fewer = (before["found"] - before["right"]) - (after["found"] - after["right"])
    met = not_lower and (net >= 1 or (fewer >= 1 and moved["right_lost"] == 0))
    return "met" if met else "not met"


def parser() -> argparse.ArgumentParser:
    """The command line (``--check-sets`` required, no default)."""
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--before", required=True, help="the code to compare with (its src folder)")
    p.add_argument("--src", required=True, help="the code to measure (its src folder)")
    p.add_argument("--out", required=True, help="the JSON file to write")
    p.add_argument(
        "--check-sets",
        required=True,
        help="the CHECK evidence files, comma-separated (heldout-s44 for "
        "tests/data/news/evidence-heldout-s44.jsonl): left out of READING, run by --check",
    )
    p.add_argument("--check", action="store_true", help="the CHECK files, aggregates only")
    return p


def main() -> None:
    p = parser()
    args = p.parse_args()
    try:
        check = check_paths(args.check_sets)
    except ValueError as exc:
        p.error(str(exc))
    paths = check if args.check else reading_paths(check)
    names = [path.stem for path in paths]
    from accord.news.evidence_gold import _gold_keys, load_evidence_golds

    records, _, file_of = load_evidence_golds(paths)
    gold = [{"|".join(map(str, k)) for k in _gold_keys(r)} for r in records]
    sides = {"before": findings(args.before, paths), "after": findings(args.src, paths)}
    report: dict[str, Any] = {"check_sets": [c.stem for c in check], "files": names}
    kinds = ("right_gained", "right_lost", "wrong_added", "wrong_removed")
    for coder in CODERS:
        per_file: dict[str, dict[str, Any]] = {}
        changed: list[dict[str, Any]] = []
        for n, r in enumerate(records):
            name = file_of[r.id].removesuffix(".jsonl")
            row = per_file.setdefault(
                name,
                dict.fromkeys(
                    ("gold", "found_before", "right_before", "found_after", "right_after", *kinds),
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
        moved = {k: total[k] for k in kinds}
        entry: dict[str, Any] = {
            "before": before,
            "after": after,
            **moved,
            "net_right": after["right"] - before["right"],
            "false_fewer": (before["found"] - before["right"]) - (after["found"] - after["right"]),
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
    Path(args.out).write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
