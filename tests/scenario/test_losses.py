"""``not_kept``: the fields a conversion changed or dropped, found by reading the file back."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.scenario import bundled_ids, load, load_bundled, save
from accord.scenario.losses import not_kept


@pytest.mark.parametrize("scenario_id", bundled_ids())
@pytest.mark.parametrize("name", ["s.yaml", "s.json", "tables"])
def test_formats_that_hold_everything_lose_nothing(
    scenario_id: str, name: str, tmp_path: Path
) -> None:
    scenario = load_bundled(scenario_id)
    path = tmp_path / name
    save(scenario, path, "stance-csv" if name == "tables" else None)
    assert not_kept(scenario, load(path)) == []


def test_ktab_csv_drops_the_question_and_its_evidence(tmp_path: Path) -> None:
    """The bundled Ukraine case written as KTAB CSV: what docs/scenario-format.md says it
    loses, plus the ids and dates the format has no column for."""
    scenario = load_bundled("ukraine-2025-02")
    path = tmp_path / "u.csv"
    save(scenario, path)
    lost = not_kept(scenario, load(path))
    for field in ("issues[].status_quo", "issues[].horizon", "issues[].consent"):
        assert field in lost
    for field in ("stances[].leverage", "stances[].evidence", "sources", "institutions"):
        assert field in lost
    assert "stances[].salience" not in lost and "actors[].capability" not in lost


EDITS = {
    "actors[].note": lambda s: s.actors[1].model_copy(update={"note": "changed"}),
    "issues[].keywords": lambda s: s.issues[0].model_copy(update={"keywords": ["changed"]}),
    "stances[].salience": lambda s: s.stances[2].model_copy(update={"salience": 0.123}),
}


@settings(max_examples=9, deadline=None)
@given(field=st.sampled_from(sorted(EDITS)), scenario_id=st.sampled_from(bundled_ids()))
def test_one_changed_field_is_named_alone(field: str, scenario_id: str) -> None:
    before = load_bundled(scenario_id)
    kind = field.split("[")[0]
    items = list(getattr(before, kind))
    index = {"actors": 1, "issues": 0, "stances": 2}[kind]
    items[index] = EDITS[field](before)
    after = before.model_copy(update={kind: items})
    assert not_kept(before, after) == [field]


def test_numbers_within_rounding_are_kept() -> None:
    before = load_bundled("ec-emissions-1994")
    stances = list(before.stances)
    stances[0] = stances[0].model_copy(update={"position": stances[0].position * (1 + 1e-13)})
    assert not_kept(before, before.model_copy(update={"stances": stances})) == []
