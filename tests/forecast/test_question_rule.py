"""The agreement rule (Tsebelis 2002 win-set of the status quo) on hand-computed cases, its
application to every engine and ensemble, and cycle detection."""

from __future__ import annotations

import json
import re
from typing import Any

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from accord.cli import app
from accord.engines.cycles import cycle_mean, tail_period
from accord.errors import EngineError
from accord.forecast import forecast
from accord.forecast.question import AgreementRule, accepts, agreed
from accord.scenario import scenario_from_data
from tests.helpers import json_twice


def test_accepts_hand_computed() -> None:
    # ideal 30, status quo 0: bargain 55 is 25 away (< 30): accepted; 61 is 31 away: refused
    span = np.array([100.0])
    assert accepts(np.array([55.0]), np.array([0.0]), np.array([30.0]), span, 0.0).tolist() == [
        True
    ]
    assert accepts(np.array([61.0]), np.array([0.0]), np.array([30.0]), span, 0.0).tolist() == [
        False
    ]
    # 60 is exactly as far as the status quo: indifferent, accepted (weak preference)
    assert accepts(np.array([60.0]), np.array([0.0]), np.array([30.0]), span, 0.0)[0]
    # 60.4 is 0.4 further than the status quo: within the 0.5% x 100 tolerance
    assert accepts(np.array([60.4]), np.array([0.0]), np.array([30.0]), span, 0.005)[0]
    assert not accepts(np.array([60.6]), np.array([0.0]), np.array([30.0]), span, 0.005)[0]


def test_agreed_needs_every_consent_actor() -> None:
    # two actors at 20 and 80, status quo 50; bargain 60: actor at 80 gains, actor at 20 loses
    ideal = np.array([[20.0], [80.0]])
    sq, span, bargain = np.array([50.0]), np.array([100.0]), np.array([60.0])
    both = np.array([[True], [True]])
    only_high = np.array([[False], [True]])
    none = np.array([[False], [False]])
    assert not agreed(bargain, sq, ideal, both, span, 0.0)[0]
    assert agreed(bargain, sq, ideal, only_high, span, 0.0)[0]
    assert agreed(bargain, sq, ideal, none, span, 0.0)[0]
    assert not agreed(np.array([np.nan]), sq, ideal, none, span, 0.0)[0]
    # no change is no agreement, whether or not anybody's consent is needed (session 24)
    assert not agreed(sq, sq, ideal, none, span, 0.0)[0]
    assert agreed(sq, np.array([np.nan]), ideal, none, span, 0.0)[0]  # no status quo to keep


@settings(max_examples=60, deadline=None)
@given(
    st.floats(0, 100),
    st.floats(0, 100),
    st.lists(st.floats(0, 100), min_size=1, max_size=5),
)
def test_win_set_is_an_interval_around_each_ideal(b: float, q: float, ideals: list[float]) -> None:
    """Agreement iff the bargain lies, for every consent actor, within |q - x| of its ideal x,
    and is not the status quo itself (no change is no agreement: session 23)."""
    x = np.array(ideals)[:, None]
    got = agreed(
        np.array([b]), np.array([q]), x, np.ones_like(x, dtype=bool), np.array([100.0]), 0.0
    )[0]
    assert got == (b != q and all(abs(b - xi) <= abs(q - xi) for xi in ideals))


def test_rule_options_are_checked() -> None:
    with pytest.raises(EngineError, match="ideal must be one of"):
        AgreementRule(ideal="median")  # type: ignore[arg-type]
    with pytest.raises(EngineError, match="tolerance"):
        AgreementRule(tolerance=-0.1)


def _deal(consent: list[str], sq: float = 0.0) -> dict[str, Any]:
    """US at 80 (weight 8), Ukraine at 30 (weight 1.8), EU at 70 (weight 3.6); mean 66.9."""
    return {
        "id": "deal",
        "title": "Deal",
        "as_of": "2025-02-25",
        "actors": [
            {"id": "USA", "name": "USA", "capability": 10.0},
            {"id": "UKR", "name": "Ukraine", "capability": 2.0},
            {"id": "EU", "name": "EU", "capability": 6.0},
        ],
        "issues": [
            {
                "id": "deal",
                "title": "Deal",
                "status_quo": sq,
                "horizon": "2025-04-30",
                "consent": consent,
            }
        ],
        "stances": [
            {"actor": "USA", "issue": "deal", "position": 80, "salience": 0.8},
            {"actor": "UKR", "issue": "deal", "position": 30, "salience": 0.9},
            {"actor": "EU", "issue": "deal", "position": 70, "salience": 0.6},
        ],
    }


