"""Which of the fallback's refusal tests to lift, learned leave-one-file-out (s14-nlpactors).

Record level, on ``refusals.py``'s listing (the READING records the nlp coder leaves uncoded
while the rules coder codes them, each refused event with the test that refused it) and the
start figures of the nlp coder on the READING files (``/tmp/reading-s14-start.json``, the
lead's run: pooled true positives, predictions, gold events, actor slots). A test is lifted
in a fold by forward selection on the training files (all READING files less the held-out
one): the test whose lifting raises the pooled event F1 of the nlp coder most, provided the
pooled actor accuracy rises too, then the next, until none does. A refused event is admitted
when every test that refuses it is lifted (the code's semantics: a lifted test lets the event
on to the later tests); it becomes the record's event if it is the first admitted one.
Prints, per fold, the tests chosen, and the held-out file's changes with the fold's
choice: records fixed (type, source and target set as the gold) and broken (a gold NONE
record that gains an event), true positives and predictions added, actor slots gained.

    python3 docs/data/actors-2026-12-04-s14-nlpactors/select_lofo.py REFUSALS.json START.json
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any


def effect(rows: list[dict[str, Any]], lifted: set[str]) -> dict[str, int]:
    out = dict(tp=0, pred=0, fixed=0, broken=0, actor=0)
    for r in rows:
        admitted = [e for e in r["refused"] if e["why_all"] and set(e["why_all"]) <= lifted]
        if not admitted:
            continue
        e = admitted[0]
        out["pred"] += 1
        none = r["gold"] == "NONE"
        out["tp"] += (not none) and e["type"] == r["gold"]
        s_ok = bool(r["gold_source"]) and e["source"] == r["gold_source"]
        t_ok = bool(r["gold_target"]) and e["target"] == r["gold_target"]
        out["actor"] += s_ok + t_ok
        right = (
            e["type"] == r["gold"]
            and (not r["gold_source"] or s_ok)
            and (not r["gold_target"] or t_ok)
        )
        out["fixed"] += right
        out["broken"] += none
    return out


def choose(train: list[dict[str, Any]], b: dict[str, int], tests: list[str]) -> set[str]:
    """Forward selection of the tests to lift on ``train`` (``b``: the start counts of the
    same files): the test whose lifting raises the pooled event F1 most, provided the pooled
    actor accuracy rises too, then the next, until none does."""
    lifted: set[str] = set()
    while True:
        cur = effect(train, lifted)
        f1 = 2 * (b["tp"] + cur["tp"]) / (b["pred"] + cur["pred"] + b["gold"])
        acc = (b["actor"] + cur["actor"]) / b["actor_n"]
        best, best_f1 = None, f1
        for t in tests:
            if t in lifted:
                continue
            d = effect(train, lifted | {t})
            f1_t = 2 * (b["tp"] + d["tp"]) / (b["pred"] + d["pred"] + b["gold"])
            acc_t = (b["actor"] + d["actor"]) / b["actor_n"]
            if f1_t > best_f1 and acc_t > acc:
                best, best_f1 = t, f1_t
        if best is None:
            return lifted
        lifted.add(best)


def main() -> None:
    rows = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    start = json.loads(Path(sys.argv[2]).read_text(encoding="utf-8"))["nlp"]
    base: dict[str, dict[str, int]] = {}
    for name, f in start.items():
        tp = sum(
            v
            for k, row in f["confusion"].items()
            if k != "NONE"
            for kk, v in row.items()
            if kk == k
        )
        actor = round((f["source_accuracy"] or 0) * f["source_n"]) + round(
            (f["target_accuracy"] or 0) * f["target_n"]
        )
        base[name] = dict(
            tp=tp,
            pred=f["predicted"],
            gold=f["n"],
            actor=actor,
            actor_n=f["source_n"] + f["target_n"],
        )
    tests = sorted({w for r in rows for e in r["refused"] for w in e["why_all"]})
    by_file: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        by_file[r["file"]].append(r)
    total: dict[str, int] = defaultdict(int)
    choices = defaultdict(int)
    for held in base:
        train = [r for r in rows if r["file"] != held]
        b = {
            k: sum(base[f][k] for f in base if f != held)
            for k in ("tp", "pred", "gold", "actor", "actor_n")
        }
        lifted = choose(train, b, tests)
        choices[tuple(sorted(lifted))] += 1
        d = effect(by_file.get(held, []), lifted)
        for k, v in d.items():
            total[k] += v
        if any(d.values()):
            print(held, sorted(lifted), d)
    print("choices:", dict(choices))
    print("out of fold, pooled:", dict(total))
    b = {k: sum(base[f][k] for f in base) for k in ("tp", "pred", "gold", "actor", "actor_n")}
    f1_0 = 2 * b["tp"] / (b["pred"] + b["gold"])
    print(f"start F1 {f1_0:.4f} actor {b['actor'] / b['actor_n']:.4f}")
    f1_1 = 2 * (b["tp"] + total["tp"]) / (b["pred"] + total["pred"] + b["gold"])
    print(f"after F1 {f1_1:.4f} actor {(b['actor'] + total['actor']) / b['actor_n']:.4f}")
    for t in tests:
        print(t, effect(rows, {t}))
    everything = choose(rows, b, tests)
    print("chosen on all 21 files:", sorted(everything), effect(rows, everything))
    per_file = {f: effect(by_file.get(f, []), everything) for f in base}
    print("  per file (in sample):", {f: d for f, d in per_file.items() if d["pred"]})


if __name__ == "__main__":
    main()
