"""Session 34 (s34-provenance): the validation figures a paper cites and the sweep's table say
which accord made them, as session 33 made forecast, compare and backtest say it: the JSON of
``events evaluate`` and ``evidence evaluate`` ends with the ``"accord"`` block
(:func:`accord.provenance.provenance`), their tables gain ``accord_version``
(:func:`accord.provenance.version_string`); the sweep's JSON (and its Parquet metadata) the
block, its table ``accord_version`` before ``engine, seed, scenario``."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from accord.provenance import provenance, version_string
from tests.helpers import DATA, needs_parquet, run_cli

EVENTS = ("events", "evaluate", str(DATA / "news" / "diplomacy-2025.json"), "--split", "dev")
EVIDENCE = ("evidence", "evaluate", str(DATA / "news" / "evidence-gold.jsonl"), "--coder", "rules")
SWEEP = ("sweep", "ec-emissions-1994", "--vary", "Germany.capability=0.1:0.3", "--points", "2",
         "--seed", "1")  # fmt: skip


def _json(*args: str) -> dict[str, object]:
    code, output = run_cli(*args, "--json")
    assert code == 0, output
    doc: dict[str, object] = json.loads(output)
    return doc


def _csv(*args: str) -> pd.DataFrame:
    code, output = run_cli(*args, "--format", "csv")
    assert code == 0, output
    return pd.read_csv(io.StringIO(output), keep_default_na=False)


def test_events_evaluate_json_ends_with_the_accord_block() -> None:
    doc = _json(*EVENTS)
    assert list(doc)[-1] == "accord" and doc["accord"] == provenance()
    with_errors = _json(*EVENTS, "--errors")
    assert list(with_errors)[-2:] == ["errors", "accord"]


def test_events_evaluate_tables_carry_accord_version() -> None:
    scores = _csv(*EVENTS)
    assert list(scores.columns)[-1] == "accord_version"
    assert set(scores["accord_version"]) == {version_string()}
    errors = _csv(*EVENTS, "--errors")
    assert list(errors.columns)[-1] == "accord_version"


def test_evidence_evaluate_json_and_table_say_which_accord() -> None:
    doc = _json(*EVIDENCE)
    assert list(doc)[-1] == "accord" and doc["accord"] == provenance()
    frame = _csv(*EVIDENCE)
    assert list(frame.columns)[-1] == "accord_version"
    assert set(frame["accord_version"]) == {version_string()}


def test_sweep_json_table_and_parquet_say_which_accord(tmp_path: Path) -> None:
    needs_parquet()
    doc = _json(*SWEEP)
    assert list(doc)[-1] == "accord" and doc["accord"] == provenance()
    frame = _csv(*SWEEP)
    assert list(frame.columns)[-4:] == ["accord_version", "engine", "seed", "scenario"]
    assert set(frame["accord_version"]) == {version_string()}
    target = tmp_path / "sweep.parquet"
    code, output = run_cli(*SWEEP, "--format", "parquet", "--out", str(target))
    assert code == 0, output
    import pyarrow.parquet as pq

    table = pq.read_table(target)
    assert table.column_names[-4] == "accord_version"
    info = json.loads(table.schema.metadata[b"accord.sweep"])
    assert info["accord"] == provenance()


def test_backtest_table_ends_with_accord_version(tmp_path: Path) -> None:
    """``backtest --format csv`` (with and without ``--per-issue``): its JSON has had the block
    since session 33, its table had nothing of it."""
    from tests.cli.test_backtest_formats import HEADER

    rows = [HEADER, [""] * 5 + ["1", "1"] + [""] * 5]
    for proposal in range(1, 7):
        a, b = 10 * proposal, 100 - 7 * proposal
        rows.append([str(proposal), "1", f"p{proposal}", "COD", str(a), str(b),
                     "50", "60", "40", "80", "0", str((a + b) // 2)])  # fmt: skip
    deu = tmp_path / "deu.tsv"
    deu.write_text("\n".join("\t".join(r) for r in rows) + "\n", encoding="utf-8")
    for extra in ((), ("--per-issue",)):
        frame = _csv("backtest", str(deu), "--engines", "mean,median", *extra)
        # the settings that made it follow since session 44 (seed; folds, empty without learned)
        assert list(frame.columns)[-3:] == ["accord_version", "seed", "folds"]
        assert set(frame["accord_version"]) == {version_string()}


def test_votes_evaluate_and_rolling_say_which_accord(tmp_path: Path) -> None:
    needs_parquet()
    from tests.institutions.test_unvotes import write_dir

    write_dir(tmp_path, members=15, calls=90, sessions=3)
    for args in (
        ("votes", "evaluate", "--data", str(tmp_path), "--holdout-session", "3"),
        ("votes", "rolling", "--data", str(tmp_path), "--first", "2", "--last", "3"),
    ):
        doc = _json(*args)
        assert list(doc)[-1] == "accord" and doc["accord"] == provenance()
        frame = _csv(*args)
        assert list(frame.columns)[-1] == "accord_version"
        assert not any(c.startswith("accord.") for c in frame.columns)


def test_evidence_cv_json_and_table_say_which_accord(tmp_path: Path) -> None:
    from tests.news.evidence_helpers import demand_and_ceasefire

    rows = [r.model_dump(mode="json") for r in demand_and_ceasefire(("s1", "s2", "s3", "s4"))]
    for n, row in enumerate(rows):
        row["scenario"] = ("ukraine-2025-02", "minsk-2015-02")[n // 4]
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    doc = _json("evidence", "cv", str(gold))
    assert list(doc)[-1] == "accord" and doc["accord"] == provenance()
    frame = _csv("evidence", "cv", str(gold))
    assert list(frame.columns)[-1] == "accord_version"
    assert set(frame["accord_version"]) == {version_string()}


def test_provenance_runs_one_git_process_and_reads_its_status(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Start-up cost (docs/benchmarks.md): one ``git status --porcelain=v2 --branch`` gives the
    commit (its ``# branch.oid`` header) and whether ``src/`` differs (any other line)."""
    from accord import provenance as module

    head = "# branch.oid " + "ab" * 20 + "\n# branch.head main"
    for said, want in (
        (head, ("ab" * 20, False)),
        (head + "\n1 .M N... 100644 100644 100644 x y src/accord/a.py", ("ab" * 20, True)),
        (head + "\n? src/accord/new.py", ("ab" * 20, True)),
        ("# branch.oid (initial)\n# branch.head main", (None, None)),
        (None, (None, None)),
    ):
        calls: list[tuple[str, ...]] = []

        def git(
            root: Path, *args: str, said: str | None = said, calls: list[Any] = calls
        ) -> str | None:
            calls.append(args)
            return said

        module.provenance.cache_clear()
        monkeypatch.setattr(module, "_git", git)
        try:
            info = module.provenance()
            assert (info["commit"], info["dirty"]) == want
            if (module.Path(module.__file__).resolve().parents[2] / ".git").exists():
                assert calls == [("status", "--porcelain=v2", "--branch", "--", "src")]
        finally:
            module.provenance.cache_clear()


def test_the_table_view_runs_no_git(monkeypatch: pytest.MonkeyPatch) -> None:
    """``events evaluate`` printed as a table asks nothing of git: the block is made only for
    a document."""
    from accord import provenance as module

    def fail(*args: object) -> None:
        raise AssertionError("git asked for a table")

    module.provenance.cache_clear()
    monkeypatch.setattr(module, "_git", fail)
    try:
        code, output = run_cli(*EVENTS)
        assert code == 0, output
    finally:
        module.provenance.cache_clear()
