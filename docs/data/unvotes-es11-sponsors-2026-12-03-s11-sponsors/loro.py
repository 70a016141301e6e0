"""Session 11 (s11-sponsors), issue 9: leave-one-resolution-out (LORO) of the yes tally from the
number of sponsors of each draft before its vote (``accord.institutions.unvotes.sponsors``).

Run from the repository root:
``nice -n 5 python3 docs/data/unvotes-es11-sponsors-2026-12-03-s11-sponsors/loro.py`` (writes
``loro.json`` beside this file; never forecasts ES-11/7 or /8). The protocol, written before the
first run, is in docs/validation-unvotes.md ("Session 11"):

* held out in turn: the texts of ES-11/1-6 with an exact count before the vote (ES-11/1, /3,
  /4, /6); each held-out text's carried-forward forecast from the other five of ES-11/1-6
  (session 9's harness, ``docs/data/unvotes-es11-loro-2026-12-03-s9/loro.py``), its one
  parameter from the other counted texts only;
* candidates: tally = r * sponsors (r the mean yes / sponsors) or = k * sponsors (least-squares
  line through the origin); the carried-forward forecast tilted (``ess.tilt``) to tally /
  members present at the neighbour, clipped to 0.01-0.99;
* choice (session 9's rule): the lowest mean absolute yes error among the candidates whose
  member accuracy is not below the carried-forward forecast's.

``--2025`` then runs the chosen candidate once on ES-11/7 (58 sponsors, a page dated 23 February
2025) and writes ``ukraine-sponsors.json``; it refuses when no candidate was chosen.
"""

from __future__ import annotations

import importlib.util
import json
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np

HERE = Path(__file__).parent
RULES = ("ratio", "line through the origin")


def harness() -> ModuleType:
    """Session 9's LORO harness (loads the bundled model: work done only when called)."""
    spec = importlib.util.spec_from_file_location(
        "s9loro", HERE.parent / "unvotes-es11-loro-2026-12-03-s9" / "loro.py"
    )
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def fit(rule: str, points: Sequence[tuple[int, int]]) -> float:
    """The one parameter (yes votes per sponsor) from (sponsors, yes) pairs."""
    s = np.array([p[0] for p in points], float)
    y = np.array([p[1] for p in points], float)
    if rule == "ratio":
        return float(np.mean(y / s))
    if rule == "line through the origin":
        return float((s * y).sum() / (s * s).sum())
    raise ValueError(rule)


def share(param: float, count: int, present: float) -> float:
    return float(np.clip(param * count / present, 0.01, 0.99))


def candidate(s9: ModuleType, rule: str, counts: dict[str, int], log: list[dict[str, Any]]):
    from accord.institutions.unvotes import ess

    def f(t: Any, others: Sequence[Any]) -> tuple[np.ndarray, float]:
        points = [(counts[r.symbol], r.tally["yes"]) for r in others if r.symbol in counts]
        param = fit(rule, points)
        p, present = s9.cf(t, others)
        log.append(
            {
                "held_out": t.symbol,
                "fitted_on": [r.symbol for r in others if r.symbol in counts],
                "yes_per_sponsor": round(param, 4),
                "tally_before_clip": round(param * counts[t.symbol], 1),
            }
        )
        return ess.tilt(p, share(param, counts[t.symbol], present)), present

    return f


def evaluate(
    s9: ModuleType,
    fn: Callable[[Any, Sequence[Any]], tuple[np.ndarray, float]],
    held: Sequence[Any],
) -> dict[str, Any]:
    """Session 9's scoring, but holding out only ``held``; each held-out text is forecast from
    the other five of ES-11/1-6."""
    errors, hits, n = [], 0, 0
    for t in held:
        others = [r for r in s9.DEV if r is not t]
        p, present = fn(t, others)
        errors.append(float(p[:, s9.YES].mean() * present - t.tally["yes"]))
        rows = [i for i, c in enumerate(s9.CODES) if c in t.votes]
        hits += sum(int(p[i].argmax() == s9.VOTES.index(t.votes[s9.CODES[i]])) for i in rows)
        n += len(rows)
    return {
        "texts": [t.symbol for t in held],
        "mean_abs_yes_error": round(float(np.mean(np.abs(errors))), 2),
        "yes_error": [round(e, 1) for e in errors],
        "member_accuracy": round(hits / n, 4),
        "members_right": hits,
        "members_scored": n,
    }


def table(s9: ModuleType, counts: dict[str, int]) -> dict[str, Any]:
    held = [r for r in s9.DEV if r.symbol in counts]
    out: dict[str, Any] = {"carried forward (baseline)": evaluate(s9, s9.cf, held)}
    for rule in RULES:
        log: list[dict[str, Any]] = []
        out[f"sponsors, {rule}"] = evaluate(s9, candidate(s9, rule, counts, log), held)
        out[f"sponsors, {rule}"]["folds"] = log
    return out


