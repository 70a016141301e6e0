"""The Assembly's eleventh emergency special session (Ukraine, 2022-2025): transcribed recorded
votes, and forecasts of a day's texts from what was recorded before that day.

``data/ess11.json`` holds each resolution's tally and the members' votes that a page actually
read names (sources under each resolution); every other vote is unknown, except in a class the
file marks ``derived``, completed by subtraction only where nothing can be missing
(:func:`derive_by_subtraction`). It also holds the
positions key members announced before a vote (``announced``, cited), never the vote itself.
A text is forecast from things known before its date: the member's vote on the most similar
earlier resolution of the session (TF-IDF cosine of the titles), where transcribed, the bundled
roll-call model's probabilities (:func:`accord.institutions.unvotes.predict_votes`), and the
change of the key members' announced positions weighted by how each member followed them in
regular sessions (:mod:`accord.institutions.unvotes.followers`). The weight of the carried-
forward vote is chosen by leave-one-resolution-out over the earlier texts. An option tilts the
carried-forward forecast to the earlier texts' mean yes share (:func:`tilt`), the one candidate
of session 9 that beat carry-forward by that protocol (docs/validation-unvotes.md). Counts are
expected values over the members that model knows, rescaled to the number of members present
at the earlier resolution (attendance is not known in advance).
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy as np

from accord.errors import DataError
from accord.institutions.unvotes.data import VOTES
from accord.institutions.unvotes.followers import POSITION, Followers
from accord.institutions.unvotes.predict import Model, issue_mask
from accord.libm import c_exp, c_log

FILE = "data/ess11.json"
MEMBERS = 193
"""United Nations members throughout the session (March 2022 - February 2025)."""


@dataclass(frozen=True)
class Recorded:
    """One recorded vote of the session: its tally and the members' votes transcribed."""

    symbol: str
    date: dt.date
    title: str
    tally: dict[str, int]  # "yes", "no", "abstain" -> count
    votes: dict[str, str]  # ISO3 -> "yes" | "no" | "abstain" (transcribed members only)
    complete: tuple[str, ...]  # classes whose every member is transcribed
    sources: tuple[str, ...]
    announced: dict[str, str] = field(default_factory=dict)  # key member -> position made
    # public before the vote (never the vote itself)
    not_voting: tuple[str, ...] = ()  # members a page shows cast no vote (absent or barred);
    # the others outside ``votes`` are unknown
    derived: tuple[str, ...] = ()  # classes completed by subtraction, not read
    # (:func:`derive_by_subtraction`); their members are in ``votes`` too

    @property
    def present(self) -> int:
        return sum(self.tally.values())

    def positions(self, keys: Sequence[str], before: bool) -> dict[str, float]:
        """Key members' positions -1 / 0 / +1: for a text being forecast (``before``) only
        what was announced before its vote; for an earlier text its recorded votes too."""
        known = dict(self.announced)
        if not before:
            known.update({k: v for k, v in self.votes.items() if k in keys})
        return {k: POSITION[v] for k, v in known.items() if k in keys}


@lru_cache(maxsize=1)
def _document() -> dict[str, Any]:
    text = resources.files("accord.institutions.unvotes").joinpath(FILE).read_text("utf-8")
    doc: dict[str, Any] = json.loads(text)
    return doc


def roster() -> frozenset[str]:
    """The members of the United Nations throughout the session (``members`` in the file),
    checked to number :data:`MEMBERS` with no code twice."""
    codes = [str(m) for m in _document()["members"]]
    if len(codes) != MEMBERS or len(set(codes)) != MEMBERS:
        raise DataError(
            f"{FILE}: members: {len(set(codes))} distinct codes of {len(codes)}, not {MEMBERS}"
        )
    return frozenset(codes)


@lru_cache(maxsize=1)
def recorded() -> tuple[Recorded, ...]:
    """The transcribed resolutions, oldest first."""
    members = roster()
    out = []
    for r in _document()["resolutions"]:
        votes: dict[str, str] = {}
        for vote, listed in r["votes"].items():
            if vote not in VOTES:
                raise DataError(f"{FILE}: {r['symbol']}: unknown vote class {vote!r}")
            for m in listed:
                if m in votes:
                    raise DataError(f"{FILE}: {r['symbol']}: {m} listed twice")
                votes[m] = vote
        not_voting = _not_voting(r, votes)
        unknown = sorted((set(votes) | set(not_voting)) - members)
        if unknown:
            raise DataError(f"{FILE}: {r['symbol']}: not members of the session: {unknown}")
        tally = {k: int(v) for k, v in r["tally"].items()}
        complete = tuple(r["complete"])
        derived = tuple(r.get("derived") or ())
        for vote in derived:
            found = derive_by_subtraction(
                vote, members, votes, complete, not_voting, tally, where=f"{FILE}: {r['symbol']}"
            )
            votes.update({m: vote for m in found})
        out.append(
            Recorded(
                symbol=r["symbol"],
                date=dt.date.fromisoformat(r["date"]),
                title=r["title"],
                tally=tally,
                votes=votes,
                complete=complete,
                sources=tuple(r["tally_sources"]) + tuple(r["vote_sources"]),
                announced=_announced(r),
                not_voting=not_voting,
                derived=derived,
            )
        )
    return tuple(sorted(out, key=lambda r: r.date))


