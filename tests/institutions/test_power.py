"""Exact power indices against published values, brute force and the index axioms."""

from __future__ import annotations

import itertools
import math
from fractions import Fraction

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.errors import AccordError
from accord.institutions.power import (
    Game,
    banzhaf,
    brute_force,
    game_from_body,
    shapley_shubik,
    ternary_shapley_shubik,
    weighted_game,
)
from accord.institutions.rules import Body, body_from_data, decide, load_body

UNSC_1965 = weighted_game(39, [7] * 5 + [1] * 10)  # the Council since 1965 as [39; 7x5, 1x10]


def test_unsc_since_1965_published_values() -> None:
    # Shapley-Shubik 421/2145 and 4/2145, Banzhaf swings 848 and 84: the standard figures for
    # the enlarged Council (Straffin 1983, "Power indices in politics"; Felsenthal and
    # Machover 1998, The Measurement of Voting Power).
    ss = shapley_shubik(UNSC_1965).values
    assert ss["P1"] == Fraction(421, 2145) and ss["P6"] == Fraction(4, 2145)
    bz = banzhaf(UNSC_1965)
    assert bz.swings is not None and bz.swings["P1"] == 848 and bz.swings["P6"] == 84
    assert bz.values["P1"] == Fraction(848, 5 * 848 + 10 * 84)
    # The same numbers from the rule as data (9 votes + veto), not from the weights.
    body_ss = shapley_shubik(game_from_body(load_body("unsc"))).values
    assert body_ss["USA"] == Fraction(421, 2145) and body_ss["PAN"] == Fraction(4, 2145)


def test_unsc_before_1965_shapley_shubik_1954() -> None:
    # Shapley and Shubik (1954), APSR 48: 76/77 of the power to the permanent five.
    ss = shapley_shubik(game_from_body(load_body("unsc-1945"))).values
    assert ss["FRA"] == Fraction(76, 385) and ss["E1"] == Fraction(1, 462)


def test_symmetric_assembly_exact() -> None:
    unga = game_from_body(load_body("unga"))
    assert unga.n == 193
    assert set(shapley_shubik(unga).values.values()) == {Fraction(1, 193)}
    assert set(banzhaf(unga).values.values()) == {Fraction(1, 193)}


def test_eu_qmv_sums_and_order() -> None:
    game = game_from_body(load_body("eu-council"))
    ss = shapley_shubik(game).values
    bz = banzhaf(game).values
    assert sum(ss.values()) == 1 and sum(bz.values()) == 1
    order = sorted(ss, key=lambda p: -ss[p])
    assert order[:4] == ["DEU", "FRA", "ITA", "ESP"]
    assert bz["DEU"] > bz["FRA"] > bz["MLT"] > 0


def test_ternary_unsc_sums_to_one_and_narrows_the_gap() -> None:
    t = ternary_shapley_shubik(load_body("unsc")).values
    assert sum(t.values()) == 1
    binary_ratio = Fraction(421, 4)
    assert t["USA"] / t["PAN"] < binary_ratio  # abstention gives elected members more say


def brute_ternary(body: Body) -> dict[str, Fraction]:
    """Felsenthal-Machover roll-call index by listing every order and every vote profile."""
    rule = body.rule()
    codes = [m.code for m in body.members_on()]
    n = len(codes)
    count = dict.fromkeys(codes, 0)
    options = ("yes", "abstain", "no")
    for order in itertools.permutations(codes):
        for profile in itertools.product(options, repeat=n):
            for k in range(n + 1):
                prefix = dict(zip(order[:k], profile[:k], strict=True))
                rest = order[k:]
                hi = decide(body, prefix | dict.fromkeys(rest, "yes")).adopted
                lo = decide(body, prefix | dict.fromkeys(rest, "no")).adopted
                if hi == lo:  # settled after k voters: the k-th is the pivot
                    if k > 0:
                        count[order[k - 1]] += 1
                    break
    total = math.factorial(n) * 3**n
    assert rule is not None
    return {c: Fraction(v, total) for c, v in count.items()}


