"""`accord validate`, `accord convert` and `accord forecast` on files of every format."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from accord.cli import app
from accord.scenario import dumps, load, load_bundled
from tests.helpers import ROOT

runner = CliRunner()


def _yaml_with_bad_salience(tmp_path: Path) -> tuple[Path, int]:
    data = yaml.safe_load(dumps(load_bundled("ec-emissions-1994"), "yaml"))
    data["stances"][3]["salience"] = 1.7
    path = tmp_path / "bad.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path, 3


def test_validate_reports_bad_salience(tmp_path: Path) -> None:
    path, index = _yaml_with_bad_salience(tmp_path)
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 2
    assert f"stances[{index}].salience" in result.output
    assert "1.7" in result.output
    assert "bad.yaml" in result.output
    assert "Traceback" not in result.output


def test_validate_accepts_good_files(tmp_path: Path, shared: Path) -> None:
    good = tmp_path / "good.yaml"
    good.write_text(dumps(load_bundled("ec-emissions-1994"), "yaml"), encoding="utf-8")
    files = [
        good,
        shared / "reference" / "ktab" / "dummyData_3Dim.csv",
        shared / "reference" / "bdm" / "ExampleActors.csv",
    ]
    result = runner.invoke(app, ["validate", *map(str, files)])
    assert result.exit_code == 0, result.output
    assert result.output.count("ok:") == 3


def test_validate_mixed_files_exit_2(tmp_path: Path) -> None:
    bad, _ = _yaml_with_bad_salience(tmp_path)
    good = tmp_path / "good.json"
    good.write_text(dumps(load_bundled("ec-emissions-1994"), "json"), encoding="utf-8")
    result = runner.invoke(app, ["validate", str(good), str(bad)])
    assert result.exit_code == 2
    assert "ok:" in result.output and "invalid:" in result.output


def test_validate_accepts_bundled_ids_as_show_does(tmp_path: Path) -> None:
    """`validate ID` reads a bundled id as `show`, `forecast` and `convert` do (it said "no
    such file"); an id that is neither a file nor bundled is refused naming the bundled ones."""
    from accord.scenario.catalogue import bundled_ids

    ids = bundled_ids()
    result = runner.invoke(app, ["validate", *ids])
    assert result.exit_code == 0, result.output
    for scenario_id in ids:
        s = load_bundled(scenario_id)
        issues = "1 issue" if len(s.issues) == 1 else f"{len(s.issues)} issues"
        line = f"ok: {scenario_id} ({s.id}: {len(s.actors)} actors, {issues}"
        assert line in result.output
    missing = runner.invoke(app, ["validate", "no-such-scenario", str(tmp_path / "gone.yaml")])
    assert missing.exit_code == 2
    assert "no bundled scenario 'no-such-scenario'" in missing.output
    assert "gone.yaml: no such file, and not a bundled scenario id" in missing.output
    assert ids[0] in missing.output
    assert runner.invoke(app, ["show", "no-such-scenario"]).exit_code == 2


def test_validate_names_the_xml_fault(shared: Path) -> None:
    result = runner.invoke(app, ["validate", str(shared / "reference" / "ktab" / "smpExample.xml")])
    assert result.exit_code == 2
    assert "line 32" in result.output
    assert "dCoord[0]" in result.output


def test_convert_ktab_csv_to_yaml(shared: Path, tmp_path: Path) -> None:
    source = shared / "reference" / "ktab" / "dummyData_3Dim.csv"
    target = tmp_path / "out.yaml"
    result = runner.invoke(app, ["convert", str(source), str(target)])
    assert result.exit_code == 0, result.output
    converted = load(target)
    original = load(source)
    assert converted == original
    assert len(converted.actors) == 7 and len(converted.issues) == 3


def test_convert_bdm_csv_to_json(shared: Path, tmp_path: Path) -> None:
    source = shared / "reference" / "bdm" / "ExampleActors.csv"
    target = tmp_path / "out.json"
    result = runner.invoke(app, ["convert", str(source), str(target)])
    assert result.exit_code == 0, result.output
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["title"] == "ExampleActors"
    assert [a["id"] for a in data["actors"]][:3] == ["Netherlands", "Belgium", "Luxembourg"]
    assert load(target) == load(source)


@pytest.mark.parametrize(
    ("to", "name"),
    [("bdm-csv", "back.csv"), ("ktab-csv", "back.csv"), ("ktab-xml", "back.xml")],
)
def test_convert_back_to_csv_and_xml(shared: Path, tmp_path: Path, to: str, name: str) -> None:
    source = shared / "reference" / "bdm" / "ExampleActors.csv"
    middle = tmp_path / "mid.yaml"
    assert runner.invoke(app, ["convert", str(source), str(middle)]).exit_code == 0
    target = tmp_path / name
    result = runner.invoke(app, ["convert", str(middle), str(target), "--to", to])
    assert result.exit_code == 0, result.output
    again = load(target)
    original = load(source)
    assert [a.capability for a in again.actors] == [a.capability for a in original.actors]
    if to == "bdm-csv":
        assert [s.position for s in again.stances] == [s.position for s in original.stances]


def test_convert_many_issues_to_bdm_fails_clearly(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["convert", "ukraine-2025-02", str(tmp_path / "x.csv"), "--to", "bdm-csv"]
    )
    assert result.exit_code == 2
    assert "one issue" in result.output
    assert not (tmp_path / "x.csv").exists()


def test_convert_unrecognised_csv(tmp_path: Path) -> None:
    source = tmp_path / "table.csv"
    source.write_text("a,b,c\n1,2,3\n", encoding="utf-8")
    result = runner.invoke(app, ["convert", str(source), str(tmp_path / "out.yaml")])
    assert result.exit_code == 2
    assert "ktab-csv or bdm-csv" in result.output


@pytest.mark.parametrize(
    "relative", ["ktab/dummyData_3Dim.csv", "ktab/SOE-Policy.csv", "bdm/WW1.csv"]
)
def test_forecast_reads_files_by_content(shared: Path, tmp_path: Path, relative: str) -> None:
    # Copied under a neutral extension, the format is told from the content alone.
    source = tmp_path / "scenario.txt"
    source.write_text((shared / "reference" / relative).read_text(encoding="utf-8"), "utf-8")
    result = runner.invoke(app, ["forecast", str(source), "--engine", "mean", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert len(data["issues"]) == len(load(shared / "reference" / relative).issues)


def test_the_guide_example_is_valid(tmp_path: Path) -> None:
    """The first YAML example of docs/scenario-format.md validates."""
    guide = ROOT / "docs" / "scenario-format.md"
    text = guide.read_text(encoding="utf-8")
    example = text.split("```yaml\n", 1)[1].split("```", 1)[0]
    path = tmp_path / "example.yaml"
    path.write_text(example, encoding="utf-8")
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 0, result.output
    s = load(path)
    assert s.stance("UK", "emissions") is not None
    assert s.sources[0].id == "hansard"
