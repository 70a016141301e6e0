"""Session 44's tidy3: ``accord backtest``'s seed and folds are the library's
(``accord.forecast.backtest.backtest(..., folds=)``'s ``settings``), not worked out apart by
the command; ``accord.backtest(FILE, ..., folds=3)`` scores learned in 3 folds as the command
does. Each test fails on the code before the change."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import accord
from accord.forecast import backtest as library
from tests.helpers import run_cli


def _six(shared: Path, folder: Path) -> Path:
    """The DEU training file cut to its first 6 proposals (its two header lines kept)."""
    lines = (shared / "data" / "deu3" / "deu3-train.tsv").read_text().splitlines()
    kept, seen = lines[:2], []
    for line in lines[2:]:
        proposal = line.split("\t")[2]
        if proposal not in seen and len(seen) == 6:
            break
        seen += [] if proposal in seen else [proposal]
        kept.append(line)
    path = folder / "deu-6.tsv"
    path.write_text("\n".join(kept) + "\n")
    return path


def test_the_library_and_the_command_score_learned_alike(shared: Path, tmp_path: Path) -> None:
    six = _six(shared, tmp_path)
    scores = accord.backtest(six, ["mean", "learned"], folds=3)
    assert scores.settings == {"seed": 0, "folds": 3}
    code, output = run_cli(
        "backtest", str(six), "--engines", "mean,learned", "--folds", "3", "--json"
    )
    assert code == 0, output
    document = json.loads(output)
    assert document["folds"] == 3
    for name in ("mean", "learned"):
        assert document["engines"][name]["mae"] == scores[name].mae


def test_the_command_writes_the_librarys_settings(
    shared: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = library.backtest

    def told(*args: Any, **kwargs: Any) -> library.BacktestScores:
        scores = real(*args, **kwargs)
        scores.settings = {**scores.settings, "folds": 4}  # the one source of the settings
        return scores

    monkeypatch.setattr(library, "backtest", told)
    six = _six(shared, tmp_path)
    code, output = run_cli("backtest", str(six), "--engines", "mean,learned", "--json")
    assert code == 0, output
    assert json.loads(output)["folds"] == 4
