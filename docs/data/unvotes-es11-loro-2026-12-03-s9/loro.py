"""Session 9 (s9-un), issue 9 item 3: leave-one-resolution-out (LORO) over ES-11/1-6 of the
candidate forecasts of an emergency-special-session text's tally.

Run from the repository root:
``nice -n 5 python3 docs/data/unvotes-es11-loro-2026-12-03-s9/loro.py`` (writes
``loro.json`` beside this file). Only ES-11/1-6 are read as texts; ES-11/7 and /8
(24 February 2025) are never forecast or scored here. Each text is forecast from the other
five (its own recorded votes and tally are not inputs; its announced positions, all dated
before its vote, are), with the bundled roll-call model (sessions 59-73) and followers model.
Candidates with settings are scored by nested LORO: for each held-out text the setting is
chosen by LORO over the other five (each forecast from the other four), then the held-out
text is forecast from those five with it. The candidate list and the choice rule were fixed
before any of them was run on ES-11/7 or /8 (see docs/validation-unvotes.md for what was seen
before they were fixed).

Choice rule: the lowest mean absolute yes error among the candidates whose member accuracy
(pooled over the transcribed members of the held-out texts) is not below the carried-forward
forecast's; a candidate "beats carry-forward" when its yes error is lower and its member
accuracy not lower.
"""

from __future__ import annotations

import itertools
import json
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from accord.institutions.unvotes import ess, load_model
from accord.institutions.unvotes import followers as fol
from accord.institutions.unvotes.data import VOTES

MODEL = load_model(None)
FOLLOWERS = fol.load()
ACTIVE = np.flatnonzero(MODEL.member.active)
CODES = [MODEL.history.members[i] for i in ACTIVE]
X = MODEL.member.x[ACTIVE]  # latest regular-session ideal points (2 dimensions)
DEV = ess.recorded()[:6]
assert [r.symbol for r in DEV] == [f"A/RES/ES-11/{k}" for k in range(1, 7)]
BASE = {r.symbol: MODEL.predict([r.title], np.zeros((1, 6), bool))[0][ACTIVE] for r in DEV}
YES = VOTES.index("yes")

Forecast = tuple[np.ndarray, float]  # (members, 3) probabilities, members present
Family = Callable[[ess.Recorded, Sequence[ess.Recorded], tuple[float, ...]], Forecast]


def neighbour(t: ess.Recorded, others: Sequence[ess.Recorded]) -> ess.Recorded:
    n = ess._neighbour(MODEL, t.title, others)
    assert n is not None
    return n


def carried(t: ess.Recorded, others: Sequence[ess.Recorded], p: np.ndarray) -> np.ndarray:
    """``p`` with each member's vote on the neighbour put in where transcribed."""
    nb, q = neighbour(t, others), p.copy()
    for i, c in enumerate(CODES):
        v = nb.votes.get(c)
        if v:
            q[i] = 0.0
            q[i, VOTES.index(v)] = 1.0
    return q


def cf(t: ess.Recorded, others: Sequence[ess.Recorded]) -> Forecast:
    """The carried-forward forecast (the baseline)."""
    return carried(t, others, BASE[t.symbol]), neighbour(t, others).present


def model_only(t: ess.Recorded, others: Sequence[ess.Recorded]) -> Forecast:
    return BASE[t.symbol], neighbour(t, others).present


def anchors(t: ess.Recorded, others: Sequence[ess.Recorded]) -> dict[str, float]:
    """Key members' positions: announced before the text's vote, else their recorded vote on
    the most similar other text that records it."""
    pos = t.positions(FOLLOWERS.keys, before=True)
    ranked = sorted(
        others,
        key=lambda r: (
            -float(
                (MODEL.vectorizer.transform([r.title]) @ MODEL.vectorizer.transform([t.title]).T)
                .toarray()
                .item()
            )
        ),
    )
    for k in FOLLOWERS.keys:
        for r in ranked:
            if k not in pos and k in r.votes:
                pos[k] = fol.POSITION[r.votes[k]]
    return pos


