"""Session 10 (s10-un2), issue 9: leave-one-resolution-out (LORO) over ES-11/1-6 of forecasts
built on ideal points fitted to the emergency session's own recorded votes
(``accord.institutions.unvotes.ess_points``), beside session 9's baseline and best candidate.

Needs the src of commit 23c7ece (the module was removed right after the merge).

Run from the repository root:
``nice -n 5 python3 docs/data/unvotes-es11-points-2026-12-03-s10-un2/loro.py`` (writes
``loro.json`` beside this file). It reuses session 9's harness
(``docs/data/unvotes-es11-loro-2026-12-03-s9/loro.py``: the carried-forward baseline, the
scoring and the nested LORO) and, like it, reads only ES-11/1-6 as texts; ES-11/7 and /8
(24 February 2025) are never forecast or scored here. Each text is forecast from the other
five; settings (rule, penalty, persistence weight) by nested LORO: for each held-out text the
setting with the least mean absolute yes error over the other five (each forecast from the
other four), then the held-out text from those five with it.

Choice rule (session 9's): the lowest mean absolute yes error among the candidates whose
member accuracy (pooled over the transcribed members of the held-out texts) is not below the
carried-forward forecast's; a candidate "beats carry-forward" when its yes error is lower and
its member accuracy not lower. Fixed before any candidate here was run on ES-11/7 or /8.
"""

from __future__ import annotations

import importlib.util
import itertools
import json
import time
from collections.abc import Sequence
from functools import cache
from pathlib import Path

import numpy as np

from accord.institutions.unvotes import ess, ess_points
from accord.institutions.unvotes.data import VOTES

HERE = Path(__file__).parent
_spec = importlib.util.spec_from_file_location(
    "s9loro", HERE.parent / "unvotes-es11-loro-2026-12-03-s9" / "loro.py"
)
assert _spec and _spec.loader
s9 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(s9)

DEV = s9.DEV
CODES = s9.CODES  # members the roll-call model knows (the scored rows)
ABSTAIN = VOTES.index("abstain")


@cache
def fitted(symbols: tuple[str, ...], strength: float) -> ess_points.Points:
    return ess_points.fit([r for r in DEV if r.symbol in symbols], strength)


def rows(points: ess_points.Points, p: np.ndarray) -> np.ndarray:
    """``p`` over ``points.members`` reordered to the harness's members (CODES)."""
    index = {m: i for i, m in enumerate(points.members)}
    return p[[index[c] for c in CODES]]


def persistence(points: ess_points.Points, others: Sequence[ess.Recorded], a: float) -> np.ndarray:
    """Each member's abstention log-odds offset: log((abstentions + a) / (expected + a)) over
    its transcribed votes on ``others``, expected under the fitted, tally-calibrated items."""
    index = {m: i for i, m in enumerate(points.members)}
    obs, exp = np.zeros(len(points.members)), np.zeros(len(points.members))
    for r in others:
        p = points.probabilities(points.items[r.symbol])
        for m, v in r.votes.items():
            i = index[m]
            obs[i] += v == "abstain"
            exp[i] += p[i, ABSTAIN]
    out: np.ndarray = np.log((obs + a) / (exp + a))
    return out


def points_family(carry: bool, persist: bool) -> s9.Family:
    def f(t: ess.Recorded, others: Sequence[ess.Recorded], g: tuple) -> s9.Forecast:
        rule, strength = g[0], g[1]
        pts = fitted(tuple(sorted(r.symbol for r in others)), strength)
        p = pts.probabilities(ess_points.item_for(s9.MODEL, pts, t.title, others, rule))
        if persist:
            logits = np.log(np.clip(p, 1e-12, 1.0))
            logits[:, ABSTAIN] += persistence(pts, others, g[2])
            p = np.exp(logits - logits.max(axis=1, keepdims=True))
            p /= p.sum(axis=1, keepdims=True)
        p = rows(pts, p)
        if carry:
            p = s9.carried(t, others, p)
        return p, s9.neighbour(t, others).present

    return f


STRENGTHS = ess_points.STRENGTHS
PERSIST = (1.0, 4.0)


def grid(rules: Sequence[str], persist: bool = False) -> list[tuple]:
    base = list(itertools.product(rules, STRENGTHS))
    return [(*g, a) for g in base for a in PERSIST] if persist else base


def main() -> None:
    start = time.process_time()
    table: dict[str, dict[str, object]] = {
        "carried forward (baseline)": s9.evaluate(s9.cf, DEV),
        "carried forward + session mean share (session 9's option)": s9.evaluate(s9.cf_mean, DEV),
    }
    for rule in ess_points.RULES:
        table[f"session points, rule {rule}"] = s9.nested(
            points_family(False, False), grid([rule]), DEV
        )
    table["session points, rule chosen"] = s9.nested(
        points_family(False, False), grid(ess_points.RULES), DEV
    )
    table["carried forward + session points (rule chosen)"] = s9.nested(
        points_family(True, False), grid(ess_points.RULES), DEV
    )
    table["session points + abstention persistence (rule chosen)"] = s9.nested(
        points_family(False, True), grid(ess_points.RULES, True), DEV
    )
    # Added after the first run had shown the rows above (informational; see the docs): the
    # same without the title-word rule "kind", whose words were written knowing ES-11/1-6's
    # tallies, and the persistence offset on the rule "kind" alone.
    table["session points, rule chosen from mean / neighbour (no kind)"] = s9.nested(
        points_family(False, False), grid(("mean", "neighbour")), DEV
    )
    table["session points + abstention persistence, rule kind"] = s9.nested(
        points_family(False, True), grid(("kind",), True), DEV
    )
    base = table["carried forward (baseline)"]
    eligible = {
        k: v
        for k, v in table.items()
        if k != "carried forward (baseline)" and v["member_accuracy"] >= base["member_accuracy"]  # type: ignore[operator]
    }
    chosen = min(eligible, key=lambda k: eligible[k]["mean_abs_yes_error"])  # type: ignore[arg-type,return-value]
    doc = {
        "texts": [r.symbol for r in DEV],
        "kinds": {r.symbol: ess_points.kind(r.title) for r in DEV},
        "grid": {"rule": ess_points.RULES, "strength": STRENGTHS, "persistence_a": PERSIST},
        "candidates": table,
        "chosen": chosen,
        "beats_carry_forward": [
            k
            for k, v in eligible.items()
            if v["mean_abs_yes_error"] < base["mean_abs_yes_error"]  # type: ignore[operator]
        ],
        "cpu_seconds": round(time.process_time() - start, 1),
    }
    (HERE / "loro.json").write_text(json.dumps(doc, indent=1) + "\n")
    for k, v in table.items():
        print(f"{k:60s} {v['mean_abs_yes_error']:6.1f} {v['member_accuracy']:.3f} {v['yes_error']}")
    print("chosen:", chosen, "| beats carry-forward:", doc["beats_carry_forward"])


if __name__ == "__main__":
    main()
