"""A scenario written by hand with a mistake: `accord forecast FILE` and `accord validate FILE`
name the file, the field and the value, in YAML and in JSON (session 19). Before, a mistake in
the institutions section reached `accord forecast` from the drafts' engine, without the file."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.helpers import run_cli


def _scenario() -> dict[str, Any]:
    """A small valid scenario with a Security Council draft."""
    return {
        "id": "mini",
        "title": "Mini",
        "as_of": "2025-02-24",
        "actors": [
            {"id": "USA", "name": "United States", "country": "USA", "capability": 0.3},
            {"id": "RUS", "name": "Russia", "country": "RUS", "capability": 0.3},
            {"id": "FRA", "name": "France", "country": "FRA", "capability": 0.2},
        ],
        "issues": [
            {"id": "ceasefire", "title": "Ceasefire", "scale": {"low": 0, "high": 100},
             "status_quo": 50},
        ],
        "stances": [
            {"actor": "USA", "issue": "ceasefire", "position": 80, "salience": 0.8},
            {"actor": "RUS", "issue": "ceasefire", "position": 20, "salience": 0.6},
            {"actor": "FRA", "issue": "ceasefire", "position": 70, "salience": 0.5},
        ],
        "institutions": {
            "bodies": [{"id": "unsc", "rule": "unsc", "date": "2025-02-24"}],
            "drafts": [
                {"id": "S/1", "body": "unsc", "sponsors": ["USA"], "date": "2025-02-24",
                 "title": "A draft", "positions": {"ceasefire": 75}},
            ],
        },
    }  # fmt: skip


def _unknown_sponsor(d: dict[str, Any]) -> None:
    d["institutions"]["drafts"][0]["sponsors"] = ["NOSUCH"]


def _unknown_bloc_actor(d: dict[str, Any]) -> None:
    d["institutions"]["blocs"] = {"NOSUCH": {"members": ["DEU"]}}


def _salience(d: dict[str, Any]) -> None:
    d["stances"][0]["salience"] = 1.8


def _position(d: dict[str, Any]) -> None:
    d["stances"][0]["position"] = 180


def _duplicate_actor(d: dict[str, Any]) -> None:
    d["actors"].append({"id": "FRA", "name": "France again", "capability": 0.1})


def _control_character(d: dict[str, Any]) -> None:
    d["actors"][1]["id"] = "RU\tS"  # accepted until session 39, as a carriage return or NUL was


def _stance_issue(d: dict[str, Any]) -> None:
    d["stances"][2]["issue"] = "sanctions"


def _no_issues(d: dict[str, Any]) -> None:
    del d["issues"]


def _draft_issue(d: dict[str, Any]) -> None:
    d["institutions"]["drafts"][0]["positions"] = {"sanctions": 75}


MISTAKES = {
    # mistake: (edit, field, what the message says, value)
    "unknown actor in an institution": (
        _unknown_sponsor,
        "institutions.drafts[0].sponsors[0]",
        "unknown sponsor",
        "'NOSUCH'",
    ),
    "unknown bloc actor": (
        _unknown_bloc_actor, "institutions.blocs.NOSUCH", "unknown actor", "'NOSUCH'"
    ),
    "salience out of range": (_salience, "stances[0].salience", "must be at most 1", "1.8"),
    "position outside the scale": (
        _position, "stances[0].position", "position outside the scale", "180.0"
    ),
    "duplicate actor": (
        _duplicate_actor, "actors[3].id", "duplicate actor id, as actors[2]", "'FRA'"
    ),
    "stance on a missing issue": (
        _stance_issue, "stances[2].issue", "unknown issue", "'sanctions'"
    ),
    "control character in an id": (
        _control_character,
        "actors[1].id",
        "must be a short identifier: no commas, semicolons, line breaks or other control",
        "'RU\\tS'",
    ),
    "no issues": (_no_issues, "issues", "required field is missing", ""),
    "draft on a missing issue": (
        _draft_issue, "institutions.drafts[0].positions", "unknown issue", "'sanctions'"
    ),
}  # fmt: skip


def _write(path: Path, data: dict[str, Any]) -> Path:
    text = json.dumps(data) if path.suffix == ".json" else yaml.safe_dump(data, sort_keys=False)
    path.write_text(text, encoding="utf-8")
    return path


def test_the_scenario_without_a_mistake_forecasts(tmp_path: Path) -> None:
    code, output = run_cli("forecast", str(_write(tmp_path / "ok.yaml", _scenario())))
    assert code == 0, output
    assert "S/1" in output  # the draft was read


@pytest.mark.parametrize("suffix", [".yaml", ".json"])
@pytest.mark.parametrize("mistake", list(MISTAKES))
def test_each_mistake_names_the_file_the_field_and_the_value(
    tmp_path: Path, mistake: str, suffix: str
) -> None:
    edit, field, says, value = MISTAKES[mistake]
    data = _scenario()
    edit(data)
    path = _write(tmp_path / f"hand{suffix}", data)
    for command in ("forecast", "validate"):
        code, output = run_cli(command, str(path))
        assert code == 2, output
        line = " ".join(output.split())  # the console wraps long lines
        assert f"{path}: {field}: {says}" in line, line
        assert f"(got {value})" in line or not value, line


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    salience=st.one_of(st.floats(max_value=-1e-9), st.floats(min_value=1 + 1e-9)),
    position=st.one_of(st.floats(max_value=-1e-9), st.floats(min_value=100 + 1e-9)),
)
def test_any_salience_or_position_out_of_range_is_refused_by_field(
    tmp_path: Path, salience: float, position: float
) -> None:
    for key, value in (("salience", salience), ("position", position)):
        data = _scenario()
        data["stances"][1][key] = value
        path = _write(tmp_path / "value.json", data)
        code, output = run_cli("validate", str(path))
        assert code == 2, output
        line = " ".join(output.split())
        assert f"{path}: stances[1].{key}:" in line, line
        if not math.isfinite(value):
            assert "finite" in line or "must be" in line, line
