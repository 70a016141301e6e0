"""`accord.forecast_many` and `accord.compare_many`: several scenarios, one DataFrame
(session 29), and the reading and checking they share with the CLI (`accord.forecast.batch`)."""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

import accord
from accord.errors import AccordWarning, EngineError, ScenarioError
from accord.forecast.batch import InvalidScenarios, read_batch
from tests.cli.test_class_lab_trial_s28 import BOTH

STUDENT = BOTH
"""Session 28's class-lab file (id ``climate-lab``), which every student's copy keeps."""


def _folder(tmp_path: Path, n: int = 2) -> tuple[Path, list[Path]]:
    """A class's folder of ``n`` files that all keep the template's id, and a subfolder."""
    folder = tmp_path / "class"
    folder.mkdir()
    paths = []
    for k in range(1, n + 1):
        path = folder / f"s{k:02d}.yaml"
        path.write_text(STUDENT.replace("position: 250", f"position: {200 + k}"), "utf-8")
        paths.append(path)
    (folder / "sub").mkdir()
    (folder / "sub" / "x.yaml").write_text("id: [", "utf-8")
    return folder, paths


def test_forecast_many_of_files_a_folder_an_id_and_objects(tmp_path: Path) -> None:
    folder, paths = _folder(tmp_path)
    scenario = accord.load_bundled("ec-emissions-1994")
    frame = accord.forecast_many([folder, "minsk-2015-02", scenario, scenario.model_dump()])
    assert list(frame.columns[-4:]) == ["engine", "seed", "scenario", "path"]
    paths_seen = list(dict.fromkeys(frame["path"].where(frame["path"].notna(), "-")))
    assert paths_seen == [str(paths[0]), str(paths[1]), "minsk-2015-02", "-"]
    # the same id twice: the path tells the students' rows apart
    assert list(frame["scenario"][[0, 2]]) == ["climate-lab", "climate-lab"]
    assert frame["forecast"][0] != frame["forecast"][2]  # finance, two students' files
    one = accord.forecast(paths[1]).to_frame()
    pd.testing.assert_frame_equal(
        frame.iloc[[2, 3]].drop(columns="path").reset_index(drop=True), one, check_dtype=False
    )


def test_one_path_or_folder_is_a_batch_of_its_files(tmp_path: Path) -> None:
    folder, _ = _folder(tmp_path, 3)
    assert accord.forecast_many(folder)["path"].nunique() == 3
    assert list(accord.forecast_many(str(folder / "s01.yaml"))["issue"]) == ["finance", "loss"]


def test_an_invalid_scenario_is_refused_with_every_error(tmp_path: Path) -> None:
    folder, _ = _folder(tmp_path)
    bad = folder / "s09.yaml"
    bad.write_text(STUDENT.replace("salience: 0.7", "salience: 7"), "utf-8")
    with pytest.raises(ScenarioError) as caught:
        accord.forecast_many([folder, "nowhere.yaml", {"id": "x"}])
    text = str(caught.value)
    assert text.startswith("3 of 5 scenarios invalid, nothing forecast (skip_invalid=True")
    assert f"{bad}: stances[0].salience: must be at most 1; " in text
    assert "for 7 out of 10 write 0.7, out of 100 0.07 (got 7)" in text
    assert "nowhere.yaml: no such file" in text
    assert "scenarios[2]: title: required field is missing" in text
    assert isinstance(caught.value, InvalidScenarios) and len(caught.value.refused) == 3


def test_skip_invalid_warns_and_keeps_the_errors_in_attrs(tmp_path: Path) -> None:
    folder, paths = _folder(tmp_path)
    bad = folder / "s09.yaml"
    bad.write_text(STUDENT.replace("salience: 0.7", "salience: 7"), "utf-8")
    with pytest.warns(AccordWarning, match=r"1 of 3 scenarios invalid, not forecast: .*s09"):
        frame = accord.compare_many(folder, ["mean", "median"], skip_invalid=True)
    assert list(dict.fromkeys(frame["path"])) == [str(p) for p in paths]
    assert list(frame.attrs["invalid"]) == [str(bad)]
    assert "stances[0].salience" in frame.attrs["invalid"][str(bad)]


def test_skip_invalid_with_none_valid_raises(tmp_path: Path) -> None:
    with pytest.raises(ScenarioError, match="1 of 1 scenarios invalid, nothing forecast:"):
        accord.forecast_many(["nowhere.yaml"], skip_invalid=True)


def test_every_scenario_of_an_ensemble_runs_with_one_recorded_seed(tmp_path: Path) -> None:
    folder, _ = _folder(tmp_path)
    frame = accord.forecast_many(folder, "bdm", runs=20)
    assert frame["seed"].nunique() == 1 and frame["mean"].notna().all()
    again = accord.forecast_many(folder, "bdm", runs=20, seed=int(frame["seed"][0]))
    pd.testing.assert_frame_equal(frame, again)


def test_compare_many_and_its_engine_checks() -> None:
    frame = accord.compare_many(["ec-emissions-1994", "minsk-2015-02"], "median")
    assert set(frame["engine"]) == {"median"} and frame["path"].nunique() == 2
    with pytest.raises(EngineError, match="unknown engine 'nosuch'"):
        accord.compare_many(["ec-emissions-1994"], ["nosuch"])


def test_an_engine_that_cannot_run_names_the_scenario() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with pytest.raises(EngineError) as caught:
            accord.forecast_many(["ec-emissions-1994", "minsk-2015-02"], "learned")
    assert str(caught.value).startswith("ec-emissions-1994: ")


def test_read_batch_keeps_the_order_given_and_each_error(tmp_path: Path) -> None:
    folder, paths = _folder(tmp_path)
    batch = read_batch(["ec-emissions-1994", folder, tmp_path / "none", 3])  # type: ignore[list-item]
    assert [g.path for g in batch.given] == ["ec-emissions-1994", *map(str, paths)]
    assert [r.path for r in batch.refused] == [str(tmp_path / "none"), "scenarios[3]"]
    assert "got int" in str(batch.refused[1]) and batch.total == 5


def test_skip_invalid_where_no_scenario_can_run_raises(tmp_path: Path) -> None:
    folder, _ = _folder(tmp_path)
    with pytest.raises(ScenarioError, match="2 of 2 scenarios invalid, nothing forecast:"):
        accord.forecast_many(folder, "learned", skip_invalid=True)


class _Picky:
    """The mean engine, which cannot run on a scenario whose id is ``climate-lab``."""

    name = "mean"
    summary = "the mean, but not on the class's template"

    def run(self, scenario: Any, params: Any = None, seed: int | None = None) -> Any:
        if scenario.id == "climate-lab":
            raise EngineError(f"cannot run on {scenario.id}")
        return accord.get_engine("mean").run(scenario, params, seed)


def test_skip_invalid_warns_of_a_scenario_the_engine_cannot_run(tmp_path: Path) -> None:
    folder, _ = _folder(tmp_path)
    with pytest.warns(AccordWarning, match="1 of 2 scenarios invalid, not forecast: .*s01"):
        frame = accord.forecast_many(
            [folder / "s01.yaml", "ec-emissions-1994"], _Picky(), skip_invalid=True
        )
    assert list(frame["scenario"]) == ["ec-emissions-1994"]
    assert frame.attrs["invalid"] == {
        str(folder / "s01.yaml"): f"{folder / 's01.yaml'}: cannot run on climate-lab"
    }
