"""Draft resolutions: vote model, exact adoption probability, forecast wiring and CLI."""

from __future__ import annotations

import itertools
import json
import re

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from accord.cli import app
from accord.errors import AccordError, AccordWarning, DataError, ScenarioError
from accord.forecast import forecast
from accord.institutions.resolutions import (
    MemberVote,
    VoteModel,
    adoption_probability,
    appeal,
    institutions_of,
    ordered_logit,
    other_member_votes,
    predict_resolution_votes,
)
from accord.institutions.rules import Body, body_from_data, decide, load_body
from accord.scenario import load_bundled
from accord.scenario.model import Scenario

CHOICES = ("yes", "no", "abstain", "absent")


def small_body(kind: str) -> Body:
    """Six-member bodies exercising vetoes, present-and-voting bases, weights and blocking."""
    members = [
        {"code": f"M{i}", "tags": ["permanent"] if i < 2 else [], "weights": {"population": w}}
        for i, w in enumerate([40, 25, 15, 10, 6, 4])
    ]
    rules = {
        "veto": {"criteria": [{"at_least": 3}], "veto_tag": "permanent"},
        "present": {"criteria": [{"base": "present_and_voting", "share": "2/3"}]},
        "present_all": {"criteria": [{"base": "present", "share": "1/2", "strict": True}]},
        "double": {
            "criteria": [{"share": "55%"}, {"measure": "population", "share": "65%"}],
            "blocking_minority": 2,
        },
        "unanimity": {"criteria": [{"at_least": 1}], "max_against": 0},
    }
    return body_from_data(
        {
            "id": "test",
            "name": "Test",
            "default_kind": kind,
            "rules": {kind: rules[kind]},
            "members": members,
        }
    )


def probabilities() -> st.SearchStrategy[list[float]]:
    return st.lists(st.floats(0.0, 1.0), min_size=4, max_size=4).filter(lambda p: sum(p) > 0.01)


@settings(max_examples=15, deadline=None)
@given(
    kind=st.sampled_from(["veto", "present", "present_all", "double", "unanimity"]),
    raw=st.lists(probabilities(), min_size=6, max_size=6),
)
def test_adoption_probability_matches_enumeration(kind: str, raw: list[list[float]]) -> None:
    body = small_body(kind)
    members = body.members_on()
    votes = {}
    for m, p in zip(members, raw, strict=True):
        total = sum(p)
        votes[m.code] = MemberVote(*(x / total for x in p), source="test")
    exact = adoption_probability(body.rule(), members, votes)
    brute = 0.0
    for profile in itertools.product(CHOICES, repeat=len(members)):
        prob = float(
            np.prod([getattr(votes[m.code], c) for m, c in zip(members, profile, strict=True)])
        )
        if (
            prob
            and decide(body, {m.code: c for m, c in zip(members, profile, strict=True)}).adopted
        ):
            brute += prob
    assert exact == pytest.approx(brute, abs=1e-9)


def test_vote_model_direction_and_normalisation() -> None:
    span = np.array([100.0])
    sal = np.array([1.0])
    near = appeal(np.array([10.0]), sal, np.array([10.0]), np.array([90.0]), span)
    far = appeal(np.array([90.0]), sal, np.array([10.0]), np.array([90.0]), span)
    assert near == pytest.approx(0.8) and far == pytest.approx(-0.8)
    assert np.isnan(appeal(np.array([np.nan]), sal, np.array([10.0]), np.array([90.0]), span))
    u = np.linspace(-1, 1, 41)
    p = ordered_logit(u, VoteModel())
    assert np.allclose(p.sum(axis=-1), 1.0) and (p >= 0).all()
    assert np.all(np.diff(p[:, 0]) >= 0) and np.all(np.diff(p[:, 1]) <= 0)  # yes up, no down
    assert p[20].argmax() == 2  # indifference abstains


def test_other_members_switch() -> None:
    draft = institutions_of(load_bundled("ukraine-2025-02")).drafts[1]
    base = other_member_votes(["FRA", "BRA"], draft, "base-rate")
    assert set(base) == {"FRA", "BRA"}
    for p in base.values():
        assert sum(p[c] for c in CHOICES) == pytest.approx(1.0)
    with pytest.raises(AccordError, match="unknown vote model"):
        other_member_votes(["FRA"], draft, "astrology")


