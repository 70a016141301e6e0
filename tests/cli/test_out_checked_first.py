"""``--out`` of the csv/parquet outputs is checked before a command does its work.

A slow run must not end in "cannot write there": the work functions are replaced by ones that
fail the test if called, so the only way to pass is to refuse the destination first.
"""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

from tests.helpers import needs_parquet, run_cli


def _must_not_run(*args: object, **kwargs: object) -> None:
    raise AssertionError("the work ran before --out was checked")


@pytest.mark.parametrize(
    ("target", "argv"),
    [
        ("accord.forecast.compare.compare", ["compare", "ukraine-2025-02"]),
        ("accord.forecast.explain.explain", ["explain", "ukraine-2025-02"]),
        ("accord.scenario.resolve", ["forecast", "ukraine-2025-02"]),
    ],
)
@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_unwritable_out_is_refused_before_the_work(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, target: str, argv: list[str], fmt: str
) -> None:
    if fmt == "parquet":
        needs_parquet()
    module, name = target.rsplit(".", 1)
    monkeypatch.setattr(importlib.import_module(module), name, _must_not_run)
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    code, output = run_cli(*argv, "--format", fmt, "--out", str(blocker / f"result.{fmt}"))
    assert code == 2
    assert "--out" in output and "cannot" in output
    assert "the work ran" not in output


def test_a_directory_as_out_is_refused(tmp_path: Path) -> None:
    code, output = run_cli("compare", "ukraine-2025-02", "--format", "csv", "--out", str(tmp_path))
    assert code == 2
    assert "is a directory" in output
