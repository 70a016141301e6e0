"""The Assembly's eleventh emergency special session (Ukraine, 2022-2025): transcribed recorded
votes, and forecasts of a day's texts from what was recorded before that day.

``data/ess11.json`` holds each resolution's tally and the members' votes that a page actually
read names (sources under each resolution); every other vote is unknown. The forecast of a
text combines two things known before its date: the member's vote on the most similar earlier
resolution of the session (TF-IDF cosine of the titles), where transcribed, and otherwise the
bundled roll-call model's probabilities (:func:`accord.institutions.unvotes.predict_votes`).
Counts are expected values over the members that model knows, rescaled to the number of
members present at the earlier resolution (attendance is not known in advance).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy as np

from accord.errors import DataError
from accord.institutions.unvotes.data import VOTES
from accord.institutions.unvotes.predict import Model

FILE = "data/ess11.json"


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

    @property
    def present(self) -> int:
        return sum(self.tally.values())


@lru_cache(maxsize=1)
def recorded() -> tuple[Recorded, ...]:
    """The transcribed resolutions, oldest first."""
    text = resources.files("accord.institutions.unvotes").joinpath(FILE).read_text("utf-8")
    doc: dict[str, Any] = json.loads(text)
    out = []
    for r in doc["resolutions"]:
        votes: dict[str, str] = {}
        for vote, members in r["votes"].items():
            if vote not in VOTES:
                raise DataError(f"{FILE}: {r['symbol']}: unknown vote class {vote!r}")
            for m in members:
                if m in votes:
                    raise DataError(f"{FILE}: {r['symbol']}: {m} listed twice")
                votes[m] = vote
        out.append(
            Recorded(
                symbol=r["symbol"],
                date=dt.date.fromisoformat(r["date"]),
                title=r["title"],
                tally={k: int(v) for k, v in r["tally"].items()},
                votes=votes,
                complete=tuple(r["complete"]),
                sources=tuple(r["tally_sources"]) + tuple(r["vote_sources"]),
            )
        )
    return tuple(sorted(out, key=lambda r: r.date))


def find(symbol: str) -> Recorded:
    for r in recorded():
        if r.symbol == symbol:
            return r
    raise DataError(f"{symbol}: not a transcribed resolution of the eleventh emergency session")


@dataclass(frozen=True)
class TextForecast:
    """Forecast tallies for one text, with what they were built from."""

    symbol: str
    neighbour: str | None  # the earlier resolution carried forward
    carried: int  # members whose vote was carried forward
    model_only: dict[str, float]  # expected counts from the roll-call model alone
    combined: dict[str, float]  # carried-forward votes, the model for the rest
    recorded: dict[str, int]

    def to_dict(self) -> dict[str, Any]:
        return {
            "symbol": self.symbol,
            "neighbour": self.neighbour,
            "carried_forward_members": self.carried,
            "model_only": {k: round(v, 1) for k, v in self.model_only.items()},
            "combined": {k: round(v, 1) for k, v in self.combined.items()},
            "recorded": self.recorded,
            "yes_error": {
                "model_only": round(self.model_only["yes"] - self.recorded["yes"], 1),
                "combined": round(self.combined["yes"] - self.recorded["yes"], 1),
            },
        }


def _counts(p: np.ndarray, present: int) -> dict[str, float]:
    """Expected counts from (m, 3) probabilities, rescaled to ``present`` voters."""
    total = p.sum(axis=0)
    scale = present / p.shape[0] if present else 1.0
    return {v: float(total[k] * scale) for k, v in enumerate(VOTES)}


def forecast_text(model: Model, target: Recorded) -> TextForecast:
    """Forecast ``target`` from what was recorded before its date (never ``target`` itself,
    nor anything on or after its day)."""
    earlier = [r for r in recorded() if r.date < target.date]
    texts = [target.title] + [r.title for r in earlier]
    docs = model.vectorizer.transform(texts)
    members = model.history.members
    active = np.flatnonzero(model.member.active)
    probs = model.predict([target.title], np.zeros((1, 6), dtype=bool))[0][active]
    neighbour: Recorded | None = None
    if earlier:
        cos = np.asarray((docs[1:] @ docs[0].T).todense()).ravel()
        neighbour = earlier[int(np.argmax(cos))]  # ties: the older, by argmax's first index
    present = neighbour.present if neighbour else len(active)
    model_only = _counts(probs, present)
    combined = probs.copy()
    carried = 0
    if neighbour is not None:
        for row, i in enumerate(active):
            vote = neighbour.votes.get(members[i])
            if vote is not None:
                combined[row] = np.eye(3)[VOTES.index(vote)]
                carried += 1
    return TextForecast(
        symbol=target.symbol,
        neighbour=neighbour.symbol if neighbour else None,
        carried=carried,
        model_only=model_only,
        combined=_counts(combined, present),
        recorded=dict(target.tally),
    )


def forecast_day(model: Model, day: dt.date) -> list[TextForecast]:
    """Forecasts of every transcribed text voted on ``day`` (from earlier records only)."""
    targets = [r for r in recorded() if r.date == day]
    if not targets:
        raise DataError(f"no transcribed resolution of the session was voted on {day}")
    return [forecast_text(model, t) for t in targets]
