"""The learned DEU forecaster as a forecast engine: registration, conformance, the inputs it
needs (and the refusal that names what is missing), `accord forecast --engine learned` with
conformal intervals."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from accord.engines import ENGINES, get_engine
from accord.engines.estimators import Learned
from accord.errors import EngineError
from accord.forecast import learned
from accord.forecast.deu import read_deu
from accord.forecast.intervals import conformal_quantile, load_residuals
from accord.scenario.arrays import stance_arrays
from accord.scenario.io import save
from accord.scenario.model import Scenario
from accord.testing import check_engine
from accord.testing.checks import small_scenarios
from tests.helpers import run_cli


def test_registered_as_an_entry_point_and_passes_check_engine() -> None:
    from importlib.metadata import entry_points

    assert "learned" in {ep.name for ep in entry_points(group="accord.engines")}
    assert "learned" in ENGINES
    engine = get_engine("learned")
    assert isinstance(engine, Learned) and repr(engine) == "Learned()"
    check_engine(engine)  # on its check_scenarios(); refuses the generic ones
    check_engine(Learned(procedure="COD", voting_rule="QMV"))
    assert not hasattr(engine, "run_batch")  # no batch kernel: no procedural facts in a batch


def test_options_are_typed_with_deu_spellings() -> None:
    engine = Learned(proc="cod", counvte="Unan")
    assert engine.get_params()["procedure"] == "COD"
    assert engine.get_params()["voting_rule"] == "unanimity"
    assert repr(engine) == "Learned(procedure='COD', voting_rule='unanimity')"
    with pytest.raises(EngineError, match="procedure"):
        Learned(procedure="ordinary")
    with pytest.raises(EngineError, match="no_such"):
        Learned(no_such=1)


def test_refuses_a_scenario_without_the_inputs_naming_each() -> None:
    generic = small_scenarios()[0]
    with pytest.raises(EngineError) as info:
        get_engine("learned").run(generic)
    message = str(info.value)
    for needed in ("procedure", "voting rule", "status_quo", "'com'"):
        assert needed in message, needed
    example = learned.example_scenarios()[0]  # co-decision
    data = example.model_dump()
    data["issues"][1]["status_quo"] = None
    data["issues"][0]["scale"] = {"low": 0.0, "high": 10.0}
    data["stances"] = [s for s in data["stances"] if s["issue"] != "i1" or s["position"] <= 10]
    data["stances"] = [
        s for s in data["stances"] if not (s["actor"] == "ep" and s["issue"] == "i1")
    ]
    with pytest.raises(EngineError) as info:
        get_engine("learned").run(Scenario.model_validate(data))
    message = str(info.value)
    assert "status_quo) on issue(s) i2" in message
    assert "the DEU scale 0..100 on issue(s) i1" in message
    assert "Parliament (co-decision)'s position ('ep') on issue(s) i1" in message
    assert "procedure" not in message  # the scenario carries it


def test_parliament_needed_only_under_codecision() -> None:
    example = learned.example_scenarios()[1]  # consultation
    data = example.model_dump()
    data["stances"] = [s for s in data["stances"] if s["actor"] != "ep"]
    data["actors"] = [a for a in data["actors"] if a["id"] != "ep"]
    run = get_engine("learned").run(Scenario.model_validate(data))
    assert np.all(np.isfinite(run.outcome))
    with pytest.raises(EngineError, match="no actor 'ep'"):
        get_engine("learned").run(Scenario.model_validate(data), {"procedure": "COD"})


def test_engine_equals_the_model_on_deu_proposals(shared: Path) -> None:
    """On every development-split proposal with all inputs the engine's outcome is the shipped
    model's prediction from the backtest's rows (one feature code for both); proposals with an
    issue lacking a reference point or a Commission position are refused."""
    cases = read_deu(shared / "data" / "deu3" / "deu3-train.tsv")
    model = learned.load()
    engine = get_engine("learned")
    ran = refused = 0
    for case in cases:
        try:
            run = engine.run(case.scenario)
        except EngineError as exc:
            assert "reference point" in str(exc) or "position" in str(exc)
            refused += 1
            continue
        ran += 1
        rows = learned.issue_rows([case])
        got = [run.outcome_of(key.split("/")[1]) for key in rows.keys]
        assert np.allclose(got, model.predict(rows))
        mean = get_engine("mean").run(case.scenario).outcome
        assert np.allclose(rows.mean, mean[~np.isnan(mean)])
    assert ran > 30 and refused > 0


def test_outcome_is_the_mean_plus_the_fitted_correction() -> None:
    """Computed by hand from the shipped coefficients for the co-decision example."""
    example = learned.example_scenarios()[0]
    run = get_engine("learned").run(example)
    mean = get_engine("mean").run(example).outcome
    doc = json.loads(
        (Path(learned.__file__).parent / "data" / "learned-deu.json").read_text(encoding="utf-8")
    )
    x, _ = learned.feature_matrix(
        stance_arrays(example), learned.reference_points(example), learned.Facts("COD", True)
    )
    z = (x - np.array(doc["center"])) / np.array(doc["scale"])
    expected = np.clip(mean + doc["intercept"] + z @ np.array(doc["coef"]), 0, 100)
    assert np.allclose(run.outcome, expected)
    assert not np.allclose(run.outcome, mean)  # the correction is not nothing


def test_cli_forecast_with_learned_and_intervals(tmp_path: Path) -> None:
    path = tmp_path / "cod.yaml"
    save(learned.example_scenarios()[0], path)
    code, output = run_cli(
        "forecast", str(path), "--engine", "learned", "--interval", "0.8", "--json"
    )
    assert code == 0, output
    doc = json.loads(output[output.index("{") :])
    assert doc["engine"] == "learned"
    assert doc["params"]["procedure"] == "COD" and doc["params"]["voting_rule"] == "QMV"
    radius = conformal_quantile(np.asarray(load_residuals()["learned"]), 0.8)
    assert doc["intervals"]["radius"] == radius
    for issue in doc["issues"]:
        low, high = doc["intervals"]["issues"][issue["id"]]
        assert low == pytest.approx(max(0.0, issue["forecast"] - radius))
        assert high == pytest.approx(min(100.0, issue["forecast"] + radius))
    code, output = run_cli("forecast", str(path), "--engine", "learned", "--interval", "0.8")
    assert code == 0 and "conformal intervals (learned" in output


def test_cli_refusals_are_one_line_without_traceback(tmp_path: Path) -> None:
    code, output = run_cli("forecast", "ec-emissions-1994", "--engine", "learned")
    assert code == 2
    assert "engine 'learned' cannot forecast scenario 'ec-emissions-1994'" in output
    path = tmp_path / "cod.yaml"
    save(learned.example_scenarios()[0], path)
    code, output = run_cli("forecast", str(path), "--engine", "learned", "--runs", "10")
    assert code == 2 and "no batch kernel" in output
    code, output = run_cli(
        "forecast", str(path), "--engine", "learned", "--param", "voting_rule=majority"
    )
    assert code == 2 and "voting_rule" in output


def test_learned_residuals_are_out_of_fold(shared: Path) -> None:
    """The shipped calibration errors of `learned` are not its in-sample errors."""
    cases = read_deu(shared / "data" / "deu3" / "deu3-train.tsv")
    rows = learned.issue_rows(cases)
    known = ~np.isnan(rows.y)
    in_sample = np.sort(np.abs(learned.load().predict(rows)[known] - rows.y[known]))
    shipped = np.asarray(load_residuals()["learned"])
    assert shipped.size == known.sum()
    assert not np.allclose(shipped, in_sample)


def test_library_backtest_scores_learned_out_of_fold(shared: Path) -> None:
    """`accord.backtest(file, ["learned"])` never scores the shipped model on its own
    training proposals: it gives the CLI's out-of-fold figure on all 169 issues."""
    import accord
    from accord.forecast.backtest import learned_score

    deu = shared / "data" / "deu3" / "deu3-train.tsv"
    scores = accord.backtest(deu, ["mean", "learned"])
    expected = learned_score(read_deu(deu))
    assert scores["learned"].n == 169 == scores["mean"].n
    assert scores["learned"].mae == pytest.approx(expected.mae)
    assert list(scores) == ["mean", "learned"]
