"""Session 46's trial (docs/trial-2026-12-08-s46-author.md): a regional analyst new to accord
wrote the 2025 Armenia-Azerbaijan negotiation from scratch and made a newcomer's mistakes. Each
test here failed on the start commit (ce0847f2), but the one of the shipped example, which
was not there to load.

- `accord convert FILE tables --to stance-csv` wrote tables accord then refused: a source
  titled ``[report of ...]`` was read back as a broken JSON list (finding 1);
- two actors ``IRN`` and ``irn`` (``Iran``, ``iran``) were taken without a word, and a stance
  on ``IRN`` for an actor ``irn`` got no guess (finding 2);
- ``salience: 90`` and ``salience: 80%`` said nothing of the 0-to-1 range (finding 3);
- a field indented one space off its neighbours got PyYAML's words alone (finding 4);
- ``2025-31-12`` got Python's "month value is outside expected range" (finding 5);
- ``salince`` gave two problems, the first "salience: required field is missing" (finding 6);
- `accord compare --runs` starred no engine whose runs agreed less than half the time, and
  counted its status quo in the spread as a bargain (finding 7).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from accord.cli import app
from accord.errors import ScenarioError
from accord.forecast.compare import IssueComparison
from accord.scenario import load, load_bundled, save
from accord.scenario.checks import case_twins, scenario_warnings
from accord.scenario.io import scenario_from_data, scenario_to_data
from tests.helpers import ROOT, needs_xlsx

EXAMPLE = ROOT / "examples" / "data" / "armenia-azerbaijan-2025-08.yaml"
runner = CliRunner()


def _data() -> dict[str, Any]:
    return scenario_to_data(load(EXAMPLE))


def _problems(data: dict[str, Any]) -> list[str]:
    with pytest.raises(ScenarioError) as caught:
        scenario_from_data(data)
    return [f"{p.path}: {p.message}" for p in caught.value.problems]


# --- the example -------------------------------------------------------------------------------


def test_the_example_loads_validates_and_forecasts() -> None:
    import accord

    scenario = load(EXAMPLE)
    assert [i.id for i in scenario.issues] == ["constitution", "transit_route", "minsk_group"]
    assert all(i.horizon and i.status_quo == 0 and i.consent for i in scenario.issues)
    warnings = [w.sentence() for w in scenario_warnings(scenario)]
    assert warnings == [
        "stances: stances without evidence: 1 of 17 (RUS on minsk_group; a stance's "
        "`evidence`: docs/scenario-format.md)"
    ]
    cited = {e.source for s in scenario.stances for e in s.evidence}
    listed = {s.id for s in scenario.sources}
    assert cited <= listed and all(s.url and s.url.startswith("https://") for s in scenario.sources)
    for engine in ("mean", "median", "bdm", "nash", "exchange", "smp"):
        result = accord.forecast(scenario, engine)
        assert {i.id for i in result.issues} == {"constitution", "transit_route", "minsk_group"}
    ensemble = accord.forecast(scenario, "mean", runs=200, seed=1)
    p = {i.id: i.answer.p_agreement for i in ensemble.issues if i.answer is not None}
    assert 0 < p["constitution"] < 1 and 0 < p["minsk_group"] < 1


# --- finding 1: stance tables ------------------------------------------------------------------


@pytest.mark.parametrize(("name", "fmt"), [("tables", "stance-csv"), ("s.xlsx", None)])
def test_text_cells_that_start_with_a_bracket_come_back_as_text(
    tmp_path: Path, name: str, fmt: str | None
) -> None:
    if name.endswith(".xlsx"):
        needs_xlsx()
    data = _data()
    data["description"] = "[draft] written in an afternoon"
    data["actors"][0]["note"] = '{not JSON}: "a judgement"'
    data["issues"][1]["question"] = "[open] who runs the route?"
    data["issues"][1]["scale"]["low_label"] = "[none] no route"
    scenario = scenario_from_data(data)
    assert scenario.sources[2].title.startswith("[report of Rubio's briefing")
    target = tmp_path / name
    save(scenario, target, fmt)
    assert load(target).model_dump() == scenario.model_dump()


def test_convert_to_tables_is_quiet_and_exits_0(tmp_path: Path) -> None:
    done = runner.invoke(app, ["convert", str(EXAMPLE), str(tmp_path / "t"), "--to", "stance-csv"])
    assert done.exit_code == 0, done.output
    assert "not valid JSON" not in done.output


# --- finding 2: ids and names that differ only in capitals -------------------------------------


def test_two_actors_that_differ_only_in_capitals_are_warned_of() -> None:
    data = _data()
    data["actors"].append({**data["actors"][6], "id": "irn", "name": "iran"})
    found = [w.sentence() for w in case_twins(scenario_from_data(data))]
    assert found == [
        "actors[7].id: the same id as actors[6] ('IRN') but for capitals: ids are "
        "case-sensitive, so these are two actors; if one is meant, remove actors[7] and write "
        "'IRN' wherever it is referred to (got 'irn')"
    ]
    data["actors"][7]["id"] = "IRN2"
    found = [w.sentence() for w in case_twins(scenario_from_data(data))]
    assert found == [
        "actors[7].name: the same name as actors[6] ('Iran', id 'IRN') but for capitals: two "
        "actors, 'IRN' and 'IRN2'; if one is meant, remove actors[7] and write 'IRN' wherever "
        "'IRN2' is referred to (got 'iran')"
    ]
    data["issues"].append({**data["issues"][2], "id": "Minsk_Group", "consent": []})
    paths = [w.path for w in case_twins(scenario_from_data(data))]
    assert paths == ["issues[3].id", "actors[7].name"]


@pytest.mark.parametrize(
    "scenario_id",
    ["ukraine-2025-02", "minsk-2015-02", "doha-2020-02", "blacksea-2022-07", "ec-emissions-1994"],
)
def test_no_bundled_scenario_has_case_twins(scenario_id: str) -> None:
    assert case_twins(load_bundled(scenario_id)) == []


def test_validate_warns_of_case_twins_and_exits_0(tmp_path: Path) -> None:
    data = _data()
    data["actors"].append({**data["actors"][6], "id": "irn", "name": "iran"})
    path = tmp_path / "twins.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    done = runner.invoke(app, ["validate", str(path)], terminal_width=400)
    assert done.exit_code == 0
    assert f"warning: {path}: actors[7].id: the same id as actors[6] ('IRN')" in done.stderr


def test_an_unknown_id_in_other_capitals_gets_its_guess() -> None:
    data = _data()
    data["actors"][6]["id"] = "irn"
    assert _problems(data) == [
        "stances[11].actor: unknown actor id (did you mean 'irn'? ids are case-sensitive)",
    ]


# --- finding 3: salience as a percentage ------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "words"),
    [
        (
            90,
            "must be at most 1; salience runs from 0 (not at all) to 1 (above everything): "
            "for 90 out of 100 write 0.9",
        ),
        (150, "must be at most 1; salience runs from 0 (not at all) to 1 (above everything)"),
        (7, "for 7 out of 10 write 0.7, out of 100 0.07"),
        (
            "80%",
            "must be a number; a percentage: salience runs from 0 (not at all) to 1 (above "
            "everything), so write 0.8",
        ),
    ],
)
def test_a_salience_above_1_says_how_to_write_it(value: object, words: str) -> None:
    data = _data()
    data["stances"][1]["salience"] = value
    (problem,) = _problems(data)
    assert problem.startswith("stances[1].salience: ") and words in problem


def test_a_slip_above_1_keeps_the_message_it_had() -> None:
    data = _data()
    data["stances"][1]["salience"] = 1.7
    assert _problems(data) == ["stances[1].salience: must be at most 1"]


def test_a_percentage_elsewhere_is_written_without_its_sign() -> None:
    data = _data()
    data["issues"][0]["status_quo"] = "0%"
    assert _problems(data) == [
        "issues[0].status_quo: must be a number; a percentage: write the number without the % "
        "sign (0)"
    ]


# --- finding 4: an indentation slip ------------------------------------------------------------


def test_an_indentation_slip_shows_the_line_and_its_column(tmp_path: Path) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    one_more = text.replace(
        "    position: 50\n    salience: 0.7", "    position: 50\n     salience: 0.7"
    )
    path = tmp_path / "slip.yaml"
    path.write_text(one_more, encoding="utf-8")
    done = runner.invoke(app, ["validate", str(path)], terminal_width=400)
    assert done.exit_code == 2 and "Traceback" not in done.output
    assert "not valid YAML: mapping values are not allowed in this context (the line reads " in (
        done.stderr
    )
    assert (
        "'salience: 0.7', its field at column 6, the line above's at 5: YAML reads the "
        "structure from the indentation, so the fields of one item start in the same column)"
    ) in done.stderr
    two_fewer = text.replace(
        "  - actor: USA\n    issue: constitution", "  - actor: USA\n  issue: x"
    )
    path.write_text(two_fewer, encoding="utf-8")
    done = runner.invoke(app, ["validate", str(path)], terminal_width=400)
    assert "did not find expected '-' indicator (the line reads 'issue: x', its field at " in (
        done.stderr
    )
    assert "column 3, the line above's at 5" in done.stderr


# --- finding 5: year, day, month ---------------------------------------------------------------


def test_a_date_written_year_day_month_is_rewritten() -> None:
    data = _data()
    data["issues"][2]["horizon"] = "2025-31-12"
    assert _problems(data) == [
        "issues[2].horizon: must be a date written YYYY-MM-DD (write it 2025-12-31: the year, "
        "then the month, then the day)"
    ]


# --- finding 6: a misspelt required field ------------------------------------------------------


def test_a_misspelt_required_field_is_one_problem() -> None:
    data = _data()
    data["stances"][0]["salince"] = data["stances"][0].pop("salience")
    data["actors"][0]["capabilty"] = data["actors"][0].pop("capability")
    assert _problems(data) == [
        "actors[0].capabilty: unknown field (allowed here: id, name, kind, country, capability, "
        "tags, note); did you mean 'capability'?",
        "stances[0].salince: unknown field (allowed here: actor, issue, position, salience, "
        "uncertainty, leverage, evidence); did you mean 'salience'?",
    ]


def test_a_missing_field_beside_an_unrelated_unknown_one_stays() -> None:
    data = _data()
    del data["stances"][0]["salience"]
    data["stances"][0]["weight"] = 0.7
    problems = _problems(data)
    assert "stances[0].salience: required field is missing" in problems
    assert any(p.startswith("stances[0].weight: unknown field") for p in problems)


# --- finding 7: an ensemble's "no agreement" in compare ----------------------------------------


def test_compare_stars_an_ensemble_that_agrees_less_than_half_the_time() -> None:
    item = IssueComparison(
        id="transit_route",
        title="t",
        scale=(0.0, 100.0),
        status_quo=0.0,
        forecast={"mean": 59.9, "median": 69.2, "nash": 0.0},
        if_agreement={"mean": 59.9, "median": 69.2, "nash": 13.0},
        p_agreement={"mean": 1.0, "median": 1.0, "nash": 0.466},
    )
    assert item.no_agreement == ("nash",)
    assert item.spread == pytest.approx(69.2)
    assert item.spread_agreeing == pytest.approx(69.2 - 59.9)
    agreed = IssueComparison(**{**item.__dict__, "p_agreement": {"nash": 0.6}})
    assert agreed.no_agreement == ()  # agreement more likely than not: a bargain at 0 is one


# --- finding 8: a renamed issue -----------------------------------------------------------------


def test_a_renamed_issue_does_not_also_blame_its_consent_actors() -> None:
    data = _data()
    data["issues"][2]["id"] = "minsk group"
    problems = _problems(data)
    assert len(problems) == 5
    assert all(
        p.endswith(".issue: unknown issue id (did you mean 'minsk group'?)") for p in problems
    )


# --- finding 9: the brief's words for capability ------------------------------------------------


def test_the_brief_does_not_define_capability_as_economic_and_military_size() -> None:
    from accord.report.brief import GLOSSARY

    words = dict(GLOSSARY)["salience, capability"]
    assert "on the scenario's own scale, where only the ratios count" in words
    assert "the actors' notes say how it was set" in words


# --- finding 10: the institutions of the copy the README starts from ---------------------------


def test_drafts_left_from_the_copied_scenario_are_one_problem_that_says_what_to_do(
    tmp_path: Path,
) -> None:
    data = scenario_to_data(load_bundled("ukraine-2025-02"))
    mine = _data()
    for key in ("id", "title", "as_of", "description", "actors", "issues", "stances", "sources"):
        data[key] = mine[key]
    path = tmp_path / "my-case.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    done = runner.invoke(app, ["validate", str(path)], terminal_width=400)
    assert done.exit_code == 2
    assert done.stderr == (
        f"invalid: {path}: institutions.drafts: no draft names an issue of this scenario: a "
        "section copied from another scenario? Delete `institutions` if no body votes on this "
        "case (got 'aggressor_naming, ceasefire, territory')\n"
    )
