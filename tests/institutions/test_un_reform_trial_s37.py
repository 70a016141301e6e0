"""Session 37's trial (docs/trial-2026-12-06-s37.md): a UN scholar writes Security Council
reform variants as body files. Each test names the finding it covers.

Published figures: Shapley and Shubik (1954), American Political Science Review 48(3): 787-792
(the 1946-65 Council: 76/385 per permanent member, 1/462 per elected seat); Straffin, P. D.
(1994), "Power and stability in politics", Handbook of Game Theory vol. 2, ch. 32 (the Council
of 15: Shapley-Shubik .1963 per permanent member, normalised Banzhaf .1669 and .0165).
"""

from __future__ import annotations

import math
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import accord
from accord.errors import ScenarioError
from accord.institutions.power import (
    banzhaf,
    brute_force,
    game_from_body,
    shapley_shubik,
    ternary_shapley_shubik,
)
from accord.institutions.resolutions import (
    MemberVote,
    _conditional,
    _could_block,
    adoption_probability,
)
from accord.institutions.rules import body_from_data, decide, read_body

P5 = ["CHN", "FRA", "RUS", "GBR", "USA"]
G4 = ["BRA", "DEU", "IND", "JPN", "AF1", "AF2"]


def council(quota: int, newperm: list[str], elected: int, **rule: Any) -> dict[str, Any]:
    """A Council body as a mapping: the five with a veto, new permanent members without."""
    members = [{"code": c, "tags": ["permanent", "veto"]} for c in P5]
    members += [{"code": c, "tags": ["permanent"]} for c in newperm]
    members += [{"code": f"E{i}", "tags": ["elected"]} for i in range(1, elected + 1)]
    criteria = [{"measure": "members", "at_least": quota}]
    return {
        "id": "reform",
        "name": "Reform variant",
        "default_kind": "substantive",
        "rules": {"substantive": {"criteria": criteria, "veto_tag": "veto", **rule}},
        "members": members,
    }


def problems_of(data: dict[str, Any]) -> str:
    with pytest.raises(ScenarioError) as caught:
        body_from_data(data, "reform.yaml")
    return str(caught.value)


# Guards: the published figures and the G4 variant's closed form ------------------------------


def test_the_council_of_15_has_straffins_figures() -> None:
    ss = accord.power("unsc")
    assert ss.values["USA"] == Fraction(421, 2145) and round(float(ss.values["USA"]), 4) == 0.1963
    bz = accord.power("unsc", index="banzhaf")
    assert round(float(bz.values["USA"]), 4) == 0.1669
    assert round(float(bz.values["SLE"]), 4) == 0.0165
    old = accord.power("unsc-1945")
    assert old.values["USA"] == Fraction(76, 385) and old.values["E1"] == Fraction(1, 462)


def test_the_g4_model_agrees_with_its_closed_form() -> None:
    # A veto holder is pivotal when it is the last of the five and at least 14th in line:
    # sum over k = 14..25 of C(k-1, 4) / (25 * C(24, 4)).
    values = accord.power(body_from_data(council(14, G4, 14))).values
    expected = Fraction(sum(math.comb(k - 1, 4) for k in range(14, 26)), 25 * math.comb(24, 4))
    assert values["CHN"] == expected == Fraction(1571, 8050)
    assert values["BRA"] == values["E1"] == (1 - 5 * expected) / 20


# Finding 1: a quota no coalition can reach ----------------------------------------------------


def test_a_quota_above_the_members_is_refused_not_a_table_of_zeros() -> None:
    text = problems_of(council(30, G4, 14))
    assert "reform.yaml: rules.substantive.criteria[0].at_least: no coalition can reach it" in text
    assert "at most 25 members" in text and "(got 30)" in text
    weighted = council(1, [], 2)
    weighted["rules"]["substantive"]["criteria"] = [{"measure": "votes", "at_least": 99}]
    for m in weighted["members"]:
        m["weights"] = {"votes": 10}
    assert "members' votes adds up to at most 70" in problems_of(weighted)
    strict = council(1, [], 2)
    strict["rules"]["substantive"]["criteria"] = [{"share": 1, "strict": True}]
    assert "criteria[0].strict: more than the whole base" in problems_of(strict)


