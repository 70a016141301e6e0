"""The ``institutions`` section as a typed part of the scenario model (issue 13, item 5).

Built from the file like actors and stances, validated on assignment with the field's path,
written back without defaults its author did not state, and the same after YAML, JSON and a
stance table.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from accord.errors import ScenarioError
from accord.scenario import load, load_bundled, save
from accord.scenario.institutions import Draft, Institutions, RecordedResult, VoteModel
from accord.scenario.io import scenario_to_data
from accord.scenario.model import Scenario

UKRAINE = "ukraine-2025-02"


def test_the_section_is_typed() -> None:
    inst = load_bundled(UKRAINE).institutions
    assert isinstance(inst, Institutions)
    assert isinstance(inst.drafts[0], Draft)
    assert isinstance(inst.vote_model, VoteModel)
    # the bundled file's dates are dates, and its recorded result is typed too
    assert isinstance(inst.bodies[0].date, dt.date)
    recorded = [d.actual for d in inst.drafts if d.actual is not None]
    assert recorded and all(isinstance(a, RecordedResult) for a in recorded)
    assert repr(inst).startswith("Institutions(bodies=[unsc=unsc")
    assert len(repr(inst)) < 200


def test_a_scenario_without_the_section_has_an_empty_one() -> None:
    scenario = load_bundled("ec-emissions-1994")
    assert scenario.institutions.is_empty
    assert "institutions" not in scenario_to_data(scenario)


def test_assignment_inside_the_section_is_validated() -> None:
    draft = load_bundled(UKRAINE).institutions.drafts[0]
    with pytest.raises(ScenarioError, match=r"Draft\.positions\.ceasefire"):
        draft.positions = {"ceasefire": "soon"}  # type: ignore[dict-item]
    with pytest.raises(ScenarioError, match=r"Draft\.positions\.ceasefire"):
        draft.positions = {"ceasefire": True}  # YAML's yes is not a number
    model = load_bundled(UKRAINE).institutions.vote_model
    with pytest.raises(ScenarioError, match=r"VoteModel\.scale"):
        model.scale = 0.0
    with pytest.raises(ScenarioError, match=r"Institutions\.drafts"):
        load_bundled(UKRAINE).institutions.drafts = "none"  # type: ignore[assignment]


def test_assigning_the_whole_section_validates_it() -> None:
    scenario = load_bundled(UKRAINE)
    with pytest.raises(ScenarioError, match=r"Scenario\.institutions\.bodies\[0\]\.rule: required"):
        scenario.institutions = {"bodies": [{"id": "unsc"}]}  # type: ignore[assignment]
    scenario.institutions = {}  # type: ignore[assignment]  # a mapping is validated into the model
    assert isinstance(scenario.institutions, Institutions) and scenario.institutions.is_empty


def test_recorded_votes_take_yaml_booleans_back() -> None:
    result = RecordedResult(
        adopted=True,
        in_favour=1,
        against=1,
        abstentions=0,
        votes={"USA": True, "RUS": False},
    )
    assert result.votes == {"USA": "yes", "RUS": "no"}
    with pytest.raises(ScenarioError, match=r"votes"):
        RecordedResult(adopted=True, in_favour=0, against=0, abstentions=0, votes={"USA": "maybe"})


def test_defaults_are_not_written_but_stated_values_are() -> None:
    scenario = load_bundled(UKRAINE)
    written = scenario_to_data(scenario)["institutions"]
    assert "vote_model" not in written  # the bundled file states none
    scenario.institutions.vote_model.scale = 0.2
    written = scenario_to_data(scenario)["institutions"]
    assert written["vote_model"] == {"scale": 0.2}


@pytest.mark.parametrize("suffix", [".yaml", ".json", ".xlsx", ""])
def test_the_section_round_trips_through_every_writer(tmp_path: Path, suffix: str) -> None:
    if suffix == ".xlsx":
        pytest.importorskip("openpyxl")
    scenario = load_bundled(UKRAINE)
    scenario.institutions.vote_model.veto_reluctance = False
    path = tmp_path / f"copy{suffix}" if suffix else tmp_path / "tables"
    save(scenario, path, "stance-csv" if not suffix else None)
    back = load(path, "stance-csv" if not suffix else None)
    assert back.institutions == scenario.institutions
    assert back == scenario


def test_the_bundled_file_reads_the_same_as_its_data() -> None:
    """YAML -> model -> plain data -> model changes nothing (the fuzz invariant, on drafts)."""
    scenario = load_bundled(UKRAINE)
    assert Scenario.model_validate(scenario_to_data(scenario)) == scenario