def derive_by_subtraction(
    vote: str,
    members: frozenset[str],
    votes: dict[str, str],
    complete: Sequence[str],
    not_voting: Sequence[str],
    tally: dict[str, int],
    where: str = FILE,
) -> frozenset[str]:
    """The members of class ``vote`` found by subtraction: ``members`` less those of the
    other two classes and those that cast no vote.

    Subtraction names a member's vote without any page naming it, so it is allowed only
    where nothing can be missing: both other classes must be complete (listed in
    ``complete`` and as many as the tally records), ``not_voting`` must name every member the
    tally leaves out, and the remainder must number exactly the tally's count for ``vote``,
    and must include every member already read in that class. A member read in no class is
    otherwise unknown, never assumed to have voted with the majority (issue 9, item 3: "where
    a country's vote cannot be confirmed, say so; do not guess").

    Raises
    ------
    DataError
        Naming ``where`` and the condition that fails.
    """
    if vote not in VOTES:
        raise DataError(f"{where}: cannot derive {vote!r}: not one of {VOTES}")
    others = [v for v in VOTES if v != vote]
    for v in others:
        listed = sum(1 for x in votes.values() if x == v)
        if v not in complete or listed != tally.get(v, 0):
            raise DataError(
                f"{where}: cannot derive {vote!r}: the {v!r} class is not complete "
                f"({listed} listed of {tally.get(v, 0)} recorded)"
            )
    absent = len(members) - sum(tally.values())
    if len(not_voting) != absent:
        raise DataError(
            f"{where}: cannot derive {vote!r}: not_voting names {len(not_voting)} of the "
            f"{absent} members the tally leaves out"
        )
    rest = members - {m for m, v in votes.items() if v in others} - set(not_voting)
    read = {m for m, v in votes.items() if v == vote}
    if len(rest) != tally.get(vote, 0) or not read <= rest:
        raise DataError(
            f"{where}: cannot derive {vote!r}: subtraction leaves {len(rest)} members, "
            f"the record counts {tally.get(vote, 0)}"
        )
    return frozenset(rest)


def _announced(r: dict[str, Any]) -> dict[str, str]:
    block = r.get("announced") or {}
    positions = {str(k): str(v) for k, v in block.get("positions", {}).items()}
    bad = {k: v for k, v in positions.items() if v not in VOTES}
    if bad:
        raise DataError(f"{FILE}: {r['symbol']}: announced positions must be votes, not {bad}")
    if positions and not block.get("sources"):
        raise DataError(f"{FILE}: {r['symbol']}: announced positions need their sources")
    return positions


def _not_voting(r: dict[str, Any], votes: dict[str, str]) -> tuple[str, ...]:
    """Members shown to have cast no vote, checked against the tally: none may also have a
    vote, and there can be no more of them than the members the tally leaves out."""
    reasons = r.get("not_voting") or {}
    voted = sorted(set(reasons) & set(votes))
    if voted:
        raise DataError(f"{FILE}: {r['symbol']}: not_voting members also have a vote: {voted}")
    if not all(isinstance(v, str) and v for v in reasons.values()):
        raise DataError(f"{FILE}: {r['symbol']}: every not_voting member needs its reason")
    absent = MEMBERS - sum(int(v) for v in r["tally"].values())
    if len(reasons) > absent:
        raise DataError(
            f"{FILE}: {r['symbol']}: {len(reasons)} not_voting members, but the tally leaves "
            f"only {absent} of the {MEMBERS} members without a vote"
        )
    return tuple(sorted(reasons))


def find(symbol: str) -> Recorded:
    for r in recorded():
        if r.symbol == symbol:
            return r
    raise DataError(f"{symbol}: not a transcribed resolution of the eleventh emergency session")


