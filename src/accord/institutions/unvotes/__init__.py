"""UN General Assembly vote prediction from roll calls (Voeten's data, ``unvotes`` layout).

* :func:`load_data` reads a data directory; :func:`train` fits a :class:`Model` (dynamic
  ordered-logit ideal points, :mod:`.irt`, plus the text-neighbour predictor, :mod:`.predict`);
* :func:`evaluate` scores one held-out session against baselines;
* :func:`predict_draft` forecasts every member's vote on a new draft with the model shipped in
  ``data/model.npz`` (trained on sessions 1-73), offline.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

from accord.errors import DataError
from accord.institutions.unvotes.data import ISSUES, VOTES, RollCalls
from accord.institutions.unvotes.data import load as load_data
from accord.institutions.unvotes.evaluate import adoption_probability, evaluate
from accord.institutions.unvotes.predict import Model, Settings, issue_mask, session_of, train
from accord.institutions.votes import Adoption, MemberVotes

BUNDLED = "data/model.npz"


@lru_cache(maxsize=4)
def _cached(path: str) -> Model:
    return Model.load(path)


def load_model(path: str | Path | None = None) -> Model:
    """The model at ``path``, or the one shipped with accord (cached per path)."""
    if path is None:
        ref = resources.files("accord.institutions.unvotes").joinpath(BUNDLED)
        with resources.as_file(ref) as p:
            if not Path(p).is_file():
                raise DataError(f"{p}: the bundled UN-votes model is missing")
            return _cached(str(p))
    p = Path(path).expanduser()
    if p.is_dir():
        raise DataError(f"{p}: is a directory, not a model file")
    if not p.is_file():
        raise DataError(f"{p}: model file not found (run `accord votes fit` first)")
    return _cached(str(p.resolve()))


def predict_votes(
    model: Model,
    title: str,
    description: str = "",
    issue_codes: Sequence[str] = (),
    date: dt.date | None = None,
    members: Iterable[str] | None = None,
) -> MemberVotes:
    """Each member's probabilities of "yes", "no" and "abstain" on a new draft.

    ``members`` (ISO3 codes) defaults to those that voted in the model's last sessions.
    ``date`` must not precede the model's data (the model only knows the past up to its
    last session; a draft dated earlier would be predicted with hindsight).
    """
    if not title.strip() and not description.strip():
        raise DataError("a draft needs a title or a description to be compared with past votes")
    if date is not None and session_of(date) <= model.last_session:
        raise DataError(
            f"date {date.isoformat()} falls in session {session_of(date)}, which the model "
            f"already saw (trained through session {model.last_session}); retrain on earlier "
            "sessions (accord votes evaluate) for a historical check"
        )
    probs = model.predict([f"{title} {description}"], issue_mask(issue_codes)[None, :])[0]
    codes = model.history.members
    if members is None:
        chosen = [i for i, ok in enumerate(model.member.active) if ok]
    else:
        index = {c: i for i, c in enumerate(codes)}
        chosen = []
        for m in members:
            if m.upper() not in index:
                raise DataError(f"member {m!r} has no voting record in the model (ISO3 codes)")
            chosen.append(index[m.upper()])
    return MemberVotes(
        (codes[i], {v: float(probs[i, k]) for k, v in enumerate(VOTES)}) for i in chosen
    )


def predict_draft(
    title: str,
    description: str = "",
    issue_codes: Sequence[str] = (),
    date: dt.date | None = None,
    members: Iterable[str] | None = None,
) -> MemberVotes:
    """Forecast a new General Assembly draft with the bundled model: ISO3 -> {"yes", "no",
    "abstain"} probabilities (summing to one). See :func:`predict_votes`."""
    return predict_votes(load_model(), title, description, issue_codes, date, members)


def adoption(probabilities: Mapping[str, Mapping[str, float]]) -> Adoption:
    """Expected yes/no/abstain counts and P(adopted) under simple majority (yes > no)."""
    p = np.array([[v["no"], v["abstain"], v["yes"]] for v in probabilities.values()])
    if p.size == 0:
        return Adoption(yes=0.0, no=0.0, abstain=0.0, p_adopted=0.0)
    return Adoption(
        yes=float(p[:, 2].sum()),
        no=float(p[:, 0].sum()),
        abstain=float(p[:, 1].sum()),
        p_adopted=float(adoption_probability(p[None])[0]),
    )


__all__ = [
    "ISSUES",
    "VOTES",
    "Adoption",
    "MemberVotes",
    "Model",
    "RollCalls",
    "Settings",
    "adoption",
    "evaluate",
    "load_data",
    "load_model",
    "predict_draft",
    "predict_votes",
    "session_of",
    "train",
]