def test_the_cli_refuses_the_quota_with_the_file(tmp_path: Path) -> None:
    import yaml
    from typer.testing import CliRunner

    from accord.cli import app

    path = tmp_path / "g4.yaml"
    path.write_text(yaml.safe_dump(council(30, G4, 14)), encoding="utf-8")
    result = CliRunner().invoke(app, ["power", "--body", str(path)])
    assert result.exit_code == 2
    assert "g4.yaml: rules.substantive.criteria[0].at_least" in result.output


# Finding 2: a veto tag no member carries ------------------------------------------------------


def test_a_veto_tag_nobody_carries_is_refused_with_the_near_tag() -> None:
    data = council(14, G4, 14)
    data["rules"]["substantive"]["veto_tag"] = "vetoo"
    text = problems_of(data)
    assert "rules.substantive.veto_tag: no member carries this tag" in text
    assert "elected, permanent, veto" in text and "did you mean 'veto'?" in text


# Findings 3 and 4: the power game is the rule decide applies ----------------------------------


def test_a_blocking_minority_does_not_outvote_a_veto_in_the_power_game() -> None:
    body = body_from_data(council(14, G4, 14, blocking_minority=6))
    codes = [m.code for m in body.members]
    votes = dict.fromkeys(codes, "yes") | {"RUS": "no"}
    assert not decide(body, votes).adopted
    assert not game_from_body(body).wins([i for i, c in enumerate(codes) if c != "RUS"])
    # the clause adds nothing where every coalition it would rescue has 14 members already
    assert accord.power(body).values["CHN"] == Fraction(1571, 8050)


def test_a_veto_override_is_written_decided_and_counted() -> None:
    body = body_from_data(council(14, G4, 14, veto_override=20))
    codes = [m.code for m in body.members]
    others = [c for c in codes if c != "RUS"]
    yes20 = dict.fromkeys(others[:20], "yes") | {"RUS": "no"}
    outcome = decide(body, yes20)
    assert outcome.adopted and "the veto of RUS overridden (20 in favour" in outcome.reason
    yes19 = dict(yes20) | {others[19]: "abstain"}
    refused = decide(body, yes19)
    assert not refused.adopted
    assert refused.reason == "not adopted: vetoed by RUS (19 in favour, 20 would override it)"
    values = accord.power(body).values
    assert values["CHN"] < Fraction(1571, 8050) and sum(values.values()) == 1
    # the ternary index and the vote model apply the same rule
    assert (
        sum(
            ternary_shapley_shubik(
                body_from_data(council(5, [], 4, veto_override=7))
            ).values.values()
        )
        == 1
    )
    certain = {
        c: MemberVote(
            1.0 if v == "yes" else 0.0,
            1.0 if v == "no" else 0.0,
            1.0 if v == "abstain" else 0.0,
            0.0,
            "scenario",
        )
        for c, v in yes20.items()
    }
    certain |= {c: MemberVote(0.0, 0.0, 0.0, 1.0, "scenario") for c in codes if c not in yes20}
    assert adoption_probability(body.rule(), body.members, certain) == 1.0


def test_an_overridden_veto_holder_is_no_blocker() -> None:
    """Session 38: with 20 expected yes votes a veto_override of 20 sets RUS's no aside, as
    ``decide`` does, so RUS could not block; with 19 its veto stands and it is listed."""
    body = body_from_data(council(14, G4, 14, veto_override=20))
    codes = [m.code for m in body.members]
    others = [c for c in codes if c != "RUS"]

    def certain(yes: list[str]) -> dict[str, MemberVote]:
        votes = {c: MemberVote(0.0, 0.0, 0.0, 1.0, "scenario") for c in codes}
        votes |= {c: MemberVote(1.0, 0.0, 0.0, 0.0, "scenario") for c in yes}
        return votes | {"RUS": MemberVote(0.0, 1.0, 0.0, 0.0, "scenario")}

    rule = body.rule()
    for n, blocks in ((20, False), (19, True)):
        votes = certain(others[:n])
        assert decide(body, {c: v.predicted for c, v in votes.items()}).adopted is not blocks
        named = _could_block(rule, body.members, votes, _conditional(rule, body.members, votes))
        assert ("RUS" in named) is blocks, (n, named)


