"""The generated JSON Schema: committed copy is current, and it accepts and rejects sensibly."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from typer.testing import CliRunner

from accord.cli import app
from accord.scenario import bundled_ids, load_bundled
from accord.scenario.io import scenario_to_data
from accord.scenario.schema import scenario_json_schema, scenario_json_schema_text
from tests.helpers import ROOT

COMMITTED = ROOT / "docs" / "schema" / "scenario.schema.json"


def test_committed_schema_is_current() -> None:
    assert COMMITTED.read_text(encoding="utf-8") == scenario_json_schema_text(), (
        "docs/schema/scenario.schema.json is stale: run "
        "`accord schema --out docs/schema/scenario.schema.json`"
    )


def test_schema_is_valid_draft_2020_12() -> None:
    jsonschema.Draft202012Validator.check_schema(scenario_json_schema())


@pytest.mark.parametrize("scenario_id", bundled_ids())
def test_bundled_scenarios_satisfy_the_schema(scenario_id: str) -> None:
    data = scenario_to_data(load_bundled(scenario_id))
    jsonschema.Draft202012Validator(scenario_json_schema()).validate(data)


def _errors(data: dict[str, Any]) -> list[str]:
    validator = jsonschema.Draft202012Validator(scenario_json_schema())
    return [e.json_path for e in validator.iter_errors(data)]


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("stances", 0, "salience"), 1.7),
        (("actors", 0, "country"), "France"),
        (("actors", 0, "capability"), -1),
        (("actors", 0, "kind"), "empire"),
        (("actors", 0, "id"), "a, b"),
    ],
)
def test_schema_rejects_field_faults(path: tuple[str | int, ...], value: Any) -> None:
    data = scenario_to_data(load_bundled(bundled_ids()[0]))
    holder: Any = data
    for step in path[:-1]:
        holder = holder[step]
    holder[path[-1]] = value
    expected = "$." + ".".join(f"[{p}]" if isinstance(p, int) else p for p in path)
    assert expected.replace(".[", "[") in _errors(data)


def test_schema_command_prints_and_writes(tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == scenario_json_schema()
    target = tmp_path / "out" / "scenario.schema.json"
    target.parent.mkdir()  # a missing folder is refused since session 46 (a typo made one)
    result = runner.invoke(app, ["schema", "--out", str(target)])
    assert result.exit_code == 0, result.output
    assert target.read_text(encoding="utf-8") == scenario_json_schema_text()


def test_formats_command_lists_every_format() -> None:
    result = CliRunner().invoke(app, ["formats"])
    assert result.exit_code == 0, result.output
    for name in ("yaml", "json", "ktab-csv", "ktab-xml", "bdm-csv"):
        assert name in result.stdout
