"""Nested grouped cross-validation of the candidate DEU forecasters (accord.forecast.tries):
settings are chosen without the held-out proposals, and a real signal is found."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from accord.errors import DataError
from accord.forecast import tries
from accord.forecast.learned import FEATURES, IssueRows

REFERENCE, MISSING = FEATURES.index("reference"), FEATURES.index("reference_missing")


def _rows(n_groups: int = 40, per: int = 3, pull: float = 0.3, seed: int = 0) -> IssueRows:
    """Synthetic issues whose outcome moves from the mean toward the reference point by
    ``pull`` of the distance, plus noise (so the `reference` candidate has a signal)."""
    rng = np.random.default_rng(seed)
    n = n_groups * per
    mean = rng.uniform(20, 80, n)
    x = np.zeros((n, len(FEATURES)))
    x[:, 0] = mean
    reference = rng.choice([0.0, 100.0], n)
    x[:, REFERENCE] = reference - mean
    y = np.clip(mean + pull * (reference - mean) + rng.normal(0, 3, n), 0, 100)
    groups = [f"p{k // per}" for k in range(n)]
    return IssueRows([f"{g}/{k}" for k, g in enumerate(groups)], groups, x, mean, y)


def test_a_real_signal_is_found_and_beats_the_mean_in_every_repeat() -> None:
    rows = _rows()
    chosen = [c for c in tries.CANDIDATES if c.name in ("mean", "reference")]
    res = tries.nested_cv(rows, {}, chosen, folds=5, repeats=3, seed=1)
    summary = res["reference"].summary(res["mean"].repeat_mae)
    assert summary["better_in"] == 3 and summary["repeats"] == 3
    assert summary["chosen"] == {"0.3": 15}  # the grid's closest value to the true pull
    assert summary["mae"] < 5 < res["mean"].summary(res["mean"].repeat_mae)["mae"]


def test_settings_are_chosen_without_the_held_out_proposals() -> None:
    """A spy candidate records every (train, forecast) call: no proposal is ever on both
    sides, and the settings' inner choice never sees an outer fold's held-out rows."""
    rows = _rows(n_groups=20)
    calls: list[tuple[set[str], set[str]]] = []

    def spy(r: IssueRows, _e: Any, tr: Any, te: Any, setting: Any) -> Any:
        calls.append(({r.groups[i] for i in tr}, {r.groups[i] for i in te}))
        return r.mean[te]

    candidate = tries.Candidate("spy", "records its calls", (1, 2), spy)
    tries.nested_cv(rows, {}, [candidate], folds=4, repeats=2, seed=3)
    assert calls and all(not (train & test) for train, test in calls)
    # per outer fold: 4 inner folds x 2 settings, then the refit; inner ones stay in train
    per_fold = 4 * 2 + 1
    assert len(calls) == 2 * 4 * per_fold
    for k in range(0, len(calls), per_fold):
        outer_train, outer_test = calls[k + per_fold - 1]
        for train, test in calls[k : k + per_fold - 1]:
            assert train | test <= outer_train and not (test & outer_test)


def test_ends_candidate_forecasts_an_end_only_when_it_is_likely() -> None:
    rows = _rows(pull=1.0)  # every outcome is at 0 or 100 (its reference point)
    chosen = [c for c in tries.CANDIDATES if c.name in ("mean", "ends")]
    res = tries.nested_cv(rows, {}, chosen, folds=5, repeats=2, seed=0)
    assert res["ends"].summary(res["mean"].repeat_mae)["better_in"] == 2


def test_too_few_issues_is_an_error() -> None:
    with pytest.raises(DataError, match="at least 10 issues"):
        tries.nested_cv(_rows(n_groups=3), {}, tries.CANDIDATES[:1], folds=5, repeats=1)


def _council(com: float, ep: float = 15.0) -> tuple[Any, Any]:
    from accord.scenario.arrays import stance_arrays
    from accord.scenario.model import Scenario

    members = {"a": (60.0, 5.0), "b": (20.0, 3.0), "c": (10.0, 2.0)}
    actors = [{"id": "com", "name": "COM", "capability": 29.0}]
    actors.append({"id": "ep", "name": "EP", "capability": 29.0})
    actors += [{"id": k, "name": k, "capability": v} for k, (_, v) in members.items()]
    stances = [{"actor": "com", "issue": "i", "position": com, "salience": 0.5}]
    stances.append({"actor": "ep", "issue": "i", "position": ep, "salience": 0.5})
    stances += [
        {"actor": k, "issue": "i", "position": x, "salience": 0.5} for k, (x, _) in members.items()
    ]
    scenario = Scenario.model_validate(
        {
            "id": "council",
            "title": "t",
            "actors": actors,
            "issues": [
                {"id": "i", "title": "i", "status_quo": 0.0, "scale": {"low": -100, "high": 100}}
            ],
            "stances": stances,
        }
    )
    return stance_arrays(scenario), np.array([0.0])


@pytest.mark.parametrize(
    ("com", "procedure", "qmv", "expected"),
    [
        (80.0, "CNS", True, 40.0),  # QMV pivot b (5 + 3 of 10 votes >= 73.9%): up to 2 * 20
        (80.0, "CNS", False, 20.0),  # unanimity: pivot c, up to 2 * 10
        (80.0, "COD", True, 30.0),  # the Parliament at 15 accepts up to 30
        (30.0, "CNS", True, 30.0),  # the Commission's ideal is acceptable
        (-50.0, "CNS", True, 0.0),  # nobody gains by moving that way: the status quo
    ],
)
def test_agenda_setter_by_hand(com: float, procedure: str, qmv: bool, expected: float) -> None:
    """Steunenberg's (1994) agenda-setter outcome on a three-member Council, status quo 0."""
    arrays, reference = _council(com)
    got = tries.agenda_setter(arrays, reference, tries.Facts(procedure, qmv))
    assert got[0] == pytest.approx(expected)


def test_cli_compare_on_the_development_split(shared: Path) -> None:
    """`accord backtest-fit FILE --compare --json` (one repeat: the docs' table uses 10)."""
    from tests.helpers import run_cli

    deu = shared / "data" / "deu3" / "deu3-train.tsv"
    code, output = run_cli("backtest-fit", str(deu), "--compare", "--repeats", "1", "--json")
    assert code == 0, output
    doc = json.loads(output[output.index("{") :])
    found = doc["candidates"]
    assert set(found) == {c.name for c in tries.CANDIDATES}
    assert found["mean"]["mae"] == pytest.approx(22.753, abs=1e-3)  # the backtest's figure
    assert found["mean"]["vs_mean"] == 0 and found["mean"]["better_in"] == 0
    assert all(r["repeats"] == 1 and 15 < r["mae"] < 40 for r in found.values())