LAMBDAS = (0.0, 0.5, 1.0, 2.0, 3.0, 5.0, 10.0, 100.0)
"""Weights of the carried-forward vote tried by the leave-one-resolution-out protocol: 0 is the
roll-call model alone, 100 in effect the hard carry-forward. (0 was added after the first run
of 2 December 2026, which tried 0.5-100 only; see docs/validation-unvotes.md.)"""


@dataclass(frozen=True)
class MemberAccuracy:
    """How often a forecast's most likely vote is a member's transcribed vote on the text.

    Scored only over the members whose vote was transcribed (``data/ess11.json``) and whom the
    roll-call model knows; the transcription is not a random sample (some classes are complete,
    others partial), so ``by_vote`` gives the share right within each recorded class as well.
    The recorded votes are used here only to score, never to forecast."""

    n: int
    hits: int
    by_vote: dict[str, tuple[int, int]]  # recorded vote -> (members, of which predicted right)

    def to_dict(self) -> dict[str, Any]:
        return {
            "n": self.n,
            "accuracy": round(self.hits / self.n, 4) if self.n else None,
            "by_vote": {
                v: {"n": n, "accuracy": round(h / n, 4) if n else None}
                for v, (n, h) in self.by_vote.items()
            },
        }


def member_accuracy(p: np.ndarray, who: Sequence[str], votes: dict[str, str]) -> MemberAccuracy:
    """Score (members, 3) probabilities ``p`` of the members ``who`` against ``votes``: a hit
    when the most likely vote (ties: the first of ``VOTES``) is the recorded one."""
    rows = np.array([r for r, m in enumerate(who) if m in votes], dtype=np.int64)
    actual = np.array([VOTES.index(votes[who[r]]) for r in rows], dtype=np.int64)
    hit = p[rows].argmax(axis=1) == actual if rows.size else np.zeros(0, dtype=bool)
    by_vote = {
        v: (int((actual == k).sum()), int(hit[actual == k].sum())) for k, v in enumerate(VOTES)
    }
    return MemberAccuracy(n=int(rows.size), hits=int(hit.sum()), by_vote=by_vote)


@dataclass(frozen=True)
class TextForecast:
    """Forecast tallies for one text, with what they were built from."""

    symbol: str
    neighbour: str | None  # the earlier resolution carried forward
    carried: int  # members whose vote was carried forward
    model_only: dict[str, float]  # expected counts from the roll-call model alone
    combined: dict[str, float]  # carried-forward votes, the model for the rest
    recorded: dict[str, int]
    shifted: dict[str, float] | None = None  # carried forward, moved by announced positions
    session_share: dict[str, float] | None = None  # carried forward, tilted to the earlier
    # texts' mean yes share (:func:`tilt`; option ``--session-share``)
    share: float | None = None  # that mean yes share
    lam: float | None = None  # carry-forward weight chosen by leave-one-resolution-out
    loro: dict[float, float] | None = None  # mean |yes error| of each weight tried
    accuracy: dict[str, MemberAccuracy] = field(default_factory=dict)  # per forecast, scored
    # against the text's transcribed votes after forecasting

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "symbol": self.symbol,
            "neighbour": self.neighbour,
            "carried_forward_members": self.carried,
            "model_only": _rounded(self.model_only),
            "combined": _rounded(self.combined),
            "recorded": self.recorded,
            "yes_error": {
                "model_only": round(self.model_only["yes"] - self.recorded["yes"], 1),
                "combined": round(self.combined["yes"] - self.recorded["yes"], 1),
            },
        }
        if self.shifted is not None:
            out["shifted"] = _rounded(self.shifted)
            out["yes_error"]["shifted"] = round(self.shifted["yes"] - self.recorded["yes"], 1)
            out["carry_weight"] = self.lam
            out["loro_mean_abs_yes_error"] = {
                str(k): round(v, 1) for k, v in (self.loro or {}).items()
            }
        if self.session_share is not None:
            out["session_share"] = _rounded(self.session_share)
            out["yes_error"]["session_share"] = round(
                self.session_share["yes"] - self.recorded["yes"], 1
            )
            out["session_yes_share"] = None if self.share is None else round(self.share, 4)
        if self.accuracy:
            out["member_accuracy"] = {k: a.to_dict() for k, a in self.accuracy.items()}
        return out


def _rounded(counts: dict[str, float]) -> dict[str, float]:
    return {k: round(v, 1) for k, v in counts.items()}