def test_ternary_matches_brute_force_roll_calls() -> None:
    body = body_from_data(
        {
            "id": "mini",
            "name": "Mini council",
            "rules": {"substantive": {"criteria": [{"at_least": 3}], "veto_tag": "permanent"}},
            "members": [
                {"code": "P1", "tags": ["permanent"]},
                {"code": "P2", "tags": ["permanent"]},
            ]
            + [{"code": f"E{k}"} for k in range(1, 3)],
        }
    )
    assert ternary_shapley_shubik(body).values == brute_ternary(body)


def test_bad_games() -> None:
    with pytest.raises(AccordError):
        weighted_game(0, [1, 2])
    with pytest.raises(AccordError):
        weighted_game(3, [1, 2], ["A"])
    with pytest.raises(AccordError):
        Game(("A", "A"), np.array([[1], [1]]), (1,))


weights_st = st.lists(st.integers(min_value=0, max_value=9), min_size=1, max_size=8)


@st.composite
def games(draw: st.DrawFn) -> Game:
    """Weighted games, and games with 0-2 weight criteria, a count quota and an alternative."""
    weights = draw(weights_st)
    n = len(weights)
    if draw(st.booleans()):
        return weighted_game(draw(st.integers(1, max(1, sum(weights)))), weights)
    criteria = draw(st.integers(0, 2))
    columns = [weights] + [
        draw(st.lists(st.integers(0, 5), min_size=n, max_size=n)) for _ in range(criteria - 1)
    ]
    columns = columns[:criteria]
    quotas = tuple(draw(st.integers(0, max(0, sum(c)))) for c in columns)
    count_q = draw(st.integers(0, n))
    alt = draw(st.one_of(st.none(), st.integers(1, n)))
    w = np.array(columns, dtype=np.int64).T.reshape(n, criteria)
    return Game(tuple(f"P{i}" for i in range(n)), w, quotas, count_q, alt)


@settings(max_examples=60, deadline=None)
@given(games())
def test_agrees_with_brute_force(game: Game) -> None:
    ss, swings = brute_force(game)
    assert shapley_shubik(game).values == ss
    assert banzhaf(game).swings == swings


@settings(max_examples=60, deadline=None)
@given(games())
def test_axioms(game: Game) -> None:
    ss = shapley_shubik(game).values
    everyone = game.wins(range(game.n))
    nobody = game.wins([])
    if everyone and not nobody:
        assert sum(ss.values()) == 1
        assert sum(banzhaf(game).values.values()) == 1
    _, swings = brute_force(game)
    w = np.asarray(game.weights)
    for i, p in enumerate(game.players):
        if swings[p] == 0:  # a dummy gets nothing from either index
            assert ss[p] == 0 and banzhaf(game).values[p] == 0
        for j in range(i + 1, game.n):
            if (w[i] == w[j]).all():  # symmetric players get equal power
                assert ss[p] == ss[game.players[j]]


@settings(max_examples=30, deadline=None)
@given(weights_st.filter(lambda ws: sum(ws) > 0))
def test_zero_weight_player_is_dummy(weights: list[int]) -> None:
    game = weighted_game(max(1, sum(weights) // 2 + 1), [*weights, 0])
    assert shapley_shubik(game).values[game.players[-1]] == 0


def test_cli_weights_and_body_options_are_checked() -> None:
    from typer.testing import CliRunner

    from accord.cli import app

    runner = CliRunner()
    result = runner.invoke(app, ["power", "--quota", "3", "--weights", "1,,2"])
    assert result.exit_code == 2 and "integers separated by commas" in result.output
    result = runner.invoke(app, ["power", "--body", "unsc", "--quota", "3"])
    assert result.exit_code == 2 and "--quota" in result.output