def test_an_override_without_a_veto_or_above_the_members_is_refused() -> None:
    data = council(14, G4, 14, veto_override=26)
    assert "veto_override: more members than the body has (at most 25)" in problems_of(data)
    data = council(14, G4, 14, veto_override=20)
    del data["rules"]["substantive"]["veto_tag"]
    assert "veto_override: overrides a veto, but the rule has none" in problems_of(data)


@st.composite
def small_bodies(draw: st.DrawFn) -> dict[str, Any]:
    n = draw(st.integers(3, 8))
    vetoes = draw(st.integers(1, min(3, n)))
    weights = draw(st.lists(st.integers(0, 4), min_size=n, max_size=n))
    rule: dict[str, Any] = {"criteria": [{"at_least": draw(st.integers(1, n))}], "veto_tag": "v"}
    if draw(st.booleans()) and sum(weights) > 0:
        rule["criteria"].append({"measure": "w", "at_least": draw(st.integers(1, sum(weights)))})
    if draw(st.booleans()):
        rule["blocking_minority"] = draw(st.integers(1, n))
    if draw(st.booleans()):
        rule["veto_override"] = draw(st.integers(1, n))
    return {
        "id": "small",
        "name": "Small",
        "default_kind": "r",
        "rules": {"r": rule},
        "members": [
            {"code": f"M{i}", "tags": ["v"] if i < vetoes else [], "weights": {"w": weights[i]}}
            for i in range(n)
        ],
    }


@settings(max_examples=60, deadline=None)
@given(small_bodies())
def test_the_power_game_wins_exactly_where_decide_adopts(data: dict[str, Any]) -> None:
    body = body_from_data(data)
    game = game_from_body(body)
    codes = [m.code for m in body.members]
    for bits in range(1 << len(codes)):
        votes = {c: "yes" if bits >> i & 1 else "no" for i, c in enumerate(codes)}
        coalition = [i for i in range(len(codes)) if bits >> i & 1]
        assert game.wins(coalition) == decide(body, votes).adopted, votes
    ss, swings = brute_force(game)
    assert shapley_shubik(game).values == ss
    assert banzhaf(game).swings == swings


# Findings 5 to 9: a body file's mistakes, each with its path ---------------------------------


def test_a_member_twice_names_both_entries() -> None:
    data = council(14, G4, 14)
    data["members"][10]["code"] = "AF1"
    text = problems_of(data)
    assert "members[10].code: listed twice: also members[9]" in text and "None" not in text
    terms = council(9, [], 10)
    terms["members"][5] |= {"code": "JPN", "since": "2023-01-01", "until": "2024-12-31"}
    terms["members"][6] |= {"code": "JPN", "since": "2016-01-01", "until": "2017-12-31"}
    assert read_body(body_from_data(terms)).id == "reform"  # two terms that do not overlap


def test_a_misspelt_field_says_which_was_meant() -> None:
    data = council(14, G4, 14)
    data["rules"]["substantive"]["critera"] = data["rules"]["substantive"].pop("criteria")
    text = problems_of(data)
    assert "rules.substantive.criteria: required field is missing\n" in text + "\n"
    assert "unknown field (allowed here: description, criteria, veto_tag," in text
    assert "did you mean 'criteria'?" in text
    data = council(14, G4, 14, veto_overide=20)
    assert "did you mean 'veto_override'?" in problems_of(data)


def test_a_share_above_one_says_got_once() -> None:
    data = council(14, G4, 14)
    data["rules"]["substantive"]["criteria"] = [{"share": "3/2"}]
    text = problems_of(data)
    assert text.count("(got '3/2')") == 1 and "Value error" not in text


def test_a_missing_weight_has_its_path_and_the_near_name() -> None:
    data = council(1, [], 2)
    data["rules"]["substantive"]["criteria"] = [{"measure": "votes", "share": "1/2"}]
    for m in data["members"]:
        m["weights"] = {"votes": 10}
    data["members"][6]["weights"] = {"votse": 40}
    text = problems_of(data)
    assert "members[6].weights: member E2 lacks weight(s) votes used by the rules" in text
    assert "did you mean 'votes'?" in text and "(got {'votse': 40})" in text
    assert "'id': 'reform'" not in text


