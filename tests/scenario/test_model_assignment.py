"""Scenario models stay valid after construction, and every failure is a ScenarioError."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.errors import ScenarioError, UnknownScenarioItem
from accord.scenario import load_bundled
from accord.scenario.model import Actor, Scenario, Stance


@settings(max_examples=20, deadline=None)
@given(st.floats(min_value=1.000001, max_value=1e6) | st.floats(max_value=-1e-9, min_value=-1e6))
def test_assigning_a_salience_outside_0_1_raises_naming_the_field(value: float) -> None:
    stance = load_bundled("ukraine-2025-02").stances[0]
    before = stance.salience
    with pytest.raises(ScenarioError, match=r"Stance\.salience") as caught:
        stance.salience = value
    assert caught.value.problems[0].value == value
    assert stance.salience == before  # the model was not changed


def test_salience_five_is_refused() -> None:
    s = load_bundled("ukraine-2025-02")
    with pytest.raises(
        ScenarioError, match=r"Stance\.salience: must be at most 1; .* write 0\.5, .* \(got 5\.0\)"
    ):
        s.stances[0].salience = 5.0


def test_constructor_and_model_validate_raise_scenario_errors_with_paths() -> None:
    with pytest.raises(ScenarioError, match="capability: must be at least 0"):
        Actor(id="A", name="A", capability=-1)
    with pytest.raises(ScenarioError, match=r"stances\[0\]\.salience"):
        Scenario.model_validate(
            {
                "id": "x",
                "title": "x",
                "actors": [{"id": "A", "name": "A", "capability": 1}],
                "issues": [{"id": "I", "title": "I"}],
                "stances": [{"actor": "A", "issue": "I", "position": 1, "salience": 2}],
            }
        )
    with pytest.raises(ScenarioError, match="position"):
        Stance.model_validate_json('{"actor": "A", "issue": "I", "position": "x", "salience": 1}')


def test_assignment_that_breaks_a_cross_reference_is_refused() -> None:
    s = load_bundled("ec-emissions-1994")
    stance = s.stances[0].model_copy(update={"actor": "nobody"})
    with pytest.raises(ScenarioError, match="unknown actor id"):
        s.stances = [*s.stances, stance]


def test_a_nan_position_is_refused_on_assignment() -> None:
    stance = load_bundled("ec-emissions-1994").stances[0]
    with pytest.raises(ScenarioError, match="finite"):
        stance.position = float("nan")


def test_institutions_are_typed_when_the_scenario_is_built() -> None:
    data = load_bundled("ukraine-2025-02").model_dump(mode="json")
    data["institutions"]["drafts"][0]["positions"] = {"ceasefire": "soon"}
    with pytest.raises(ScenarioError, match=r"institutions\.drafts\[0\]\.positions\.ceasefire"):
        Scenario.model_validate(data)
    data["institutions"]["drafts"][0]["positions"] = {"ceasefire": 50}
    data["institutions"]["drafts"][0]["colour"] = "red"
    with pytest.raises(ScenarioError, match=r"institutions\.drafts\[0\]\.colour"):
        Scenario.model_validate(data)


def test_the_json_schema_covers_the_institutions_section() -> None:
    from accord.scenario.schema import scenario_json_schema

    schema = scenario_json_schema()
    assert schema["properties"]["institutions"]["$ref"] == "#/$defs/Institutions"
    drafts = schema["$defs"]["Institutions"]["properties"]["drafts"]
    assert drafts["items"]["$ref"] == "#/$defs/Draft"
    assert "positions" in schema["$defs"]["Draft"]["required"]


@settings(max_examples=10, deadline=None)
@given(st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=4, max_size=8))
def test_check_names_a_stance_appended_in_place_with_an_unknown_actor(actor: str) -> None:
    # a list changed in place is not validated by pydantic: check() finds the fault
    s = load_bundled("ec-emissions-1994")
    assert s.check() is s
    s.stances.append(Stance(actor=actor, issue="emissions", position=5, salience=0.5))
    with pytest.raises(ScenarioError, match=r"stances\[10\]\.actor: unknown actor id") as caught:
        s.check()
    assert caught.value.problems[0].value == actor


def test_check_finds_a_consent_actor_and_a_horizon_changed_on_the_issue_alone() -> None:
    # assigning to the issue validates the issue, not its references to the scenario
    s = load_bundled("ukraine-2025-02")
    s.issue("minerals_deal").consent = ["ZZZ"]
    s.issue("territory").horizon = s.as_of.replace(year=2020)  # type: ignore[union-attr]
    with pytest.raises(ScenarioError) as caught:
        s.check()
    paths = [p.path for p in caught.value.problems]
    assert paths == ["issues[4].consent[0]", "issues[5].horizon"]


@settings(max_examples=25, deadline=None)
@given(st.text(min_size=1, max_size=20))
def test_an_unknown_actor_or_issue_id_is_named_with_the_known_ones(given_id: str) -> None:
    """Scenario.actor / .issue of an id it does not hold: the package's error (still a KeyError
    for callers that catch one), naming the id and listing the scenario's own ids."""
    scenario = load_bundled("ukraine-2025-02")
    actors = [a.id for a in scenario.actors]
    issues = [i.id for i in scenario.issues]
    if given_id not in actors:
        with pytest.raises(UnknownScenarioItem) as caught:
            scenario.actor(given_id)
        assert isinstance(caught.value, KeyError)
        message = str(caught.value)
        assert message.startswith(f"actor {given_id!r}: not in scenario 'ukraine-2025-02'")
        assert all(known in message for known in actors[:30])
    if given_id not in issues:
        with pytest.raises(KeyError, match=f"issue {re.escape(repr(given_id))}") as caught:
            scenario.issue(given_id)
        assert all(known in str(caught.value) for known in issues)


def test_a_long_actor_list_is_cut_with_a_count() -> None:
    scenario = Scenario.model_validate(
        {
            "id": "many",
            "title": "Many",
            "actors": [{"id": f"A{k}", "name": f"A{k}", "capability": 1} for k in range(40)],
            "issues": [{"id": "I", "title": "I"}],
        }
    )
    with pytest.raises(UnknownScenarioItem, match=r"A29 and 10 more$"):
        scenario.actor("B")
    assert scenario.actor("A39").id == "A39"
