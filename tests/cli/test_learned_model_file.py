"""A learned-model file (``accord forecast --engine learned --param model=FILE``) with a field
of the wrong kind is refused, naming the file, the field and the value (session 20: a binary
file and a ``coef`` of another length ended in tracebacks; a nested ``center``, a NaN or zero
``scale`` gave forecasts)."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.engines import get_engine
from accord.forecast import learned
from accord.scenario.io import save
from tests.helpers import run_cli

N = len(learned.FEATURES)
SHIPPED = learned.load().to_dict()


@pytest.fixture(scope="module")
def deu_scenario(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("learned") / "deu.yaml"
    save(get_engine("learned").check_scenarios()[0], path)
    return path


def _forecast(scenario: Path, model: Path) -> tuple[int, str]:
    return run_cli("forecast", str(scenario), "--engine", "learned", "--param", f"model={model}")


def test_the_shipped_model_written_out_forecasts(deu_scenario: Path, tmp_path: Path) -> None:
    model = tmp_path / "model.json"
    model.write_text(json.dumps(SHIPPED))
    assert _forecast(deu_scenario, model)[0] == 0  # so each refusal below is its field's


CHANGED: list[tuple[str, Any, str]] = [
    ("coef", [1.0], "coef: expected 12 numbers, one per input (got an array of shape (1,))"),
    ("center", [[1.0]], "center: expected 12 numbers, one per input (got an array of shape"),
    ("center", "abc", "center: expected 12 numbers (got 'abc')"),
    ("scale", [0.0] * N, "scale[0]: must be positive (got 0)"),
    ("intercept", "x", "intercept: expected a number (got 'x')"),
    ("trained_on", 5, "trained_on: expected a list of proposal ids (got 5)"),
    ("info", [1, 2], "info: expected a mapping (got [1, 2])"),
]


@pytest.mark.parametrize(("name", "value", "words"), CHANGED)
def test_a_field_of_the_wrong_kind_is_named(
    name: str, value: Any, words: str, deu_scenario: Path, tmp_path: Path
) -> None:
    model = tmp_path / "model.json"
    model.write_text(json.dumps({**SHIPPED, name: value}))
    code, output = _forecast(deu_scenario, model)
    assert code == 2 and f"model.json: {words}" in output


def test_a_missing_field_and_a_binary_file_are_named(deu_scenario: Path, tmp_path: Path) -> None:
    model = tmp_path / "model.json"
    model.write_text(json.dumps({k: v for k, v in SHIPPED.items() if k != "coef"}))
    code, output = _forecast(deu_scenario, model)
    assert code == 2 and "model.json: coef: missing from the learned model" in output
    model.write_bytes(b"\x93NUMPY\x01\x00")
    code, output = _forecast(deu_scenario, model)
    assert code == 2 and "model.json: not a learned-model document (byte 0 is not UTF-8" in output


@settings(max_examples=25, deadline=None)
@given(
    name=st.sampled_from(["center", "scale", "coef"]),
    at=st.integers(0, N - 1),
    value=st.sampled_from([float("nan"), float("inf"), float("-inf")]),
)
def test_a_non_finite_number_in_a_per_input_array_is_named(
    name: str, at: int, value: float, deu_scenario: Path
) -> None:
    values = list(SHIPPED[name])
    values[at] = value
    with tempfile.TemporaryDirectory() as folder:
        model = Path(folder) / "model.json"
        model.write_text(
            json.dumps({**SHIPPED, name: values})
        )  # NaN and Infinity, as Python writes
        code, output = _forecast(deu_scenario, model)
    assert code == 2 and f"model.json: {name}[{at}]: must be finite (got {value})" in output