def _counts(p: np.ndarray, present: int) -> dict[str, float]:
    """Expected counts from (m, 3) probabilities, rescaled to ``present`` voters."""
    total = p.sum(axis=0)
    scale = present / p.shape[0] if present else 1.0
    return {v: float(total[k] * scale) for k, v in enumerate(VOTES)}


def session_share(texts: Sequence[Recorded]) -> float:
    """The mean, over ``texts``, of the share of the members present that voted yes."""
    if not texts:
        raise DataError("no earlier text of the session to take a yes share from")
    return float(np.mean([r.tally["yes"] / r.present for r in texts]))


def tilt(p: np.ndarray, share: float) -> np.ndarray:
    """``p`` (members, 3) with every member's yes log-odds moved by one constant so that the
    members' mean P(yes) is ``share``.

    Session 9 (issue 9, item 3): the carried-forward forecast tilted to the session's mean yes
    share was the one candidate that beat the carried-forward vote in leave-one-resolution-out
    over ES-11/1-6 on both yes error and member accuracy (docs/validation-unvotes.md). One
    constant for all members keeps their order: a member's most likely vote changes only where
    it is close to the margin. Solved by bisection on the constant (the mean P(yes) is
    increasing in it); probabilities are first clipped to 1e-6 so that a carried vote (P = 1)
    can move too.
    """
    if not 0.0 < share < 1.0:
        raise DataError(f"a yes share to tilt to must lie strictly between 0 and 1, not {share}")
    q = np.clip(p, 1e-6, 1.0)
    q = q / q.sum(axis=1, keepdims=True)
    yes = VOTES.index("yes")

    def moved(shift: float) -> np.ndarray:
        r = q.copy()
        r[:, yes] *= math.exp(shift)  # the C library's: the same on every CPU (session 43)
        out: np.ndarray = r / r.sum(axis=1, keepdims=True)
        return out

    lo, hi = -30.0, 30.0
    for _ in range(80):
        mid = (lo + hi) / 2
        lo, hi = (mid, hi) if moved(mid)[:, yes].mean() < share else (lo, mid)
    return moved((lo + hi) / 2)


def _neighbour(model: Model, title: str, earlier: Sequence[Recorded]) -> Recorded | None:
    """The earlier text with the most similar title (TF-IDF cosine; ties: the first)."""
    if not earlier:
        return None
    docs = model.vectorizer.transform([title] + [r.title for r in earlier])
    cos = np.asarray((docs[1:] @ docs[0].T).todense()).ravel()
    return earlier[int(np.argmax(cos))]


def _probabilities(
    model: Model,
    title: str,
    positions: dict[str, float],
    neighbour: Recorded | None,
    followers: Followers | None,
    lam: float,
    issues: np.ndarray | None = None,
) -> np.ndarray:
    """(active members, 3) probabilities: the roll-call model's, the neighbour's vote added
    with weight ``lam`` to the log-odds, then moved by the key members' change of position
    (:meth:`Followers.shift`)."""
    members = model.history.members
    active = np.flatnonzero(model.member.active)
    mask = np.zeros((1, 6), dtype=bool) if issues is None else issues[None, :]
    base = model.predict([title], mask)[0][active]
    logits = c_log(np.clip(base, 1e-9, 1.0))  # accord.libm: the same on every CPU
    if neighbour is None:
        return np.asarray(base)
    ref = neighbour.positions(followers.keys, before=False) if followers else {}
    for row, i in enumerate(active):
        vote = neighbour.votes.get(members[i])
        if vote is not None:
            logits[row, VOTES.index(vote)] += lam
        if followers is not None:
            delta = followers.shift(members[i], positions, ref)
            if delta is not None:
                logits[row] += delta
    logits -= logits.max(axis=1, keepdims=True)
    p = c_exp(logits)
    out: np.ndarray = p / p.sum(axis=1, keepdims=True)
    return out


def leave_one_out(
    model: Model, followers: Followers, texts: Sequence[Recorded], lambdas: Sequence[float]
) -> dict[float, float]:
    """Mean absolute error of the forecast yes count over ``texts``, each forecast from the
    others only (leave-one-resolution-out), for every carry-forward weight."""
    out: dict[float, float] = {}
    for lam in lambdas:
        errors = []
        for t in texts:
            others = [r for r in texts if r is not t]
            n = _neighbour(model, t.title, others)
            p = _probabilities(model, t.title, t.positions(followers.keys, True), n, followers, lam)
            counts = _counts(p, n.present if n else t.present)
            errors.append(abs(counts["yes"] - t.tally["yes"]))
        out[lam] = float(np.mean(errors))
    return out


