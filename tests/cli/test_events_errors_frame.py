"""``accord events evaluate --errors --format csv|parquet`` writes the miscoded records."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from tests.helpers import DATA, needs_parquet, run_cli

GOLD = DATA / "news" / "seed-article.json"


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_errors_file_holds_every_miscoded_record(tmp_path: Path, fmt: str) -> None:
    if fmt == "parquet":
        needs_parquet()
    code, output = run_cli("events", "evaluate", str(GOLD), "--errors", "--json")
    assert code == 0, output
    errors = json.loads(output)["errors"]
    assert errors, "the seed-article gold has records the rules coder gets wrong"
    target = tmp_path / f"errors.{fmt}"
    code, output = run_cli(
        "events", "evaluate", str(GOLD), "--errors", "--format", fmt, "--out", str(target)
    )
    assert code == 0, output
    frame = pd.read_csv(target) if fmt == "csv" else pd.read_parquet(target)
    assert list(frame["id"]) == [e["id"] for e in errors]
    assert list(frame["got"].fillna("NONE")) == [e["got"] or "NONE" for e in errors]
    first = errors[0]
    assert frame.loc[0, "text"] == first["text"]
    assert (
        frame.loc[0, "gold_source"] if isinstance(frame.loc[0, "gold_source"], str) else ""
    ) == (";".join(first["gold_source"]))


def test_without_errors_the_file_holds_the_scores(tmp_path: Path) -> None:
    target = tmp_path / "scores.csv"
    code, output = run_cli("events", "evaluate", str(GOLD), "--format", "csv", "--out", str(target))
    assert code == 0, output
    assert list(pd.read_csv(target).columns) == [
        "type",
        "gold",
        "predicted",
        "precision",
        "recall",
        "f1",
        "accord_version",  # which code made the scores (session 34)
    ]
