"""How each member's vote moves with the positions of a few key members.

Why: a member's vote on a new text is best predicted by its vote on the most similar earlier
text (the carry-forward forecast), except when the key players take sides differently from
that earlier text -- as on 24 February 2025, when the United States, which had voted for every
earlier Ukraine text of the eleventh emergency special session, announced that it opposed the
Ukrainian-European draft. No earlier Ukraine roll call shows how members respond to such a
change, but the Assembly's regular sessions do: the key members' votes differ from one roll
call to the next, so each member's response to each key member's position can be estimated.

The model (one per member ``i``) is a multinomial logistic regression of the member's vote
(no / abstain / yes) on the key members' votes coded ``-1 / 0 / +1`` (absent: 0),

    P(v_ir = c) ∝ exp(a_ic + Σ_k b_ick p_kr),

fitted on regular-session roll calls with scikit-learn's L2-penalised ``LogisticRegression``
(the penalty ``C`` is chosen on a held-out later session, :func:`choose_c`), solved to
convergence like the vote model's combiner (:func:`.predict.fit_logistic`; until session 7
L-BFGS at its default tolerance, whose stopping point depended on the path). For a new text the
member's carried-forward log-probabilities are moved by ``Σ_k b_ick (p_k,new - p_k,ref)``:
the change in the key members' positions between the earlier text and the new one, weighted
by how this member followed each key member in the past (a difference-in-positions use of the
conditional-logit vote model of McFadden 1974; the key positions act as the "cue-givers" of
Matthews & Stimson 1975, *Yeas and Nays*). Where no key position changes, nothing moves.

The coefficients are plain numbers shipped as JSON (``data/followers.json``) so the installed
program needs no roll-call data; :func:`fit` rebuilds them from the ``unvotes`` files.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from accord.errors import DataError
from accord.institutions.unvotes.data import VOTES, RollCalls
from accord.institutions.unvotes.predict import fit_logistic
from accord.scenario.io import write_bytes_atomic

F64 = NDArray[np.float64]
KEYS = ("USA", "RUS", "FRA")
"""Key members: the United States, Russia and France (standing for the EU members, whose
Ukraine positions were common)."""
POSITION = {"no": -1.0, "abstain": 0.0, "yes": 1.0}
BUNDLED = "data/followers.json"
C_GRID = (0.01, 0.1, 1.0, 10.0)


@dataclass(frozen=True)
class Followers:
    """Each member's response to the key members' positions."""

    keys: tuple[str, ...]
    members: tuple[str, ...]
    coef: F64  # (m, 3, K): class (VOTES order) x key
    sessions: tuple[int, int]
    c: float

    def shift(self, member: str, new: Mapping[str, float], ref: Mapping[str, float]) -> F64 | None:
        """Change of the member's log-odds (3,) when key positions go from ``ref`` to ``new``;
        ``None`` for a member the model does not know. Keys missing from either side count as
        unchanged."""
        try:
            i = self.members.index(member)
        except ValueError:
            return None
        delta = np.array(
            [new[k] - ref[k] if k in new and k in ref else 0.0 for k in self.keys], dtype=float
        )
        out: F64 = self.coef[i] @ delta
        return out

    def to_json(self) -> dict[str, Any]:
        return {
            "format": "accord-followers/1",
            "keys": list(self.keys),
            "sessions": list(self.sessions),
            "c": self.c,
            "classes": list(VOTES),
            "coef": {m: np.round(self.coef[i], 5).tolist() for i, m in enumerate(self.members)},
        }

    @classmethod
    def from_json(cls, doc: Mapping[str, Any], where: str) -> Followers:
        try:
            keys = tuple(str(k) for k in doc["keys"])
            members = tuple(sorted(doc["coef"]))
            coef = np.array([doc["coef"][m] for m in members], dtype=float)
            sessions = (int(doc["sessions"][0]), int(doc["sessions"][1]))
            c = float(doc["c"])
        except (KeyError, TypeError, ValueError, IndexError) as exc:
            raise DataError(f"{where}: not a followers model ({exc})") from None
        if coef.shape != (len(members), len(VOTES), len(keys)) or not np.isfinite(coef).all():
            raise DataError(f"{where}: coef must be finite, (members, 3, {len(keys)})")
        return cls(keys, members, coef, sessions, c)

    def save(self, path: str | Path) -> None:
        """Write the JSON atomically (temporary file, then rename)."""
        text = json.dumps(self.to_json(), separators=(",", ":")) + "\n"
        write_bytes_atomic(Path(path), text.encode("utf-8"))


@lru_cache(maxsize=2)
def load(path: str | None = None) -> Followers:
    """The followers model at ``path``, or the one shipped with accord."""
    if path is None:
        ref = resources.files("accord.institutions.unvotes").joinpath(BUNDLED)
        where, text = str(ref), ref.read_text("utf-8")
    else:
        p = Path(path)
        if not p.is_file():
            raise DataError(f"{p}: followers model not found (run `accord votes followers`)")
        where, text = str(p), p.read_text("utf-8")
    try:
        doc = json.loads(text)
    except ValueError as exc:
        raise DataError(f"{where}: not JSON ({exc})") from None
    return Followers.from_json(doc, where)


def key_positions(rc: RollCalls, keys: Sequence[str] = KEYS) -> F64:
    """(roll calls, keys) positions -1 / 0 / +1 of the key members (0 where absent)."""
    out = np.zeros((rc.n_calls, len(keys)))
    index = {m: i for i, m in enumerate(rc.members)}
    code = np.array([POSITION[v] for v in VOTES])
    for k, key in enumerate(keys):
        if key not in index:
            raise DataError(f"key member {key} has no vote in the roll calls")
        sel = rc.vote_member == index[key]
        out[rc.vote_call[sel], k] = code[rc.vote[sel]]
    return out


def _member_rows(rc: RollCalls, i: int, pos: F64) -> tuple[F64, NDArray[np.int8]]:
    sel = rc.vote_member == i
    return pos[rc.vote_call[sel]], rc.vote[sel]


def _fit_one(x: F64, y: NDArray[np.int8], c: float) -> F64:
    """(3, K) coefficients in VOTES order; a class never cast gets zeros (no response)."""
    coef = np.zeros((len(VOTES), x.shape[1]))
    classes = np.unique(y)
    if classes.size < 2:
        return coef
    lr = fit_logistic(x, y, c)
    if classes.size == 2:  # scikit-learn's binary form: one row for the second class
        coef[classes[1]] = lr.coef_[0] / 2
        coef[classes[0]] = -lr.coef_[0] / 2
    else:
        coef[classes] = lr.coef_
    return coef


def fit(rc: RollCalls, c: float, keys: Sequence[str] = KEYS) -> Followers:
    """Fit every non-key member's response to the key members on the roll calls ``rc``."""
    pos = key_positions(rc, keys)
    members, coefs = [], []
    for i, m in enumerate(rc.members):
        if m in keys:
            continue
        x, y = _member_rows(rc, i, pos)
        if y.size < 20:
            continue
        members.append(m)
        coefs.append(_fit_one(x, y, c))
    return Followers(
        keys=tuple(keys),
        members=tuple(members),
        coef=np.array(coefs),
        sessions=(int(rc.session.min()), int(rc.session.max())),
        c=float(c),
    )