def test_a_vote_model_that_cannot_load_is_said_not_hidden(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Base rates stand in for the ideal-point model only with a warning naming the draft."""
    from accord.institutions import unvotes

    def broken() -> None:
        raise DataError("model.npz: unreadable")

    monkeypatch.setattr(unvotes, "load_model", broken)
    draft = institutions_of(load_bundled("ukraine-2025-02")).drafts[1]
    with pytest.warns(AccordWarning, match=rf"{re.escape(draft.id)}: .*could not be loaded"):
        got = other_member_votes(["FRA", "BRA"], draft, "ideal-point")
    assert got == other_member_votes(["FRA", "BRA"], draft, "base-rate")


def test_ukraine_forecast_reports_both_bodies() -> None:
    scenario = load_bundled("ukraine-2025-02")
    result = forecast(scenario, "mean")
    drafts = result.extras["resolutions"]
    assert [d["body"] for d in drafts] == ["unsc", "unga", "unga"]
    for d in drafts:
        assert set(d) >= {
            "id",
            "body",
            "title",
            "adoption_probability",
            "expected",
            "outcome",
            "reason",
            "could_block",
            "votes",
            "actual",
        }
        assert 0.0 <= d["adoption_probability"] <= 1.0
        size = 15 if d["body"] == "unsc" else 193
        assert len(d["votes"]) == size
        assert sum(d["expected"].values()) == pytest.approx(size, abs=0.05)
        assert "in favour" in d["reason"]
    unsc = drafts[0]
    # Recorded results come from the scenario (UN press releases SC/16006 and GA/12675).
    assert (unsc["actual"]["yes"], unsc["actual"]["no"], unsc["actual"]["abstain"]) == (10, 0, 5)
    assert (drafts[1]["actual"]["yes"], drafts[1]["actual"]["no"]) == (93, 18)
    assert (drafts[2]["actual"]["yes"], drafts[2]["actual"]["abstain"]) == (93, 73)
    # Russia, a scenario actor, votes from its own positions: for the neutral Council text,
    # against the Ukrainian/European Assembly text.
    assert unsc["votes"]["RUS"]["predicted"] == "yes"
    assert drafts[1]["votes"]["RUS"]["predicted"] == "no"
    # Permanent members could block in the Council, no single member in the Assembly.
    assert {"USA", "RUS", "CHN"} <= set(unsc["could_block"])
    assert drafts[1]["could_block"] == []
    json.dumps(result.to_dict())  # serialisable


def test_scenario_reference_errors() -> None:
    base = load_bundled("ukraine-2025-02").model_dump(mode="json")
    inst = base["institutions"]
    inst["drafts"][0]["body"] = "senate"
    inst["drafts"][1]["positions"] = {"weather": 3}
    inst["drafts"][2]["positions"]["territory"] = 130
    broken = Scenario.model_validate(base)
    with pytest.raises(ScenarioError) as info:
        predict_resolution_votes(broken, np.zeros((len(broken.actors), len(broken.issues))))
    text = str(info.value)
    assert "institutions.drafts[0].body" in text and "'senate'" in text
    assert "institutions.drafts[1].positions" in text and "weather" in text
    assert "drafts[2].positions.territory" in text


def test_cli_forecast_and_power() -> None:
    runner = CliRunner()
    shown = runner.invoke(app, ["forecast", "ukraine-2025-02", "--votes"])
    assert shown.exit_code == 0, shown.output
    for text in (
        "S/2025/112",
        "A/ES-11/L.10",
        "A/ES-11/L.11",
        "P(adopted)",
        "could block",
        "in favour",
        "S/RES/2774",
    ):
        assert text in shown.output
    power = runner.invoke(app, ["power", "--body", "unsc", "--json"])
    data = json.loads(power.output)
    assert data["index"] == "shapley-shubik" and data["exact"]["USA"] == "421/2145"
    bz = runner.invoke(
        app,
        [
            "power",
            "--quota",
            "39",
            "--weights",
            "7,7,7,7,7" + ",1" * 10,
            "--index",
            "banzhaf",
            "--json",
        ],
    )
    assert json.loads(bz.output)["swings"]["P6"] == 84
    named = runner.invoke(
        app, ["power", "--quota", "2", "--weights", "1,1,1", "--names", "A,B,C", "--json"]
    )
    assert json.loads(named.output)["exact"] == {"A": "1/3", "B": "1/3", "C": "1/3"}
    ternary = json.loads(
        runner.invoke(app, ["power", "--body", "unsc", "--index", "ternary", "--json"]).output
    )
    assert sum(ternary["values"].values()) == pytest.approx(1.0)
    assert ternary["values"]["FRA"] > ternary["values"]["PAN"] > 0
    eu = json.loads(
        runner.invoke(app, ["power", "--body", "eu-council", "--index", "banzhaf", "--json"]).output
    )
    assert eu["values"]["DEU"] > eu["values"]["FRA"] > eu["values"]["MLT"]
    assert runner.invoke(app, ["power", "--quota", "2", "--weights", "1,x"]).exit_code == 2
    assert runner.invoke(app, ["power", "--body", "unsc", "--year", "1990"]).exit_code == 2
    assert load_body("unsc").years() == list(range(2014, 2027))  # 2014-2018 since session 26


def test_shipped_base_rates_match_the_roll_calls(shared) -> None:  # type: ignore[no-untyped-def]
    from accord.institutions.base_rates import base_rates, compute

    computed = compute(shared / "data" / "unvotes")["rates"]
    shipped = base_rates()
    assert set(computed) == set(shipped)
    for code in ("USA", "RUS", "FRA", "BRA"):
        total = sum(computed[code][c] for c in CHOICES)
        for c in CHOICES:
            assert shipped[code][c] == pytest.approx(computed[code][c] / total, abs=1e-9)


def test_power_year_on_an_undated_body_is_an_error() -> None:
    runner = CliRunner()
    # The EU Council and Assembly files hold today's membership only: a --year must not be
    # answered with the 2025 composition labelled as 1990's.
    for body in ("eu-council", "unga", "unsc-1945"):
        result = runner.invoke(app, ["power", "--body", body, "--year", "1990", "--json"])
        assert result.exit_code == 2, result.output
        assert "--year" in result.output
    dated = runner.invoke(app, ["power", "--body", "unsc", "--year", "2019", "--json"])
    assert dated.exit_code == 0 and "DEU" in json.loads(dated.output)["values"]


def test_draft_kind_date_and_recorded_votes_are_checked() -> None:
    # A recorded vote by a code that is not a member (UK for GBR) used to be dropped without a
    # word from members_correct; a wrong kind or an uncovered date failed without a path.
    base = load_bundled("ukraine-2025-02").model_dump(mode="json")
    drafts = base["institutions"]["drafts"]
    drafts[0]["actual"]["votes"]["UK"] = "yes"
    drafts[1]["kind"] = "qmv"
    drafts[2]["date"] = "1990-01-01"
    base["institutions"]["bodies"][0]["date"] = "2031-01-01"
    broken = Scenario.model_validate(base)
    with pytest.raises(ScenarioError) as info:
        institutions_of(broken)
    text = str(info.value)
    assert "institutions.drafts[0].actual.votes.UK" in text
    assert "institutions.drafts[1].kind" in text and "qmv" in text
    # Draft 0 has its own date (2025-02-24), so the body's 2031 date is not used for it.
    assert "drafts[0].date" not in text
    # The Assembly's membership is undated: 1990 is not checked against it.
    assert "drafts[2].date" not in text


def test_validate_checks_the_institutions_section(tmp_path) -> None:  # type: ignore[no-untyped-def]
    base = load_bundled("ukraine-2025-02").model_dump(mode="json")
    base["institutions"]["bodies"][0]["rule"] = "unsc2"
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(base), encoding="utf-8")
    result = CliRunner().invoke(app, ["validate", str(path)])
    assert result.exit_code == 2, result.output
    assert "unsc2" in result.output


def test_draft_date_outside_the_recorded_membership_names_the_field() -> None:
    base = load_bundled("ukraine-2025-02").model_dump(mode="json")
    base["institutions"]["drafts"][0]["date"] = "2030-01-01"
    with pytest.raises(ScenarioError) as info:
        institutions_of(Scenario.model_validate(base))
    assert "institutions.drafts[0].date" in str(info.value) and "2030" in str(info.value)


def test_bad_recorded_vote_names_its_path() -> None:
    base = load_bundled("ukraine-2025-02").model_dump(mode="json")
    base["institutions"]["drafts"][0]["actual"]["votes"]["USA"] = "maybe"
    with pytest.raises(ScenarioError) as info:
        institutions_of(Scenario.model_validate(base))
    assert "institutions.drafts[0].actual.votes" in str(info.value)
    assert "maybe" in str(info.value)