def forecast_text(
    model: Model, target: Recorded, followers: Followers | None = None, share: bool = False
) -> TextForecast:
    """Forecast ``target`` from what was recorded before its date (never ``target`` itself,
    nor anything on or after its day) and, with ``followers``, the key members' positions
    announced before the vote, the carry-forward weight chosen by leave-one-resolution-out
    over the earlier texts; with ``share``, also the carried-forward forecast tilted to the
    earlier texts' mean yes share (:func:`tilt`)."""
    earlier = [r for r in recorded() if r.date < target.date]
    neighbour = _neighbour(model, target.title, earlier)
    present = neighbour.present if neighbour else int(model.member.active.sum())
    alone = _probabilities(model, target.title, {}, None, None, 0.0)
    combined = _probabilities(model, target.title, {}, neighbour, None, 100.0)
    members = model.history.members
    active = np.flatnonzero(model.member.active)
    who = [members[i] for i in active]
    carried = sum(1 for m in who if neighbour and m in neighbour.votes)
    shifted, lam, scores = None, None, None
    accuracy = {
        "model_only": member_accuracy(alone, who, target.votes),
        "combined": member_accuracy(combined, who, target.votes),
    }
    if followers is not None and neighbour is not None:
        scores = leave_one_out(model, followers, earlier, LAMBDAS) if len(earlier) > 1 else {}
        lam = min(scores, key=lambda k: scores[k]) if scores else LAMBDAS[-1]
        positions = target.positions(followers.keys, before=True)
        p = _probabilities(model, target.title, positions, neighbour, followers, lam)
        shifted = _counts(p, present)
        accuracy["shifted"] = member_accuracy(p, who, target.votes)
    tilted, mean_share = None, None
    if share and earlier:
        mean_share = session_share(earlier)
        p = tilt(combined, mean_share)
        tilted = _counts(p, present)
        accuracy["session_share"] = member_accuracy(p, who, target.votes)
    return TextForecast(
        symbol=target.symbol,
        neighbour=neighbour.symbol if neighbour else None,
        carried=carried,
        model_only=_counts(alone, present),
        combined=_counts(combined, present),
        recorded=dict(target.tally),
        shifted=shifted,
        lam=lam,
        loro=scores,
        accuracy=accuracy,
        session_share=tilted,
        share=mean_share,
    )


def forecast_day(
    model: Model, day: dt.date, followers: Followers | None = None, share: bool = False
) -> list[TextForecast]:
    """Forecasts of every transcribed text voted on ``day`` (from earlier records only)."""
    targets = [r for r in recorded() if r.date == day]
    if not targets:
        raise DataError(f"no transcribed resolution of the session was voted on {day}")
    return [forecast_text(model, t, followers, share) for t in targets]


def _weight(model: Model, followers: Followers, day: dt.date) -> float:
    """The carry-forward weight the leave-one-resolution-out protocol picks from the texts
    recorded before ``day`` (the hard carry-forward when fewer than two exist)."""
    earlier = [r for r in recorded() if r.date < day]
    if len(earlier) < 2:
        return LAMBDAS[-1]
    scores = leave_one_out(model, followers, earlier, LAMBDAS)
    return min(scores, key=lambda k: scores[k])


def member_forecast(
    model: Model,
    followers: Followers,
    text: str,
    day: dt.date,
    announced: dict[str, str],
    members: Sequence[str],
    issue_codes: Sequence[str] = (),
) -> dict[str, np.ndarray]:
    """Probabilities (no, abstain, yes) of ``members`` on a session text voted on ``day``:
    the model of :func:`forecast_text` (carried forward from the most similar text recorded
    before ``day``, moved by the key positions ``announced`` before the vote, the weight chosen
    by leave-one-resolution-out on the earlier texts). Members the roll-call model does not
    know are left out; empty when nothing was recorded before ``day``."""
    earlier = [r for r in recorded() if r.date < day]
    neighbour = _neighbour(model, text, earlier)
    if neighbour is None:
        return {}
    bad = {k: v for k, v in announced.items() if v not in VOTES}
    if bad:
        raise DataError(f"announced positions must be yes, no or abstain, not {bad}")
    positions = {k: POSITION[v] for k, v in announced.items() if k in followers.keys}
    issues = issue_mask(issue_codes)
    lam = _weight(model, followers, day)
    p = _probabilities(model, text, positions, neighbour, followers, lam, issues)
    codes = model.history.members
    active = np.flatnonzero(model.member.active)
    wanted = set(members)
    return {codes[i]: p[row] for row, i in enumerate(active) if codes[i] in wanted}