def cutline(dims: int) -> Family:
    """One-dimensional cut-line: members' regular-session ideal points projected on the line
    from the no-anchor (mean ideal point of the key members against) to the yes-anchor (those
    for); dims=1 uses the first dimension only. Cut at no-anchor + tau * (yes - no); ordered
    logit with an abstention band of half-width w, scale kappa."""

    def f(t: ess.Recorded, others: Sequence[ess.Recorded], g: tuple[float, ...]) -> Forecast:
        tau, w, kappa = g
        pos = anchors(t, others)
        yes = [CODES.index(k) for k, v in pos.items() if v > 0]
        no = [CODES.index(k) for k, v in pos.items() if v < 0]
        if not yes or not no:
            return model_only(t, others)
        xd = X[:, :dims]
        a, b = xd[yes].mean(0), xd[no].mean(0)
        u = (a - b) / np.linalg.norm(a - b)
        c = b @ u + tau * ((a - b) @ u)
        z = (xd @ u - c) / kappa
        py = 1.0 / (1.0 + np.exp(-(z - w)))
        pn = 1.0 / (1.0 + np.exp(z + w))
        p = np.stack([pn, np.clip(1.0 - py - pn, 0.0, 1.0), py], 1)
        return p / p.sum(1, keepdims=True), neighbour(t, others).present

    return f


def with_cf(family: Family) -> Family:
    def f(t: ess.Recorded, others: Sequence[ess.Recorded], g: tuple[float, ...]) -> Forecast:
        p, present = family(t, others, g)
        return carried(t, others, p), present

    return f


def absence(t: ess.Recorded, others: Sequence[ess.Recorded]) -> np.ndarray:
    """Each member's share of the other texts on which it cast no vote: 1 where named not
    voting, 0 where its vote is transcribed, else the text's unexplained absences spread over
    its members of unknown vote."""
    rate = np.zeros(len(CODES))
    for o in others:
        named = set(o.not_voting)
        unknown = [c for c in CODES if c not in o.votes and c not in named]
        rest = (ess.MEMBERS - o.present - len(named)) / len(unknown) if unknown else 0.0
        rate += [1.0 if c in named else 0.0 if c in o.votes else rest for c in CODES]
    out: np.ndarray = rate / len(others)
    return out


def with_absence(fn: Callable[[ess.Recorded, Sequence[ess.Recorded]], Forecast]):
    def f(t: ess.Recorded, others: Sequence[ess.Recorded]) -> Forecast:
        p, _ = fn(t, others)
        q = 1.0 - absence(t, others)
        # expected counts sum over members weighted by presence: rescale p's rows so that the
        # plain "mean * present" count below equals sum(q_i p_i)
        return p * q[:, None] * len(q) / q.sum(), float(q.sum())

    return f


def shares(others: Sequence[ess.Recorded]) -> tuple[np.ndarray, np.ndarray]:
    day = np.array([r.date.toordinal() for r in others], float)
    return day, np.array([r.tally["yes"] / r.present for r in others])


def cf_trend(t: ess.Recorded, others: Sequence[ess.Recorded]) -> Forecast:
    """Carried forward, tilted to the yes share the session's linear trend (share of members
    present voting yes, least squares on the date) gives for the text's date."""
    day, s = shares(others)
    slope, icpt = np.polyfit(day - day.mean(), s, 1)
    p, present = cf(t, others)
    share = float(np.clip(icpt + slope * (t.date.toordinal() - day.mean()), 0.01, 0.99))
    return ess.tilt(p, share), present


def cf_mean(t: ess.Recorded, others: Sequence[ess.Recorded]) -> Forecast:
    """Carried forward, tilted to the session's mean yes share (the trend with no slope):
    the package's ``ess.session_share`` and ``ess.tilt`` (option ``--session-share``)."""
    p, present = cf(t, others)
    return ess.tilt(p, ess.session_share(others)), present


