"""Regression tests (issue 12) for ``accord power``: a 29-digit weight, a game nobody can win
and 10,000 players each get a clear answer within seconds instead of a traceback, a silent
0/1 table or a hang."""

from __future__ import annotations

import json

import pytest

from accord.errors import AccordError, AccordWarning
from accord.institutions.power import estimated_cost, power, weighted_game
from tests.helpers import run_cli


def run_power(weights: list[int], quota: int, index: str, *more: str) -> tuple[int, str]:
    """``accord power`` on a game of many players: exit code and output."""
    listed = ",".join(map(str, weights))
    return run_cli("power", "--weights", listed, "--quota", str(quota), "--index", index, *more)


def test_a_29_digit_weight_is_a_clear_error() -> None:
    code, output = run_cli(
        "power", "--weights", "10000000000000000000000000000,1,1", "--quota", "2"
    )
    assert code == 2 and "coarser units" in output


@pytest.mark.parametrize(("weights", "quota"), [("0,0,0", "1"), ("1,1,1", "5")])
def test_a_game_nobody_can_win_says_so(weights: str, quota: str) -> None:
    code, output = run_cli("power", "--weights", weights, "--quota", quota)
    assert code == 0
    assert "warning: no coalition can win" in output
    with pytest.warns(AccordWarning, match="no coalition can win"):
        weighted_game(int(quota), [int(x) for x in weights.split(",")])


@pytest.mark.parametrize("index", ["banzhaf", "shapley-shubik"])
def test_10000_players_say_what_they_would_need(index: str) -> None:
    weights = [1 + i % 10 for i in range(10_000)]
    code, output = run_power(weights, sum(weights) // 2 + 1, index)
    assert code == 2
    assert "10000 players" in output and "GiB" in output and "ACCORD_MAX_POWER_SECONDS" in output


def test_limit_can_be_raised(monkeypatch: pytest.MonkeyPatch) -> None:
    game = weighted_game(30, [1 + i % 3 for i in range(30)])
    monkeypatch.setenv("ACCORD_MAX_POWER_SECONDS", "0")
    with pytest.raises(AccordError, match="would take about"):
        power(game, "banzhaf")
    monkeypatch.setenv("ACCORD_MAX_POWER_SECONDS", "60")
    assert sum(power(game, "banzhaf").values.values()) == 1


def test_cost_estimate_grows_with_players_and_weight() -> None:
    small = estimated_cost(weighted_game(3, [1, 2, 3]), "shapley-shubik")[0]
    large = estimated_cost(weighted_game(300, [10] * 60), "shapley-shubik")[0]
    assert 0 < small < large


def test_power_json_stays_exact_for_a_moderate_game() -> None:
    """A 200-player game still answers (the limit does not refuse what fits in a minute)."""
    weights = [1 + i % 5 for i in range(200)]
    code, output = run_power(weights, 301, "banzhaf", "--json")
    assert code == 0, output
    assert abs(sum(json.loads(output)["values"].values()) - 1) < 1e-9


@pytest.mark.parametrize("index", ["banzhaf", "shapley-shubik"])
def test_a_quota_far_above_the_total_weight(index: str) -> None:
    """Found by the long fuzzing profile: --quota 10**20 ended in an OverflowError."""
    code, output = run_cli(
        "power", "--weights", "1", "--quota", "100000000000000000000", "--index", index, "--json"
    )
    assert code == 0, output
    assert "no coalition can win" in output
    assert json.loads(output.splitlines()[-1])["values"] == {"P1": 0.0}


@pytest.mark.parametrize("year", ["-1", "0", "1000000"])
def test_a_year_outside_the_calendar_is_a_clear_error(year: str) -> None:
    """Found by the long fuzzing profile: --year -1 ended in 'ValueError: year -1 is out of
    range'."""
    code, output = run_cli("power", "--body", "unsc", "--year", year)
    assert code == 2 and "--year" in output and year in output
