"""The nlp coder on the READING files with the fallback's refusal tests lifted (s14-nlpactors).

Code level, one process, shipped head: for each configuration (``start``: ``DEFAULT_RULES``;
``A``: the four ``lift_*`` switches on; ``B``: all but ``lift_unnamed_refusal``), every READING
file (``rules_cv.dev_sets`` less heldout-s13 / heldout-s13b, never opened) is scored by
:func:`accord.news.evaluate.evaluate` as ``accord events evaluate --errors`` scores it, and the
counts and the ids of the wrong records are written. Then, out of fold: each file takes the
configuration its fold chose (``select_lofo.py``'s forward selection on the other 20 files),
and the pooled figures, the records fixed / broken against ``start`` and the worst file are
printed.

    PYTHONPATH=src nice python3 docs/data/actors-2026-12-04-s14-nlpactors/reading_lifts.py \\
        REFUSALS.json START.json OUT.json
"""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

CHECK = ("heldout-s13", "heldout-s13b")
TESTS = {
    "typed, then removed in _event": "lift_typed_refusal",
    "no act (no named agent)": "lift_no_act_refusal",
    "pronoun subject": "lift_pronoun_refusal",
    "subject names no actor; sources named outside the clause": "lift_unnamed_refusal",
}


def figures(ev: Any) -> dict[str, Any]:
    return {
        "gold": ev.n,
        "predicted": ev.predicted,
        "correct": ev.correct,
        "actor_ok": ev.source_correct + ev.target_correct,
        "actor_n": ev.source_n + ev.target_n,
        "wrong": sorted(str(e["id"]) for e in ev.errors),
    }


def pooled(rows: list[dict[str, Any]]) -> dict[str, Any]:
    t = {
        k: sum(r[k] for r in rows) for k in ("gold", "predicted", "correct", "actor_ok", "actor_n")
    }
    t["event_f1"] = round(2 * t["correct"] / (t["predicted"] + t["gold"]), 4)
    t["actor_accuracy"] = round(t["actor_ok"] / t["actor_n"], 4)
    return t


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from select_lofo import choose

    from accord.news.evaluate import evaluate, read_gold
    from accord.news.nlp.coder import DEFAULT_RULES, NlpCoder
    from accord.news.nlp.rules_cv import dev_sets

    refusals = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    start = json.loads(Path(sys.argv[2]).read_text(encoding="utf-8"))["nlp"]
    root = Path.cwd()
    devs = [d for d in dev_sets(root, root.parent / "shared") if d.name not in CHECK]
    configs = {
        "start": {},
        "A": {v: True for v in TESTS.values()},
        "B": {v: True for k, v in TESTS.items() if v != "lift_unnamed_refusal"},
    }
    out: dict[str, Any] = {}
    for name, switches in configs.items():
        coder = NlpCoder(rules=replace(DEFAULT_RULES, **switches))
        out[name] = {}
        for dev in devs:
            out[name][dev.name] = figures(evaluate(read_gold(dev.path, dev.split), True, coder))
        print(name, json.dumps(pooled(list(out[name].values()))), flush=True)
    # out of fold: each file with the configuration its fold chose
    base: dict[str, dict[str, int]] = {}
    for f, v in start.items():
        tp = sum(row.get(k, 0) for k, row in v["confusion"].items() if k != "NONE")
        actor = round((v["source_accuracy"] or 0) * v["source_n"]) + round(
            (v["target_accuracy"] or 0) * v["target_n"]
        )
        base[f] = dict(
            tp=tp,
            pred=v["predicted"],
            gold=v["n"],
            actor=actor,
            actor_n=v["source_n"] + v["target_n"],
        )
    tests = sorted({w for r in refusals for e in r["refused"] for w in e["why_all"]})
    by_set = {frozenset(k for k, v in TESTS.items() if configs[c].get(v)): c for c in configs}
    oof, fixed, broken, worst = [], 0, 0, (0, "")
    folds = {}
    for dev in devs:
        train = [r for r in refusals if r["file"] != dev.name]
        b = {
            k: sum(base[f][k] for f in base if f != dev.name)
            for k in ("tp", "pred", "gold", "actor", "actor_n")
        }
        chosen = frozenset(choose(train, b, tests))
        config = by_set[chosen]
        folds[dev.name] = config
        row = out[config][dev.name]
        oof.append(row)
        before = set(out["start"][dev.name]["wrong"])
        after = set(row["wrong"])
        f, k = len(before - after), len(after - before)
        fixed, broken = fixed + f, broken + k
        worst = min(worst, (f - k, dev.name))
        if f or k:
            print(
                dev.name, config, "fixed", sorted(before - after), "broken", sorted(after - before)
            )
    out["out_of_fold"] = {
        "folds": folds,
        "pooled": pooled(oof),
        "start": pooled(list(out["start"].values())),
        "fixed": fixed,
        "broken": broken,
        "worst_file_net": worst,
    }
    print(json.dumps(out["out_of_fold"], indent=1))
    Path(sys.argv[3]).write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