def test_vetoed_bargain_leaves_the_status_quo() -> None:
    s = scenario_from_data(_deal(["USA", "UKR"]))
    out = forecast(s, "mean").to_dict()
    issue = out["issues"][0]
    bargain = (8 * 80 + 1.8 * 30 + 3.6 * 70) / 13.4  # 70.6: 40.6 from Ukraine's 30, SQ 30 away
    assert issue["if_agreement"] == pytest.approx(bargain)
    assert issue["p_agreement"] == 0.0
    assert issue["forecast"] == 0.0 and issue["status_quo"] == 0.0
    assert issue["vetoed_by"] == ["UKR"]
    assert issue["horizon"] == "2025-04-30" and issue["consent"] == ["USA", "UKR"]
    assert any("outweigh consent actor UKR" in w for w in out["warnings"])


@settings(max_examples=30, deadline=None)
@given(
    capability=st.lists(st.floats(0.5, 20.0), min_size=3, max_size=3),
    consent=st.lists(st.sampled_from(["USA", "UKR", "EU"]), min_size=1, max_size=2, unique=True),
)
def test_the_consent_weight_warning_says_what_to_do_and_doing_it_ends_it(
    capability: list[float], consent: list[str]
) -> None:
    """The warning named no remedy (session 23's trial); adding the actors it names to the
    issue's ``consent`` (its first remedy) leaves no such warning."""
    data = _deal(consent)
    for actor, value in zip(data["actors"], capability, strict=True):
        actor["capability"] = value
    (warning, *more) = [
        w for w in forecast(scenario_from_data(data), "mean").warnings if "outweigh" in w
    ] or [None]
    assume(warning is not None)
    assert not more and "add them to the issue's `consent`" in warning
    named = re.findall(r"([A-Z]+) \(", warning.split(": ", 2)[2])
    assert named and not set(named) & set(consent)
    data["issues"][0]["consent"] = [*consent, *named]
    after = forecast(scenario_from_data(data), "mean").warnings
    assert not [w for w in after if "outweigh" in w]


@pytest.mark.parametrize("runs", [None, 50])
def test_a_nash_bargain_at_the_status_quo_is_no_agreement(runs: int | None) -> None:
    """US at 80 and Ukraine at 30 stand on both sides of a status quo of 50: no change makes
    both better off, so the Nash solution is its disagreement point, the status quo. That was
    `p_agreement` 1, an "agreement" on no change that scored as a confident wrong answer
    where the record says nothing was agreed (session 23's trial); it is no agreement."""
    s = scenario_from_data(_deal(["USA", "UKR"], sq=50.0))
    issue = forecast(s, "nash", seed=3, runs=runs).to_dict()["issues"][0]
    assert issue["if_agreement"] == pytest.approx(50.0)
    assert issue["p_agreement"] == 0.0 and issue["forecast"] == 50.0
    moved = forecast(s, "mean").to_dict()["issues"][0]  # 66.9: a change, refused by Ukraine
    assert moved["p_agreement"] == 0.0 and moved["vetoed_by"] == ["UKR"]


@pytest.mark.parametrize("runs", [None, 50])
def test_a_bargain_at_the_status_quo_is_no_agreement_without_consent_actors_too(
    runs: int | None,
) -> None:
    """The same parties, nobody's consent needed: Nash's bargain is still its disagreement
    point, the status quo, and that is no agreement, as on an issue with consent actors
    (until session 24 it was `p_agreement` 1 there: nobody could block an "agreement" on no
    change). An issue that moves stays agreed with probability 1."""
    s = scenario_from_data(_deal([], sq=50.0))
    issue = forecast(s, "nash", seed=3, runs=runs).to_dict()["issues"][0]
    assert issue["agreement_basis"] == "no consent actors"
    assert issue["p_agreement"] == 0.0 and issue["forecast"] == 50.0
    assert issue["if_agreement"] == pytest.approx(50.0)
    moved = forecast(s, "mean", seed=3, runs=runs).to_dict()["issues"][0]
    assert moved["p_agreement"] == 1.0 and moved["forecast"] == moved["if_agreement"] > 60


