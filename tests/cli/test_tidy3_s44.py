"""Session 44's tidy3: a ledger table of no rows has the columns and the Parquet types of a
full one; each test fails on the code before the fix."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from accord.cli import app

runner = CliRunner()


def _invoke(*args: str) -> str:
    done = runner.invoke(app, list(args))
    assert done.exit_code == 0, done.output
    return done.stdout


@pytest.fixture(scope="module")
def ledger(tmp_path_factory: pytest.TempPathFactory) -> str:
    db = f"sqlite:///{tmp_path_factory.mktemp('ledger') / 'ledger.db'}"
    _invoke("ledger", "record-bundled", "--db", db)
    return db


# 1. a ledger table of no rows (ec-emissions-1994: bundled, never recorded nor resolved) or of
# resolutions only (a ledger holding one record of another scenario) has the columns and the
# Parquet types of the full table, and pyarrow.dataset reads them together


@pytest.mark.parametrize("command", [("list",), ("score", "--per-forecast")])
def test_a_ledger_table_of_no_rows_has_the_full_tables_columns_and_types(
    tmp_path: Path, ledger: str, command: tuple[str, ...]
) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    ds = pytest.importorskip("pyarrow.dataset")
    files = []
    for name, scenario in (("full", ()), ("none", ("--scenario", "ec-emissions-1994"))):
        path = tmp_path / f"{name}.parquet"
        args = ("ledger", *command, "--db", ledger, *scenario, "--format", "parquet")
        _invoke(*args, "--out", str(path))
        files.append(path)
    full, empty = (pq.read_table(f) for f in files)
    assert empty.num_rows == 0 and full.num_rows > 0
    assert [(f.name, f.type) for f in empty.schema] == [(f.name, f.type) for f in full.schema]
    for order in (files, files[::-1]):
        both = ds.dataset([str(f) for f in order]).to_table()
        assert both.num_rows == full.num_rows
        assert both.schema.names == full.schema.names


def test_a_ledger_of_resolutions_only_lists_every_column(tmp_path: Path, ledger: str) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    one = f"sqlite:///{tmp_path / 'one.db'}"
    _invoke("forecast", "ec-emissions-1994", "--runs", "5", "--record", "--db", one)
    paths = {}
    for name, db in (("full", ledger), ("resolutions", one)):
        paths[name] = tmp_path / f"{name}.parquet"
        args = ("--scenario", "ukraine-2025-02", "--format", "parquet", "--out", str(paths[name]))
        _invoke("ledger", "list", "--db", db, *args)
    full, resolutions = (pq.read_table(p) for p in paths.values())
    assert set(resolutions.column("kind").to_pylist()) == {"resolution"}
    assert resolutions.schema == full.schema.remove_metadata().with_metadata(
        resolutions.schema.metadata
    )
    kinds = {f.name: str(f.type) for f in full.schema}
    assert kinds["annulled"] == "large_string"  # the reason, text even where none is given
    assert kinds["seed"] == kinds["supersedes"] == kinds["in_favour"] == "int64"
    assert kinds["outcome"] == kinds["p_adopted"] == "double"
    assert kinds["agreed"] == kinds["adopted"] == "bool"
