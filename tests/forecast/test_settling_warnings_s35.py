"""Session 35 (s35-provenance2): a fixed-round engine's "did not settle" warning is one per engine
and run, naming the issues and their count, where it was one near-identical line per issue
(session 34's extend trial, finding 10); the same for cycles. Each issue's own figures are its
JSON's ``settling`` key. One issue keeps its sentence of before
(tests/forecast/test_question_rule.py)."""

from __future__ import annotations

import json

from accord.forecast import forecast
from accord.scenario import load_bundled
from tests.helpers import run_cli

UKRAINE = "ukraine-2025-02"


def _settling(warnings: list[str]) -> list[str]:
    return [w for w in warnings if "did not settle" in w or "cycle" in w]


def test_issues_that_did_not_settle_share_one_warning() -> None:
    """BDM with 4 rounds on the Ukraine scenario: three issues neither settle nor cycle."""
    made = forecast(load_bundled(UKRAINE), "bdm", {"rounds": 4})
    (only,) = _settling(made.warnings)
    assert only == (
        "bdm: positions on 3 issues did not settle within 4 rounds (no fixed point or cycle): "
        "'aggressor_naming', 'territory', 'reconstruction'; each forecast is the last round's; "
        "more rounds (--rounds N, engine option `rounds`) may reach a fixed point or a cycle"
    )
    doc = made.to_dict()
    detail = {i["id"]: i["settling"] for i in doc["issues"] if "settling" in i}
    assert detail == {
        issue: {"state": "did not settle", "period": None, "rounds": 4, "cycle_mean": False}
        for issue in ("aggressor_naming", "territory", "reconstruction")
    }


def test_cycling_issues_share_one_warning_and_keep_their_periods() -> None:
    made = forecast(load_bundled(UKRAINE), "bdm", {"rounds": 8})
    (only,) = _settling(made.warnings)
    assert only == (
        "bdm: positions on 2 issues cycle over the last two periods of 8 rounds: "
        "'aggressor_naming' cycle with period 2, 'territory' cycle with period 2; each forecast "
        "is the mean over one cycle, not the last round"
    )
    detail = {i["id"]: i["settling"] for i in made.to_dict()["issues"] if "settling" in i}
    assert detail["territory"] == {"state": "cycles", "period": 2, "rounds": 8, "cycle_mean": True}


def test_one_issue_of_each_keeps_its_sentence() -> None:
    """6 rounds: one issue cycles, one did not settle; two warnings, each in its old words."""
    made = forecast(load_bundled(UKRAINE), "bdm", {"rounds": 6})
    cycle, unsettled = _settling(made.warnings)
    assert cycle.startswith("bdm: positions on 'aggressor_naming' cycle with period 2 over the")
    assert unsettled.startswith("bdm: positions on 'territory' did not settle within 6 rounds")


def test_settled_issues_have_no_settling_key() -> None:
    doc = forecast(load_bundled(UKRAINE), "mean").to_dict()
    assert not any("settling" in issue for issue in doc["issues"])


def test_the_cli_prints_one_line_and_keeps_the_detail_in_json() -> None:
    code, output = run_cli("forecast", UKRAINE, "--engine", "bdm", "--rounds", "4", "--json")
    assert code == 0, output
    doc = json.loads(output[output.index("{") :])
    assert len([w for w in doc["warnings"] if "did not settle" in w]) == 1
    assert sum("settling" in issue for issue in doc["issues"]) == 3


def test_cycles_read_two_ways_say_which_is_which() -> None:
    """Where one cycling issue's bargain is the cycle's mean and another's the last round's
    (an engine without per-round outcomes), the one warning says which is which."""
    from accord.engines.cycles import Settling
    from accord.forecast.checks import _cycle_warning

    text = _cycle_warning("bdm", [("a", Settling(2, 9), True), ("b", Settling(3, 9), False)])
    assert text == (
        "bdm: positions on 2 issues cycle over the last two periods of 9 rounds: 'a' cycle "
        "with period 2, 'b' cycle with period 3; the forecast is the mean over one cycle on "
        "'a', the last round's (which depends on where the rounds stop) on 'b'"
    )