def test_accepted_bargain_is_the_forecast() -> None:
    s = scenario_from_data(_deal(["USA", "EU"]))
    issue = forecast(s, "mean").to_dict()["issues"][0]
    assert issue["p_agreement"] == 1.0 and issue["vetoed_by"] == []
    assert issue["forecast"] == pytest.approx(issue["if_agreement"])


def test_final_ideal_points() -> None:
    """Judged by final positions (mean: the start positions, no rounds) nothing changes."""
    s = scenario_from_data(_deal(["USA", "UKR"]))
    out = forecast(s, "mean", rule=AgreementRule(ideal="final"))
    assert out.issues[0].answer is not None and out.issues[0].answer.p_agreement == 0.0


@pytest.mark.parametrize("engine", ["mean", "median", "bdm", "nash", "exchange", "smp"])
def test_every_engine_answers_the_question(engine: str) -> None:
    data = _deal(["USA", "UKR"], sq=40.0)
    data["issues"].append({"id": "other", "title": "Other", "status_quo": 50})
    data["stances"] += [
        {"actor": "USA", "issue": "other", "position": 20, "salience": 0.3},
        {"actor": "UKR", "issue": "other", "position": 90, "salience": 0.5},
        {"actor": "EU", "issue": "other", "position": 60, "salience": 0.4},
    ]
    out = forecast(scenario_from_data(data), engine, seed=3, runs=40).to_dict()
    for issue in out["issues"]:
        assert 0.0 <= issue["p_agreement"] <= 1.0
        assert issue["forecast"] in (issue["if_agreement"], issue["status_quo"])
        expected = issue["if_agreement"] if issue["p_agreement"] > 0.5 else issue["status_quo"]
        assert issue["forecast"] == expected  # with or without consent actors (session 24)
        if issue["consent"]:
            assert issue["agreement_basis"] == "ensemble of 40 runs"
    # the issue without consent actors is agreed in the runs whose bargain moves the status
    # quo: Nash's is its disagreement point, the status quo, in every run
    other = out["issues"][1]
    assert other["agreement_basis"] == "no consent actors"
    assert other["p_agreement"] == 0.0 if engine == "nash" else other["p_agreement"] > 0.5


def test_ensemble_probability_is_a_share_of_runs() -> None:
    """SQ 40: Ukraine (30, stated uncertainty 25) accepts the ~71 bargain only in the runs that
    draw its ideal point above about 55 (|b - x| <= |40 - x|): a minority, not none."""
    data = _deal(["USA", "UKR"], sq=40.0)
    data["stances"][1]["uncertainty"] = 25
    s = scenario_from_data(data)
    out = forecast(s, "mean", seed=7, runs=500)
    answer = out.issues[0].answer
    assert answer is not None
    assert 0.02 < answer.p_agreement < 0.5
    assert answer.p_agreement * 500 == pytest.approx(round(answer.p_agreement * 500))
    assert answer.forecast == 40.0  # agreement is the less likely event
    again = forecast(s, "mean", seed=7, runs=500)
    assert again.issues[0].answer == answer


def test_nash_ensemble_uses_the_single_runs_disagreement_point() -> None:
    """With SQ 40 Ukraine (at 30) and the EU/US (70-80) stand on both sides of the status
    quo: Nash with the status quo as disagreement point gives the status quo, in every run
    (positions perturbed by 1% of the scale, so that no run moves Ukraine past 40). With each
    actor's worst point as disagreement point instead, the runs would spread around 72."""
    from accord.forecast.ensemble import Perturbation

    s = scenario_from_data(_deal([], sq=40.0))
    out = forecast(s, "nash", seed=1, runs=50, spread=Perturbation(position_sd=0.01))
    assert out.issues[0].forecast == pytest.approx(40.0)
    assert out.issues[0].distribution is not None
    assert out.issues[0].distribution.p5 == pytest.approx(40.0)
    assert out.issues[0].distribution.p95 == pytest.approx(40.0)
    worst = forecast(
        s,
        "nash",
        seed=1,
        runs=50,
        params={"disagreement": "actor-worst"},
        spread=Perturbation(position_sd=0.01),
    )
    assert worst.issues[0].distribution is not None
    assert worst.issues[0].distribution.p50 is not None
    assert worst.issues[0].distribution.p50 > 60.0


