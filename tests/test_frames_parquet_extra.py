"""Without pyarrow (the ``[parquet]`` extra), every Parquet output is refused up front with a
one-line error naming the option, never an ImportError traceback after the work is done."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from accord.cli import app
from accord.errors import AccordError
from accord.frames import require_pyarrow
from accord.news.corpus import ingest_corpus

_find_spec = importlib.util.find_spec


@pytest.fixture
def no_pyarrow(monkeypatch: pytest.MonkeyPatch) -> None:
    def find_spec(name: str, *args: Any, **kwargs: Any) -> Any:
        return None if name.split(".")[0] == "pyarrow" else _find_spec(name, *args, **kwargs)

    monkeypatch.setattr(importlib.util, "find_spec", find_spec)


def test_require_pyarrow_names_the_option(no_pyarrow: None) -> None:
    with pytest.raises(AccordError, match=r"^--format parquet needs pyarrow: pip install"):
        require_pyarrow("--format parquet")


def test_corpus_to_parquet_is_refused_before_any_shard(no_pyarrow: None, tmp_path: Path) -> None:
    shard = tmp_path / "in.jsonl"
    shard.write_text('{"text": "Macron met Trump in Washington."}\n', encoding="utf-8")
    out = tmp_path / "events"
    with pytest.raises(AccordError, match=r"--parquet .*events needs pyarrow"):
        ingest_corpus([shard], url=None, parquet=out)
    assert not out.exists()


def test_sweep_to_parquet_is_refused_before_the_sweep(no_pyarrow: None, tmp_path: Path) -> None:
    target = tmp_path / "sweep.parquet"
    done = CliRunner().invoke(
        app,
        [
            "sweep", "ukraine-2025-02", "--engine", "mean",
            "--vary", "USA.ceasefire.position=0:100:50",
            "--format", "parquet", "--output", str(target),
        ],
    )  # fmt: skip
    assert done.exit_code == 2
    assert "needs pyarrow" in done.output and "Traceback" not in done.output
    assert not target.exists()