def test_a_negative_weight_has_its_path() -> None:
    data = council(1, [], 2)
    data["rules"]["substantive"]["criteria"] = [{"measure": "votes", "share": "1/2"}]
    for m in data["members"]:
        m["weights"] = {"votes": 10}
    data["members"][3]["weights"] = {"votes": -4}
    assert "reform.yaml: members[3].weights.votes: must be at least 0 (got -4)" in problems_of(data)


# Finding 10: the tables say whose indices they are -------------------------------------------


def test_the_tables_of_several_variants_say_which_body_each_row_is(tmp_path: Path) -> None:
    import pandas as pd
    import yaml

    path = tmp_path / "g4.yaml"
    path.write_text(yaml.safe_dump(council(14, G4, 14) | {"id": "g4"}), encoding="utf-8")
    frames = [
        accord.power("unsc", index="banzhaf").to_frame(),
        accord.power(str(path)).to_frame(),
        accord.power("unga", kind="important").to_frame(),
    ]
    table = pd.concat(frames)
    assert list(frames[0].columns) == [
        *("player", "index", "value", "exact", "swings", "raw"),
        *("body", "kind", "date", "accord_version"),
    ]
    assert table.groupby("body").size().to_dict() == {"g4": 25, "unga": 193, "unsc": 15}
    assert set(table[table["body"] == "unsc"]["date"]) == {"2025-02-24"}
    assert set(table[table["body"] == "unga"]["kind"]) == {"important"}
    assert table[table["body"] == "g4"]["date"].isna().all()  # no dated members
    assert accord.power("unsc", date="2015-07-20").to_dict()["date"] == "2015-07-20"
    assert list(accord.power([3, 2, 1], quota=4).to_frame().columns)[-1] == "accord_version"


def test_the_json_names_the_default_date_the_title_names() -> None:
    import json

    from typer.testing import CliRunner

    from accord.cli import app

    result = CliRunner().invoke(app, ["power", "--body", "unsc", "--json"])
    assert result.exit_code == 0 and json.loads(result.output)["date"] == "2025-02-24"
    table = CliRunner().invoke(app, ["power", "--body", "unsc"])
    assert "members as on 2025-02-24" in table.output


# Finding 11: the ternary index from Python ----------------------------------------------------


def test_the_ternary_index_is_computed_from_python_as_on_the_command_line() -> None:
    # docs/institutions.md's table: 118525786/725416965 per permanent member
    ternary = accord.power("unsc", index="ternary")
    assert ternary.values["USA"] == Fraction(118525786, 725416965)
    assert ternary.index == "ternary-shapley-shubik" and ternary.body == "unsc"
    with pytest.raises(accord.AccordError, match="ternary: for a body's rule"):
        accord.power([3, 2, 1], quota=4, index="ternary")


# Finding 14: the drafts' table says under which rule ------------------------------------------


def test_the_drafts_table_names_the_rule_and_the_date() -> None:
    import warnings

    scenario = accord.load_bundled("ukraine-2025-02")
    important = scenario.model_copy(deep=True)
    assert important.institutions is not None
    for draft in important.institutions.drafts:
        if draft.body == "unga":
            draft.kind = "important"  # a two-thirds text (Charter Art. 18(2))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        frames = [accord.forecast(s, "mean").resolutions.to_frame() for s in (scenario, important)]
    assert list(frames[0].columns)[:5] == ["draft", "body", "rule", "date", "title"]
    assert list(frames[0]["rule"]) == ["substantive"] * 3
    assert list(frames[1]["rule"]) == ["substantive", "important", "important"]
    assert set(frames[0]["date"]) == {"2025-02-24"}


# Finding 12: a sampled index, seeded, for games too large to compute exactly -----------------


@settings(max_examples=25, deadline=None)
@given(
    st.lists(st.integers(0, 9), min_size=2, max_size=9),
    st.integers(0, 2**32),
    st.sampled_from(["shapley-shubik", "banzhaf"]),
)
def test_a_sampled_index_is_near_the_exact_one(weights: list[int], seed: int, index: str) -> None:
    assume(sum(weights) > 0)
    quota = sum(weights) // 2 + 1
    exact = accord.power(weights, quota=quota, index=index)
    estimate = accord.power(weights, quota=quota, index=index, samples=4000, seed=seed)
    assert estimate.seed == seed and estimate.samples == 4000
    for player, value in exact.values.items():
        # five standard errors, and a floor for shares near 0 or 1 (where the error is 0)
        assert abs(estimate.values[player] - float(value)) <= 5 * estimate.stderr[player] + 0.03
    again = accord.power(weights, quota=quota, index=index, samples=4000, seed=seed)
    assert again.values == estimate.values