def test_tail_period() -> None:
    assert tail_period(np.array([0.0, 1, 2, 3, 3, 3])) == 1
    assert tail_period(np.array([0.0, 5, 1, 2, 1, 2, 1, 2])) == 2
    assert tail_period(np.array([9.0, 1, 2, 3, 1, 2, 3, 1, 2, 3])) == 3
    assert tail_period(np.array([0.0, 1, 2, 3, 4, 5])) == 0
    assert tail_period(np.array([0.0, 1, 2, 1, 2])) == 0  # two copies are not yet a cycle
    # per actor: one actor settled, one cycles: the path cycles
    path = np.array([[0.0, 0], [1, 5], [1, 6], [1, 5], [1, 6], [1, 5], [1, 6]])
    assert tail_period(path) == 2
    assert cycle_mean(np.array([0.0, 10, 20, 10, 20]), 2) == pytest.approx(15.0)


def test_bdm_cycle_forecast_is_the_mean_over_the_cycle() -> None:
    """On the bundled scenario BDM's positions on 'territory' alternate every round: the
    forecast is the mean of the last two rounds' outcomes, the same for 10 or 11 rounds."""
    from accord.scenario import load_bundled

    s = load_bundled("ukraine-2025-02")
    ten = forecast(s, "bdm", {"rounds": 10})
    eleven = forecast(s, "bdm", {"rounds": 11})
    k = [i.id for i in s.issues].index("territory")
    last10, last11 = ten.run.outcome[k], eleven.run.outcome[k]
    assert abs(last10 - last11) > 0.1  # the last round flips
    a10, a11 = ten.issues[k].answer, eleven.issues[k].answer
    assert a10 is not None and a11 is not None
    assert a10.if_agreement == pytest.approx((last10 + last11) / 2)
    assert a11.if_agreement == pytest.approx(a10.if_agreement)
    assert any("'territory' cycle with period 2" in w for w in ten.warnings)


def test_bdm_not_settled_warning_says_what_to_do_and_the_advice_works() -> None:
    """Session 23 (new-user trial): the warning that BDM did not settle now names the remedy,
    more rounds; on this five-actor issue (a new user's own) 100 rounds reach a cycle."""
    actors = [("EU", 0.9, 30, 0.5), ("RWA", 0.2, 90, 0.7), ("USA", 1.0, 10, 0.4)]
    actors += [("CHN", 0.9, 60, 0.4), ("SAU", 0.6, 50, 0.3)]
    s = scenario_from_data(
        {
            "id": "finance",
            "title": "A financing mechanism",
            "actors": [{"id": a, "name": a, "capability": c} for a, c, _p, _s in actors],
            "issues": [{"id": "finance", "title": "Financing mechanism"}],
            "stances": [
                {"actor": a, "issue": "finance", "position": p, "salience": sal}
                for a, _c, p, sal in actors
            ],
        }
    )
    (short,) = forecast(s, "bdm", {"rounds": 10}).warnings
    assert "did not settle within 10 rounds" in short and "--rounds N" in short
    (longer,) = forecast(s, "bdm", {"rounds": 100}).warnings
    assert "'finance' cycle with period" in longer and "did not settle" not in longer


def test_cli_forecast_runs_seed_is_deterministic() -> None:
    doc = json_twice("forecast", "ukraine-2025-02", "--runs", "1000", "--seed", "1", "--json")
    assert isinstance(doc["warnings"], list)
    for issue in doc["issues"]:
        assert 0.0 <= issue["p_agreement"] <= 1.0
        for key in ("if_agreement", "status_quo", "forecast"):
            assert key in issue


def test_bdm_cycle_mean_option_single_and_batch() -> None:
    """BDM's outcome="cycle-mean" gives the cycle mean in the single run and in a batch of
    the unperturbed scenario; the default stays the last round (the published port's)."""
    from accord.engines import get_engine, run
    from accord.forecast.explain import unperturbed_batch
    from accord.scenario import load_bundled, stance_arrays

    s = load_bundled("ukraine-2025-02")
    k = [i.id for i in s.issues].index("territory")
    last = run(s, "bdm")
    cyc = run(s, "bdm", {"outcome": "cycle-mean"})
    assert cyc.params["outcome"] == "cycle-mean" and "outcome" not in last.params
    answer = forecast(s, "bdm").issues[k].answer
    assert answer is not None
    expected = answer.if_agreement
    assert cyc.outcome[k] == pytest.approx(expected)
    assert last.outcome[k] != pytest.approx(expected)
    settled = [j for j in range(len(s.issues)) if j not in (k, 3)]  # 3: aggressor_naming cycles
    assert np.allclose(cyc.outcome[settled], last.outcome[settled])
    arr = stance_arrays(s)
    batch = unperturbed_batch(arr, 2)  # the unperturbed scenario, twice
    got = get_engine("bdm").run_batch(batch, {"outcome": "cycle-mean"})  # type: ignore[attr-defined]
    assert np.allclose(arr.from_unit(got.outcome[0]), cyc.outcome)
    for variant in ("paper",):
        one = run(s, "bdm", {"variant": variant, "outcome": "cycle-mean"})
        many = get_engine("bdm").run_batch(  # type: ignore[attr-defined]
            batch, {"variant": variant, "outcome": "cycle-mean"}
        )
        assert np.allclose(arr.from_unit(many.outcome[0]), one.outcome)
    with pytest.raises(EngineError, match="'outcome' must be one of"):
        run(s, "bdm", {"outcome": "first"})


