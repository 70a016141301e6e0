"""Ideal points from the emergency special session's own recorded votes (issue 9, session 10).

The regular-session models place members by votes up to 2019; the session's texts split the
members differently (ES-11/3 and /5 lost some 50 yes votes to abstention). Here each member
gets one position on one dimension from its transcribed votes on the session's earlier texts
(the ordered logit of :mod:`accord.institutions.unvotes.irt`: yes > abstain > no, abstention
the middle category, missing votes simply absent, penalised maximum likelihood). The
transcription is not a random sample of each text's members (some classes are complete,
others barely read), so the fitted cut points of a text would follow what was read rather
than the vote; they are therefore re-solved, with the members' positions and the text's
slope held, to reproduce the text's recorded tally (:func:`calibrate`). A new text takes the
item parameters given by a rule over the earlier texts (:data:`RULES`), the rule and penalty
chosen by leave-one-resolution-out over the earlier texts (:func:`choose`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from accord.errors import DataError
from accord.institutions.unvotes import irt
from accord.institutions.unvotes.data import VOTES
from accord.institutions.unvotes.ess import Recorded, _neighbour, roster
from accord.institutions.unvotes.predict import Model

F64 = NDArray[np.float64]
Item = tuple[float, float, float]  # slope, cut point no|abstain, cut point abstain|yes

RULES = ("mean", "neighbour", "kind")
"""How a new text's item parameters come from the earlier texts': their mean; those of the
text with the most similar title (:func:`title_neighbour`); the mean over the earlier texts of
the same :func:`kind`."""
STRENGTHS = (0.1, 0.5, 2.0)
"""Penalties on the members' positions and the slopes (inverse prior variances, halved)."""
MEASURE_WORDS = ("suspension", "reparation", "remedy")
"""Title words of a text that takes or sets up a measure against a member (ES-11/3's
suspension from the Human Rights Council, ES-11/5's reparation), as against one that states
principles. Written from the titles of ES-11/1-6 (the two texts of the session that lost
about 50 yes votes); see docs/validation-unvotes.md, session 10."""
ANCHOR = "RUS"
"""The member whose position is made negative (the sign of one dimension is arbitrary)."""


def kind(title: str) -> str:
    """ "measure" when the title names a measure against a member, else "declaration"."""
    low = title.lower()
    return "measure" if any(w in low for w in MEASURE_WORDS) else "declaration"


@dataclass(frozen=True)
class Points:
    """Members' positions and the texts' item parameters, cut points fitted to the tallies."""

    members: tuple[str, ...]
    x: F64  # (members,) position; 0 (the prior mean) where no vote was transcribed
    items: dict[str, Item]  # symbol -> (slope, c1, c2)

    def probabilities(self, item: Item) -> F64:
        """(members, 3) probabilities of no, abstain, yes on a text with ``item``."""
        slope, c1, c2 = item
        eta = slope * self.x
        return irt.vote_probabilities(eta, np.full_like(eta, c1), np.full_like(eta, c2))


def fit(texts: Sequence[Recorded], strength: float) -> Points:
    """Positions from the transcribed votes of ``texts`` (one dimension, ordered logit), each
    text's cut points then re-solved to its recorded tally (:func:`calibrate`)."""
    if not texts:
        raise DataError("no recorded text to place the members from")
    members = tuple(sorted(roster()))
    index = {m: i for i, m in enumerate(members)}
    calls, who, votes = [], [], []
    for j, t in enumerate(texts):
        for m, v in t.votes.items():
            calls.append(j)
            who.append(index[m])
            votes.append(VOTES.index(v))
    pen = irt.Penalty(x=strength, rw=0.0, beta=strength, c=0.02)
    fitted = irt.fit(
        np.array(calls, dtype=np.int64),
        np.array(who, dtype=np.int64),
        np.array(votes, dtype=np.int8),
        np.zeros(len(texts), dtype=np.int64),
        len(members),
        dims=1,
        penalty=pen,
    )
    x = np.zeros(len(members))
    x[fitted.cell_member] = fitted.x[:, 0]
    slope = fitted.beta[:, 0].copy()
    if x[index[ANCHOR]] > 0:
        x, slope = -x, -slope
    items = {t.symbol: calibrate(x, float(slope[j]), t.tally) for j, t in enumerate(texts)}
    return Points(members, x, items)