def test_the_council_sampled_matches_straffin_within_its_error() -> None:
    estimate = accord.power("unsc", samples=40_000, seed=20261206)
    assert abs(estimate.values["USA"] - 0.1963) < 4 * estimate.stderr["USA"]
    frame = estimate.to_frame()
    assert list(frame.columns) == [
        *("player", "index", "value", "stderr", "samples", "seed"),
        *("body", "kind", "date", "accord_version"),
    ]
    assert set(frame["seed"]) == {20261206} and set(frame["body"]) == {"unsc"}


def test_a_drawn_seed_is_recorded_and_draws_the_same_again() -> None:
    first = accord.power([7] * 5 + [1] * 10, quota=39, samples=500)
    again = accord.power([7] * 5 + [1] * 10, quota=39, samples=500, seed=first.seed)
    assert again.values == first.values and again.to_dict()["seed"] == first.seed
    with pytest.raises(accord.AccordError, match="seed goes with samples"):
        accord.power("unsc", seed=1)


def test_the_cli_samples_with_the_seed_in_the_title_and_the_table() -> None:
    import io

    import pandas as pd
    from typer.testing import CliRunner

    from accord.cli import app

    runner = CliRunner()
    shown = runner.invoke(app, ["power", "--body", "unsc", "--samples", "3000", "--seed", "5"])
    assert shown.exit_code == 0 and "estimated from 3000 random orders, seed 5" in shown.output
    table = runner.invoke(
        app,
        ["power", "--body", "unsc", "--samples", "300", "--index", "banzhaf", "--format", "csv"],
    )
    frame = pd.read_csv(io.StringIO(table.output))
    assert {"stderr", "raw", "raw_stderr", "seed"} <= set(frame.columns)
    assert frame["seed"].nunique() == 1  # drawn, and written down
    refused = runner.invoke(app, ["power", "--body", "unsc", "--seed", "5"])
    assert refused.exit_code == 2 and "--seed goes with --samples" in refused.output


def test_the_refusal_of_a_long_exact_index_offers_the_sampled_one() -> None:
    weights = [1000 + 37 * k for k in range(193)]  # total 882,208: hours exact
    with pytest.raises(accord.AccordError, match=r"--samples N --seed S"):
        accord.power(weights, quota=sum(weights) // 2 + 1)
    estimate = accord.power(weights, quota=sum(weights) // 2 + 1, samples=2000, seed=1)
    assert abs(sum(estimate.values.values()) - 1) < 1e-9


# Finding 15: a two-thirds text from the roll-call model ---------------------------------------


def test_votes_predict_takes_the_assemblys_rule() -> None:
    import json

    from typer.testing import CliRunner

    from accord.cli import app

    title = ["votes", "predict", "--title", "Situation of human rights in Iran", "--issue", "hr"]
    runner = CliRunner()
    plain = json.loads(runner.invoke(app, [*title, "--json"]).output)
    made = {
        kind: json.loads(runner.invoke(app, [*title, "--kind", kind, "--json"]).output)
        for kind in ("substantive", "important")
    }
    assert "rule" not in plain and made["important"]["rule"] == "important"
    # the Assembly's majority of those present and voting is the model's yes > no
    assert abs(made["substantive"]["p_adopted"] - plain["p_adopted"]) < 1e-9
    assert 0.0 <= made["important"]["p_adopted"] <= made["substantive"]["p_adopted"] <= 1.0
    shown = runner.invoke(app, [*title, "--kind", "important"])
    # "> 0.999" where three decimals would round to 1 (session 44)
    assert "P(adopted by the General Assembly's important rule) > 0.999" in shown.output
    refused = runner.invoke(app, [*title, "--kind", "imprtant"])
    assert refused.exit_code == 2 and "known kinds: important, procedural" in refused.output