def test_median_half_split_is_flagged() -> None:
    data = {
        "id": "tie",
        "title": "Tie",
        "actors": [
            {"id": "A", "name": "A", "capability": 1.0},
            {"id": "B", "name": "B", "capability": 1.0},
        ],
        "issues": [{"id": "x", "title": "X"}],
        "stances": [
            {"actor": "A", "issue": "x", "position": 20, "salience": 0.5},
            {"actor": "B", "issue": "x", "position": 60, "salience": 0.5},
        ],
    }
    made = forecast(scenario_from_data(data), "median")
    assert made.issues[0].forecast == 40.0
    assert any("split exactly in half" in w for w in made.warnings)
    data["stances"][1]["salience"] = 0.6
    assert not forecast(scenario_from_data(data), "median").warnings


def test_agreed_terms_are_the_median_of_agreeing_runs() -> None:
    from accord.forecast.question import agreed_terms

    bargains = np.array([[20.0, 5.0], [80.0, 6.0], [22.0, 7.0], [24.0, 8.0]])
    agreeing = np.array([[True, False], [False, False], [True, False], [True, False]])
    got = agreed_terms(bargains, agreeing, np.array([50.0, 60.0]), np.array([True, True]))
    assert got.tolist() == [22.0, 60.0]  # median of 20, 22, 24; no run agrees on the second
    unjudged = agreed_terms(bargains, agreeing, np.array([50.0, 60.0]), np.array([False, True]))
    assert unjudged.tolist() == [50.0, 60.0]


def test_point_forecast_uses_the_terms_of_the_agreeing_runs() -> None:
    """A hand-made ensemble of four runs: Ukraine (consent, SQ 40) accepts the bargains 45 and
    48 (runs where its ideal point is 50), refuses 70 twice (ideal 30). p = 0.5: the status quo
    holds; with a third agreeing run p = 0.75 and the point forecast is the median agreed
    bargain, not the unperturbed run's refused 70.6."""
    from accord.engines import run
    from accord.forecast.question import answer
    from accord.scenario import stance_arrays

    s = scenario_from_data(_deal(["USA", "UKR"], sq=40.0))
    arrays = stance_arrays(s)
    single = run(s, "mean")
    ideal = np.repeat(arrays.position[None], 4, axis=0)  # (runs, actors, issues)
    ideal[:, 1, 0] = [50.0, 50.0, 30.0, 30.0]
    bargain = np.array([[45.0], [48.0], [70.0], [70.0]])
    half = answer(s, arrays, single, None, bargain, ideal).issues[0]
    assert half.p_agreement == 0.5 and half.forecast == 40.0
    assert half.if_agreement == pytest.approx(46.5)
    ideal[2, 1, 0] = 60.0  # now run 3 agrees too (|70 - 60| <= |40 - 60|)
    most = answer(s, arrays, single, None, bargain, ideal).issues[0]
    assert most.p_agreement == 0.75
    assert most.if_agreement == pytest.approx(48.0) and most.forecast == pytest.approx(48.0)
    assert most.vetoes == ("UKR",)  # the unperturbed bargain is still refused


def test_cli_agreement_ideal_option() -> None:
    runner = CliRunner()
    res = runner.invoke(
        app, ["forecast", "ukraine-2025-02", "--agreement-ideal", "final", "--json"]
    )
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["agreement_rule"] == {"ideal": "final", "tolerance": 0.005}
    bad = runner.invoke(app, ["forecast", "ukraine-2025-02", "--agreement-ideal", "median"])
    assert bad.exit_code == 2 and "ideal must be one of initial, final" in bad.output
    assert "Traceback" not in bad.output
