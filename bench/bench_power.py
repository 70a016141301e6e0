"""Exact power indices: accord against the ``powerindex`` package (optional extra ``bench``).

Cases: the 193-member General Assembly, the Security Council (from its rule, and as the
weighted game [39; 7x5, 1x10]), the EU Council's qualified majority (a double majority with a
blocking-minority clause, which ``powerindex`` cannot express), the Council's ternary
(abstention) index, and 250-player weighted games. ``powerindex`` computes floats; the column
``max_abs_diff`` compares them with accord's exact fractions.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import best_of, machine, print_table

from accord.institutions.power import (
    Game,
    PowerIndices,
    banzhaf,
    game_from_body,
    shapley_shubik,
    ternary_shapley_shubik,
    weighted_game,
)
from accord.institutions.rules import load_body

try:  # optional: pip install -e '.[bench]'
    from powerindex import Game as PiGame
except ImportError:  # pragma: no cover
    PiGame = None


def _powerindex(quota: int, weights: Sequence[int], index: str) -> Callable[[], list[float]]:
    def run() -> list[float]:
        assert PiGame is not None
        game = PiGame(quota, weights=list(weights))
        if index == "banzhaf":
            game.calc_banzhaf()
            return list(game.banzhaf)
        game.calc_shapley_shubik()
        return list(game.shapley_shubik)

    return run


def _rows(
    case: str, game: Game, weighted: tuple[int, list[int]] | None, repeat: int = 3
) -> list[dict[str, Any]]:
    rows = []
    for name, fn in (("shapley-shubik", shapley_shubik), ("banzhaf", banzhaf)):
        seconds, result = best_of(lambda fn=fn: fn(game), repeat)  # type: ignore[misc]
        exact: PowerIndices = result
        row: dict[str, Any] = {
            "case": case,
            "index": name,
            "players": game.n,
            "seconds": seconds,
            "powerindex_s": None,
            "max_abs_diff": None,
        }
        if weighted is not None and PiGame is not None:
            quota, weights = weighted
            try:
                pi_seconds, values = best_of(_powerindex(quota, weights, name), repeat)
            except (OverflowError, ValueError, MemoryError) as exc:
                row["powerindex_s"] = f"fails: {type(exc).__name__}"
            else:
                ours = np.array([float(v) for v in exact.values.values()])
                row["powerindex_s"] = pi_seconds
                row["max_abs_diff"] = float(np.max(np.abs(ours - np.array(values))))
        elif weighted is None:
            row["powerindex_s"] = "cannot express"
        rows.append(row)
    return rows


def run() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    unga = game_from_body(load_body("unga"))
    rows += _rows("UNGA, 193 members, majority (exact)", unga, (97, [1] * 193))
    unsc = game_from_body(load_body("unsc"))
    rows += _rows("UNSC rule (9 votes + veto)", unsc, (39, [7] * 5 + [1] * 10))
    rows += _rows(
        "UNSC as [39; 7x5, 1x10]", weighted_game(39, [7] * 5 + [1] * 10), (39, [7] * 5 + [1] * 10)
    )
    rows += _rows(
        "EU Council QMV (27, double majority)", game_from_body(load_body("eu-council")), None
    )
    seconds, _ = best_of(lambda: ternary_shapley_shubik(load_body("unsc")), 3)
    rows.append(
        {
            "case": "UNSC ternary (Felsenthal-Machover roll-call)",
            "index": "ternary-shapley-shubik",
            "players": 15,
            "seconds": seconds,
            "powerindex_s": "cannot express",
            "max_abs_diff": None,
        }
    )
    rng = np.random.default_rng(0)
    small = rng.integers(1, 21, 250).tolist()
    rows += _rows(
        "250 players, weights 1..20, seed 0",
        weighted_game(sum(small) // 2 + 1, small),
        (sum(small) // 2 + 1, small),
        repeat=1,
    )
    return rows


if __name__ == "__main__":
    print(f"Machine: {machine()}\n")
    print_table("power", run())