def holdout_log_loss(
    train_rc: RollCalls, test_rc: RollCalls, c: float, keys: Sequence[str] = KEYS
) -> float:
    """Mean log loss on ``test_rc`` of per-member models (with intercepts) fitted on
    ``train_rc``: how well the key positions predict a later session's votes."""
    # imported here, not with the module: reading the shipped model (`accord votes ukraine`,
    # a forecast's draft votes) spent 1.5 s importing scikit-learn's metrics (session 36)
    from sklearn.metrics import log_loss

    pos_tr, pos_te = key_positions(train_rc, keys), key_positions(test_rc, keys)
    index_te = {m: i for i, m in enumerate(test_rc.members)}
    losses, weights = [], []
    for i, m in enumerate(train_rc.members):
        if m in keys or m not in index_te:
            continue
        x, y = _member_rows(train_rc, i, pos_tr)
        xt, yt = _member_rows(test_rc, index_te[m], pos_te)
        if yt.size == 0 or np.unique(y).size < 2:
            continue
        lr = fit_logistic(x, y, c)
        p = np.full((yt.size, len(VOTES)), 1e-3)
        p[:, lr.classes_] = np.maximum(lr.predict_proba(xt), 1e-3)
        p /= p.sum(axis=1, keepdims=True)
        losses.append(log_loss(yt, p, labels=list(range(len(VOTES)))))
        weights.append(yt.size)
    if not weights:
        raise DataError("no member votes in both the training and the held-out roll calls")
    return float(np.average(losses, weights=weights))


def choose_c(
    train_rc: RollCalls, test_rc: RollCalls, grid: Sequence[float] = C_GRID
) -> tuple[float, dict[float, float]]:
    """The penalty with the lowest held-out log loss, and the loss of each."""
    scores = {c: holdout_log_loss(train_rc, test_rc, c) for c in grid}
    return min(scores, key=lambda c: scores[c]), scores
