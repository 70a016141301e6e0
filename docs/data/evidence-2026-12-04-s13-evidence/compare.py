"""Session 13 (s13-evidence): the default evidence finder against the default with candidate
switches on, both coders, item by item.

READING files (default): the 13 development evidence files other than the CHECK file; per
file found/right before and after, and the items that change: right items gained / lost, wrong
items added / removed, each listed (record id, stance). With ``--check``: the CHECK file
``evidence-heldout-s12.jsonl`` only, and only aggregate figures (found, right, gold,
precision, recall before and after; right gained / lost, wrong added / removed): no record
id, text or per-record output is printed or written.

Run from the worktree root::

    PYTHONPATH=src python3 docs/data/evidence-2026-12-04-s13-evidence/compare.py \\
        --add cue_inflections [--coders rules,nlp] [--check] [--out FILE.json]

Items are scored as :func:`accord.news.evidence_gold.evaluate_evidence` scores them (an item is
right when its actor/issue/direction is among its sentence's gold stances with a direction;
the document is built the same way).
"""

from __future__ import annotations

import argparse
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

READING = (
    "evidence-gold",
    "evidence-heldout-2026",
    "evidence-heldout-s5",
    "evidence-heldout-s5c",
    "evidence-heldout-s6",
    "evidence-heldout-s6b",
    "evidence-heldout-s7",
    "evidence-heldout-s8",
    "evidence-heldout-s8b",
    "evidence-heldout-s9",
    "evidence-heldout-s9b",
    "evidence-heldout-s10",
    "evidence-heldout-s11",
)
CHECK = ("evidence-heldout-s12",)


def _keys(found: list[Any]) -> set[tuple[str, str, str]]:
    return {(e.actor, e.issue, "high" if e.direction > 0 else "low") for e in found}


def _p(right: int, found: int) -> float | None:
    return round(right / found, 4) if found else None


def run(coder_name: str, names: tuple[str, ...], add: list[str]) -> dict[str, Any]:
    from accord.news import evidence as ev
    from accord.news.coders import get_coder
    from accord.news.evidence_gold import load_evidence_golds
    from accord.news.types import Document

    before_rules = ev.DEFAULT_RULES
    after_rules = replace(before_rules, **{a: True for a in add})
    paths = [Path("tests/data/news") / f"{n}.jsonl" for n in names]
    records, scenarios, files = load_evidence_golds(paths)
    coder = None if coder_name == "rules" else get_coder(coder_name, strict=True).coder
    finder = getattr(coder, "clause_agents", None)
    per_file: dict[str, dict[str, Any]] = {}
    for record in records:
        name = files[record.id].removesuffix(".jsonl")
        row = per_file.setdefault(
            name,
            {
                k: 0
                for k in (
                    "gold",
                    "found_before",
                    "right_before",
                    "found_after",
                    "right_after",
                    "right_gained",
                    "right_lost",
                    "wrong_added",
                    "wrong_removed",
                )
            }
            | {"changes": []},
        )
        doc = Document(
            id=record.id,
            title="",
            text=record.text,
            date=record.date,
            source=record.publisher,
            url=record.url,
        )
        gold = {(s.actor, s.issue, s.direction) for s in record.stances if s.direction}
        before = _keys(ev.extract_evidence(doc, scenarios[record.scenario], finder, before_rules))
        after = _keys(ev.extract_evidence(doc, scenarios[record.scenario], finder, after_rules))
        row["gold"] += len(gold)
        row["found_before"] += len(before)
        row["right_before"] += len(before & gold)
        row["found_after"] += len(after)
        row["right_after"] += len(after & gold)
        for key in sorted(after - before):
            row["right_gained" if key in gold else "wrong_added"] += 1
            row["changes"].append(
                f"{record.id} +{'/'.join(key)} {'right' if key in gold else 'wrong'}"
            )
        for key in sorted(before - after):
            row["right_lost" if key in gold else "wrong_removed"] += 1
            row["changes"].append(
                f"{record.id} -{'/'.join(key)} {'right' if key in gold else 'wrong'}"
            )
    pooled = {
        k: sum(r[k] for r in per_file.values())
        for k in next(iter(per_file.values()))
        if k != "changes"
    }
    for r in [*per_file.values(), pooled]:
        for side in ("before", "after"):
            r[f"precision_{side}"] = _p(r[f"right_{side}"], r[f"found_{side}"])
            r[f"recall_{side}"] = _p(r[f"right_{side}"], r["gold"])
        r["net"] = r["right_gained"] - r["right_lost"] + r["wrong_removed"] - r["wrong_added"]
    return {"files": per_file, "pooled": pooled}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--add", required=True, help="switches to turn on, comma-separated")
    parser.add_argument("--coders", default="rules,nlp")
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--out")
    args = parser.parse_args()
    add = args.add.split(",")
    out: dict[str, Any] = {"add": add, "check": args.check}
    for coder in args.coders.split(","):
        result = run(coder, CHECK if args.check else READING, add)
        if args.check:
            result = {"pooled": result["pooled"]}
        else:
            for name, r in result["files"].items():
                print(
                    f"{coder} {name.removeprefix('evidence-'):14s} "
                    f"{r['found_before']}/{r['right_before']} -> {r['found_after']}/"
                    f"{r['right_after']}  net {r['net']:+d}  {'; '.join(r['changes'])}"
                )
        print(coder, "pooled", json.dumps(result["pooled"]), flush=True)
        out[coder] = result
    if args.out:
        Path(args.out).write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