def choose(rows: dict[str, Any]) -> str | None:
    base = rows["carried forward (baseline)"]
    eligible = {
        k: v
        for k, v in rows.items()
        if k != "carried forward (baseline)" and v["member_accuracy"] >= base["member_accuracy"]
    }
    return min(eligible, key=lambda k: eligible[k]["mean_abs_yes_error"]) if eligible else None


def main() -> None:
    from accord.institutions.unvotes import sponsors

    start = time.process_time()
    s9 = harness()
    counts = {r.symbol: c for r in s9.DEV if (c := sponsors.before(r.symbol)) is not None}
    rows = table(s9, counts)
    chosen = choose(rows)
    base = rows["carried forward (baseline)"]
    beats = bool(
        chosen
        and rows[chosen]["mean_abs_yes_error"] < base["mean_abs_yes_error"]
        and rows[chosen]["member_accuracy"] >= base["member_accuracy"]
    )
    every = bool(
        chosen
        and all(
            abs(a) < abs(b)
            for a, b in zip(rows[chosen]["yes_error"], base["yes_error"], strict=True)
        )
    )
    # sensitivity (not used to choose): the counts at the vote stand in for ES-11/2 and /5
    extra = dict(counts)
    for r in s9.DEV:
        if r.symbol not in extra:
            m = sponsors.find(r.symbol).at_meeting.count
            if m is not None:
                extra[r.symbol] = m
    doc = {
        "counts_before_vote": counts,
        "candidates": rows,
        "chosen": chosen,
        "beats_carry_forward": beats,
        "better_on_every_text": every,
        "sensitivity_six_texts_with_counts_at_the_vote": {
            "counts": extra,
            "candidates": table(s9, extra),
        },
        "cpu_seconds": round(time.process_time() - start, 1),
    }
    (HERE / "loro.json").write_text(json.dumps(doc, indent=1) + "\n")
    for k, v in rows.items():
        print(
            f"{k:40s} {v['mean_abs_yes_error']:6.1f} {v['members_right']}/{v['members_scored']}"
            f" {v['yes_error']}"
        )
    print("chosen:", chosen, "| beats carry-forward:", beats, "| every text:", every)
    for k, v in doc["sensitivity_six_texts_with_counts_at_the_vote"]["candidates"].items():
        print(
            f"  (sensitivity) {k:40s} {v['mean_abs_yes_error']:6.1f} "
            f"{v['members_right']}/{v['members_scored']} {v['yes_error']}"
        )


def run_2025() -> None:
    """The chosen candidate, once, on ES-11/7 (what was known before 24 February 2025)."""
    from accord.institutions.unvotes import ess, load_model, sponsors

    doc = json.loads((HERE / "loro.json").read_text())
    rule = doc["chosen"]
    if rule is None:
        raise SystemExit("no candidate was chosen: no 2025 figure (protocol)")
    rule = rule.removeprefix("sponsors, ")
    model = load_model(None)
    target = ess.find("A/RES/ES-11/7")
    earlier = [r for r in ess.recorded() if r.date < target.date]
    points = [(c, r.tally["yes"]) for r in earlier if (c := sponsors.before(r.symbol)) is not None]
    count = sponsors.before(target.symbol, dated_before_vote=True)
    assert count is not None
    param = fit(rule, points)
    nb = ess._neighbour(model, target.title, earlier)
    assert nb is not None
    p = ess._probabilities(model, target.title, {}, nb, None, 100.0)
    q = ess.tilt(p, share(param, count, nb.present))
    active = np.flatnonzero(model.member.active)
    who = [model.history.members[i] for i in active]
    out = {
        "text": target.symbol,
        "rule": rule,
        "sponsors_before_vote": count,
        "fitted_on": [(c, y) for c, y in points],
        "yes_per_sponsor": round(param, 4),
        "neighbour": nb.symbol,
        "present_at_neighbour": nb.present,
        "carried_forward": {k: round(v, 1) for k, v in ess._counts(p, nb.present).items()},
        "sponsors": {k: round(v, 1) for k, v in ess._counts(q, nb.present).items()},
        "recorded": target.tally,
        # scored only after forecasting:
        "member_accuracy": {
            "carried_forward": ess.member_accuracy(p, who, target.votes).to_dict(),
            "sponsors": ess.member_accuracy(q, who, target.votes).to_dict(),
        },
    }
    (HERE / "ukraine-sponsors.json").write_text(json.dumps(out, indent=1) + "\n")
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    if "--2025" in sys.argv[1:]:
        run_2025()
    else:
        main()