def calibrate(x: F64, slope: float, tally: dict[str, int]) -> Item:
    """Cut points that make the members' mean probabilities of no and of yes the tally's
    shares (of the members voting), the positions ``x`` and ``slope`` held.

    Each mean is monotone in its cut point, so each is found by bisection; absence is taken
    to be unrelated to the vote (every member counts)."""
    present = sum(tally.values())
    if present <= 0:
        raise DataError("a tally with no votes cannot be calibrated to")
    eta = slope * x

    def solve(share: float, mean: Callable[[float], float]) -> float:
        share = min(max(share, 1e-4), 1 - 1e-4)
        lo, hi = -60.0, 60.0
        for _ in range(100):
            mid = (lo + hi) / 2
            lo, hi = (mid, hi) if mean(mid) < share else (lo, mid)
        return (lo + hi) / 2

    def below(c: float) -> float:  # mean P(vote below the cut): increasing in c
        return float(np.mean(0.5 * (1.0 + np.tanh(0.5 * (c - eta)))))

    c1 = solve(tally.get("no", 0) / present, below)
    c2 = solve(1.0 - tally.get("yes", 0) / present, below)
    return slope, c1, max(c1, c2)


def title_neighbour(model: Model, title: str, texts: Sequence[Recorded]) -> Recorded:
    """The text of ``texts`` whose title is most similar to ``title`` (the carried-forward
    forecast's neighbour, by the roll-call model's TF-IDF)."""
    found = _neighbour(model, title, texts)
    if found is None:
        raise DataError("no recorded text to take a neighbour from")
    return found


def item_for(
    model: Model,
    points: Points,
    title: str,
    texts: Sequence[Recorded],
    rule: str,
) -> Item:
    """Item parameters of a new text with ``title`` from the fitted ``texts`` by ``rule``."""
    if rule == "neighbour":
        return points.items[title_neighbour(model, title, texts).symbol]
    if rule == "kind":
        same = [t for t in texts if kind(t.title) == kind(title)]
        texts = same or list(texts)
    elif rule != "mean":
        raise DataError(f"unknown rule {rule!r}: one of {RULES}")
    rows = np.array([points.items[t.symbol] for t in texts])
    slope, c1, c2 = rows.mean(axis=0)
    return float(slope), float(c1), float(c2)


def probabilities(
    model: Model,
    title: str,
    texts: Sequence[Recorded],
    rule: str,
    strength: float,
) -> tuple[tuple[str, ...], F64]:
    """The members and their (members, 3) probabilities on a text with ``title``, from the
    positions fitted to ``texts`` and the item parameters ``rule`` gives."""
    points = fit(texts, strength)
    return points.members, points.probabilities(item_for(model, points, title, texts, rule))


def yes_count(p: F64, present: float) -> float:
    """Expected yes votes: the members' mean P(yes) times the members expected to vote."""
    return float(p[:, VOTES.index("yes")].mean() * present)


def leave_one_out(
    model: Model,
    texts: Sequence[Recorded],
    settings: Sequence[tuple[str, float]],
) -> dict[tuple[str, float], float]:
    """Mean absolute yes error over ``texts`` of each (rule, strength), each text forecast
    from the others only, its count scaled to the members present at its title neighbour."""
    errors: dict[tuple[str, float], list[float]] = {s: [] for s in settings}
    for t in texts:
        others = [r for r in texts if r is not t]
        present = title_neighbour(model, t.title, others).present
        by_strength = {s: fit(others, s) for s in {s for _, s in settings}}
        for rule, s in settings:
            pts = by_strength[s]
            p = pts.probabilities(item_for(model, pts, t.title, others, rule))
            errors[(rule, s)].append(abs(yes_count(p, present) - t.tally["yes"]))
    return {s: float(np.mean(e)) for s, e in errors.items()}


def choose(
    model: Model,
    texts: Sequence[Recorded],
    settings: Sequence[tuple[str, float]],
) -> tuple[str, float]:
    """The (rule, strength) of least leave-one-resolution-out yes error over ``texts`` (ties:
    the first listed); the first setting when fewer than three texts leave nothing to test."""
    if len(texts) < 3:
        return settings[0]
    scores = leave_one_out(model, texts, settings)
    return min(settings, key=lambda s: scores[s])
