"""EU Council members no actor speaks for vote by the Council's base rates (session 25).

Session 24's trial: in an ``eu-council`` draft every member without an actor was voted by the UN
General Assembly model, leaned to abstain (which counts against under qualified majority), and
the draft could only fail whatever the actors bargained. Since session 25 the Council's own
published rate of dissent votes them (docs/institutions.md).
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from accord.cli import app
from accord.cli.scenario_commands import OTHER_MODEL_WORDS
from accord.institutions import resolutions
from accord.institutions.resolutions import (
    BODY_OTHER,
    DEFAULT_OTHER,
    EU_CONSENSUS_SHARE,
    EU_DISSENT,
    council_base_rate_votes,
    institutions_of,
    other_model,
    predict_resolution_votes,
)
from accord.scenario import load_bundled
from accord.scenario.io import loads
from accord.scenario.model import Scenario

COUNCIL = """\
id: council-test
title: A Council regulation four large members bargain over
as_of: 2025-06-01
actors:
  - {id: DEU, name: Germany, country: DEU, capability: 18}
  - {id: FRA, name: France, country: FRA, capability: 15}
  - {id: ITA, name: Italy, country: ITA, capability: 13}
  - {id: POL, name: Poland, country: POL, capability: 8}
issues:
  - id: reg
    title: How far the regulation goes
    status_quo: 0
stances:
  - {actor: DEU, issue: reg, position: POS_DEU, salience: 0.8}
  - {actor: FRA, issue: reg, position: POS_FRA, salience: 0.8}
  - {actor: ITA, issue: reg, position: POS_ITA, salience: 0.8}
  - {actor: POL, issue: reg, position: POS_POL, salience: 0.8}
institutions:
  bodies:
    - {id: council, rule: eu-council, date: 2025-06-01}
  drafts:
    - id: reg-draft
      body: council
      title: Regulation on a common matter
      positions: {reg: 100}
      kind: qmv
"""


def council(positions: dict[str, float]) -> tuple[Scenario, np.ndarray]:
    text = COUNCIL
    for actor, x in positions.items():
        text = text.replace(f"POS_{actor}", str(x))
    scenario = loads(text.encode(), "council.yaml")
    return scenario, np.array([[positions[a.id]] for a in scenario.actors], dtype=float)


def test_the_dissent_rate_is_derived_from_the_published_consensus_share() -> None:
    assert EU_CONSENSUS_SHARE == 0.65
    assert pytest.approx(0.65) == (1 - EU_DISSENT) ** 27
    assert pytest.approx(0.01583, abs=1e-5) == EU_DISSENT
    draft = resolutions.Draft(id="d", body="b", title="t", positions={"reg": 1})
    votes = council_base_rate_votes(["NLD", "MLT"], draft)
    assert votes["NLD"]["yes"] == pytest.approx(1 - EU_DISSENT)
    assert votes["NLD"]["no"] == votes["NLD"]["abstain"] == pytest.approx(EU_DISSENT / 2)
    assert votes["MLT"]["absent"] == 0.0


def test_the_body_picks_the_model_unless_one_is_asked_for() -> None:
    assert BODY_OTHER == {"eu-council": "council-base-rate"}
    assert other_model("eu-council") == "council-base-rate"
    assert other_model("eu-council", "ideal-point") == "ideal-point"
    assert other_model("unsc") == other_model("unga") == DEFAULT_OTHER == "ideal-point"


def test_members_without_an_actor_vote_by_the_council_rates_and_a_supported_draft_passes() -> None:
    scenario, x = council({"DEU": 100, "FRA": 100, "ITA": 100, "POL": 100})
    (made,) = predict_resolution_votes(scenario, x)
    others = {c: v for c, v in made.votes.items() if v.source != "scenario"}
    assert len(others) == 23 and {v.source for v in others.values()} == {"council-base-rate"}
    for v in others.values():
        assert (v.yes, v.no, v.abstain, v.absent) == pytest.approx(
            (1 - EU_DISSENT, EU_DISSENT / 2, EU_DISSENT / 2, 0.0)
        )
    assert made.adoption_probability > 0.99
    assert made.outcome == "adopted"


def test_a_blocking_minority_of_actors_still_blocks() -> None:
    # four members with about 55% of the Union's population vote no: a blocking minority
    scenario, x = council({"DEU": 0, "FRA": 0, "ITA": 0, "POL": 0})
    (made,) = predict_resolution_votes(scenario, x)
    assert all(made.votes[c].predicted == "no" for c in ("DEU", "FRA", "ITA", "POL"))
    assert made.adoption_probability < 0.01


def test_the_assembly_model_can_still_be_asked_for() -> None:
    scenario, x = council({"DEU": 100, "FRA": 100, "ITA": 100, "POL": 100})
    (made,) = predict_resolution_votes(scenario, x, other="base-rate")
    assert {v.source for v in made.votes.values()} == {"scenario", "base-rate"}


def test_un_bodies_keep_the_assembly_model() -> None:
    scenario = load_bundled("ukraine-2025-02")
    inst = institutions_of(scenario)
    assert {b.rule for b in inst.bodies} <= {"unsc", "unga", "unsc-1945"}
    positions = np.zeros((len(scenario.actors), len(scenario.issues)))
    for st in scenario.stances:
        i = [a.id for a in scenario.actors].index(st.actor)
        j = [s.id for s in scenario.issues].index(st.issue)
        positions[i, j] = st.position
    default = predict_resolution_votes(scenario, positions)
    asked = predict_resolution_votes(scenario, positions, other="ideal-point")
    for d, a in zip(default, asked, strict=True):
        assert d.adoption_probability == a.adoption_probability
        assert {c: v.source for c, v in d.votes.items()} == {
            c: v.source for c, v in a.votes.items()
        }
        assert "council-base-rate" not in {v.source for v in d.votes.values()}


def test_the_json_and_the_draft_line_say_which_model_voted_each_member(tmp_path: Path) -> None:
    path = tmp_path / "council.yaml"
    path.write_text(
        COUNCIL.replace("POS_DEU", "100")
        .replace("POS_FRA", "100")
        .replace("POS_ITA", "100")
        .replace("POS_POL", "100"),
        encoding="utf-8",
    )
    runner = CliRunner()
    result = runner.invoke(app, ["forecast", str(path), "--json"])
    assert result.exit_code == 0, result.output
    votes = json.loads(result.output)["resolutions"][0]["votes"]
    assert votes["DEU"]["source"] == "scenario"
    assert votes["MLT"]["source"] == "council-base-rate"
    assert votes["MLT"]["yes"] == round(1 - EU_DISSENT, 4)
    result = runner.invoke(app, ["forecast", str(path)], terminal_width=400)
    line = next(x for x in result.output.splitlines() if x.startswith("reg-draft"))
    assert "; 23 of 27 members voted by EU Council base rates, 98.4% yes each" in line
    assert f"{1 - EU_DISSENT:.1%} yes each" in OTHER_MODEL_WORDS["council-base-rate"]
