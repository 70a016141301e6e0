"""Step 1 of s17-rank: how many READING records have a right candidate anywhere among both
coders' events, and how many simple pickers get right (no code change).

Input: ``collect.py``'s candidates. Every number that uses a confidence uses the OUT-OF-FILE
calibration: each file's events are scored by the coder's model
(:func:`accord.news.evidence_confidence.out_of_fold`, the fit of
:mod:`accord.news.event_confidence`) fitted on the other READING files, and every cut-off is
chosen on the other files too (the one that maximises the training files' pooled event F1,
ties to the higher cut-off).

A record is scored as ``accord events evaluate`` scores it: the picked event's type against the
gold event (correct, predicted, false alarm on a NONE record; pooled precision, recall, F1),
and the record is *right* when the type and, where the gold names them, the source and target
sets equal the gold's (a NONE record: nothing picked), as ``reading_compare.py`` counts.

Run from the worktree root::

    python3 docs/data/rank-2026-12-04-s17-rank/measure.py /tmp/s17-rank/candidates.json \
        --out docs/data/rank-2026-12-04-s17-rank/measure.json
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

Pick = dict[str, Any] | None
Picker = Callable[[dict[str, Any]], Pick]
CUTS = tuple(round(0.05 * k, 2) for k in range(20))


def calibrate(records: list[dict[str, Any]], coder: str) -> None:
    """Each event of ``coder`` gets ``p``: its out-of-file calibrated probability."""
    from accord.news.evidence_confidence import out_of_fold

    events = [(r["file"], e) for r in records for e in r[coder]]
    x = np.asarray([e["x"] for _, e in events], dtype=float)
    y = np.asarray([e["right"] for _, e in events], dtype=float)
    p = out_of_fold(x, y, [f for f, _ in events])
    for (_, e), v in zip(events, p, strict=True):
        e["p"] = float(v)


def score(records: list[dict[str, Any]], pick: Picker) -> dict[str, Any]:
    gold = predicted = correct = alarms = right = actor_ok = actor_n = 0
    for r in records:
        e = pick(r)
        gold += r["gold"] != "NONE"
        for side, mine in (("gold_s", "s"), ("gold_t", "t")):
            if r[side]:
                actor_n += 1
                actor_ok += e is not None and e[mine] == r[side]
        if e is None:
            right += r["gold"] == "NONE"
            continue
        predicted += 1
        alarms += r["gold"] == "NONE"
        correct += bool(e["right"])
        right += bool(e["full"])
    from accord.news.event_choice import figures

    return figures(len(records), gold, predicted, correct, alarms, (actor_ok, actor_n), right)


def first(coder: str) -> Picker:
    return lambda r: r[coder][0] if r[coder] else None


def top(coders: tuple[str, ...]) -> Picker:
    """The highest calibrated probability among ``coders``' events (ties: the earlier coder,
    then the coder's own order)."""

    def pick(r: dict[str, Any]) -> Pick:
        cands = [e for c in coders for e in r[c]]
        return max(cands, key=lambda e: e["p"]) if cands else None

    return pick


def fallback(cut: float) -> Picker:
    """The nlp coder's first event, else the rules coder's first if its p >= ``cut``."""

    def pick(r: dict[str, Any]) -> Pick:
        if r["nlp"]:
            return r["nlp"][0]
        if r["rules"] and r["rules"][0]["p"] >= cut:
            return r["rules"][0]
        return None

    return pick


def out_of_file(records: list[dict[str, Any]], family: Callable[[float], Picker]) -> dict[str, Any]:
    """``family``'s cut-off chosen per held-out file on the other files (pooled event F1),
    the held file scored with it; the chosen cut-offs listed."""
    files = sorted({r["file"] for r in records})
    chosen: dict[str, float] = {}
    for name in files:
        train = [r for r in records if r["file"] != name]
        chosen[name] = max(CUTS, key=lambda t: (score(train, family(t))["event_f1"], t))

    def pick(r: dict[str, Any]) -> Pick:
        return family(chosen[r["file"]])(r)

    return {**score(records, pick), "cuts": sorted(set(chosen.values()))}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("candidates")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    sys.path.insert(0, str(Path.cwd() / "src"))
    records = json.loads(Path(args.candidates).read_text("utf-8"))
    for coder in ("nlp", "rules"):
        calibrate(records, coder)
    table: dict[str, Any] = {}
    for coder in ("rules", "nlp"):
        table[f"{coder}: first event (as shipped)"] = score(records, first(coder))
        table[f"{coder}: highest out-of-file p"] = score(records, top((coder,)))
    table["union: highest out-of-file p (nlp first on ties)"] = score(
        records, top(("nlp", "rules"))
    )
    table["nlp, else rules if p >= t (t out of file)"] = out_of_file(records, fallback)
    for cut in (0.0, 0.3, 0.5):
        table[f"nlp, else rules if p >= {cut}"] = score(records, fallback(cut))
    oracle: dict[str, Any] = {}
    scored = [r for r in records if r["gold"] != "NONE"]
    for name, coders in (("rules", ("rules",)), ("nlp", ("nlp",)), ("union", ("nlp", "rules"))):
        cands = [[e for c in coders for e in r[c]] for r in scored]
        oracle[name] = {
            "type_first": sum(bool(c) and c[0]["right"] for c in cands)
            if name != "union"
            else None,
            "type_anywhere": sum(any(e["right"] for e in c) for c in cands),
            "full_anywhere": sum(any(e["full"] for e in c) for c in cands),
            "no_candidate": sum(not c for c in cands),
        }
    none = [r for r in records if r["gold"] == "NONE"]
    report = {
        "records": len(records),
        "gold_events": len(scored),
        "none_records": len(none),
        "oracle": oracle,
        "pickers": table,
    }
    Path(args.out).write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    for key, row in report.items():
        print(key, json.dumps(row, indent=1) if isinstance(row, dict) else row)


if __name__ == "__main__":
    main()
