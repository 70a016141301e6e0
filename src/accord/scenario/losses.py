"""What a conversion did not keep: the fields of a scenario that differ once written and read back.

KTAB's and the BDM ports' files hold no status quo, horizon, consent, evidence or sources
(docs/scenario-format.md lists the losses per format). ``accord convert`` wrote such a file
without a word, and a forecast of the converted file then answered another question: the
consent actors gone, an issue refused by them came out agreed (session 23's new-user trial).
Comparing the scenario with the file read back names what was lost for this scenario, whatever
the format, rather than a list kept beside each writer.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from typing import Any

from pydantic import BaseModel

from accord.scenario.model import Scenario

_LAYOUT = {"parameters"}
"""Scenario fields that hold a file's layout (rewritten by each writer), not the negotiation."""


def not_kept(before: Scenario, after: Scenario) -> list[str]:
    """The fields of ``before`` that ``after`` (the same scenario written and read back) lost
    or changed, as ``actors[].country``, ``issues[].consent``, ``sources``...: actors and
    issues are matched by their order, stances by their actor's and issue's order, numbers
    within a relative 1e-9 (the formats round positions to 15 significant digits)."""
    lost = [
        name
        for name in Scenario.model_fields
        if name not in _LAYOUT | {"actors", "issues", "stances"}
        and not _same(getattr(before, name), getattr(after, name))
    ]
    lost += _fields("actors", zip(before.actors, after.actors, strict=False))
    lost += _fields("issues", zip(before.issues, after.issues, strict=False))
    if len(before.actors) != len(after.actors) or len(before.issues) != len(after.issues):
        lost.append("actors or issues")
    lost += _fields("stances", _stance_pairs(before, after), skip={"actor", "issue"})
    return lost


def _fields(
    kind: str, pairs: Iterable[tuple[BaseModel, BaseModel]], skip: set[str] | None = None
) -> list[str]:
    """``kind[].NAME`` for each field that differs in any pair, in the model's field order."""
    differ: set[str] = set()
    names: list[str] = []
    for b, a in pairs:
        names = list(type(b).model_fields)
        differ |= {n for n in names if not _same(getattr(b, n), getattr(a, n))}
    return [f"{kind}[].{n}" for n in names if n in differ - (skip or set())]


def _stance_pairs(before: Scenario, after: Scenario) -> list[tuple[BaseModel, BaseModel]]:
    """Stances of ``before`` and ``after`` paired by their actor's and issue's positions."""

    def by_place(s: Scenario) -> dict[tuple[int, int], BaseModel]:
        actors = {a.id: k for k, a in enumerate(s.actors)}
        issues = {i.id: k for k, i in enumerate(s.issues)}
        return {(actors[t.actor], issues[t.issue]): t for t in s.stances}

    kept = by_place(after)
    return [(t, kept[place]) for place, t in by_place(before).items() if place in kept]


def _same(a: Any, b: Any) -> bool:
    """Equal, numbers within a relative 1e-9, models and containers compared item by item."""
    if isinstance(a, BaseModel) and isinstance(b, BaseModel):
        return _same(a.model_dump(), b.model_dump())
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, Sequence) and isinstance(b, Sequence) and not isinstance(a, str):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    numbers = (int, float)
    if isinstance(a, numbers) and isinstance(b, numbers) and not isinstance(a, bool):
        return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)
    return bool(a == b)