def evaluate(
    fn: Callable[[ess.Recorded, Sequence[ess.Recorded]], Forecast], texts: Sequence[ess.Recorded]
) -> dict[str, object]:
    errors, hits, n = [], 0, 0
    for t in texts:
        others = [r for r in texts if r is not t]
        p, present = fn(t, others)
        errors.append(float(p[:, YES].mean() * present - t.tally["yes"]))
        rows = [i for i, c in enumerate(CODES) if c in t.votes]
        hits += sum(int(p[i].argmax() == VOTES.index(t.votes[CODES[i]])) for i in rows)
        n += len(rows)
    return {
        "mean_abs_yes_error": round(float(np.mean(np.abs(errors))), 2),
        "yes_error": [round(e, 1) for e in errors],
        "member_accuracy": round(hits / n, 4),
        "members_scored": n,
    }


def nested(family: Family, grid: Sequence[tuple[float, ...]], texts: Sequence[ess.Recorded]):
    picks: list[tuple[float, ...]] = []

    def outer(t: ess.Recorded, others: Sequence[ess.Recorded]) -> Forecast:
        inner = {
            g: evaluate(lambda a, o, g=g: family(a, o, g), others)["mean_abs_yes_error"]
            for g in grid
        }
        best = min(grid, key=lambda g: inner[g])  # type: ignore[arg-type,return-value]
        picks.append(best)
        return family(t, others, best)

    out = evaluate(outer, texts)
    out["settings_picked"] = [list(g) for g in picks]
    return out


TAU = (-1.0, -0.5, -0.25, 0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8)
BAND = (0.01, 0.5, 1.0, 2.0, 3.0)
KAPPA = (0.25, 0.5, 1.0, 2.0)
GRID = list(itertools.product(TAU, BAND, KAPPA))


def main() -> None:
    start = time.process_time()
    table: dict[str, dict[str, object]] = {
        "carried forward (baseline)": evaluate(cf, DEV),
        "roll-call model only": evaluate(model_only, DEV),
        "cut-line, 1st dimension": nested(cutline(1), GRID, DEV),
        "cut-line, anchors' direction (2 dimensions)": nested(cutline(2), GRID, DEV),
        "carried forward + cut-line, 1st dimension": nested(with_cf(cutline(1)), GRID, DEV),
        "carried forward + cut-line, anchors' direction": nested(with_cf(cutline(2)), GRID, DEV),
        "carried forward + absence": evaluate(with_absence(cf), DEV),
        "roll-call model + absence": evaluate(with_absence(model_only), DEV),
        "carried forward + trend": evaluate(cf_trend, DEV),
        "carried forward + session mean share": evaluate(cf_mean, DEV),
    }
    base = table["carried forward (baseline)"]
    eligible = {
        k: v
        for k, v in table.items()
        if k != "carried forward (baseline)" and v["member_accuracy"] >= base["member_accuracy"]  # type: ignore[operator]
    }
    chosen = min(eligible, key=lambda k: eligible[k]["mean_abs_yes_error"])  # type: ignore[arg-type,return-value]
    doc = {
        "texts": [r.symbol for r in DEV],
        "grid": {"tau": TAU, "band": BAND, "kappa": KAPPA},
        "candidates": table,
        "chosen": chosen,
        "beats_carry_forward": [
            k
            for k, v in eligible.items()
            if v["mean_abs_yes_error"] < base["mean_abs_yes_error"]  # type: ignore[operator]
        ],
        "cpu_seconds": round(time.process_time() - start, 1),
    }
    Path(__file__).with_name("loro.json").write_text(json.dumps(doc, indent=1) + "\n")
    for k, v in table.items():
        print(f"{k:50s} {v['mean_abs_yes_error']:6.1f} {v['member_accuracy']:.3f} {v['yes_error']}")
    print("chosen:", chosen, "| beats carry-forward:", doc["beats_carry_forward"])


if __name__ == "__main__":
    main()
