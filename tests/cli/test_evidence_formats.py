"""`accord evidence evaluate` and `evidence cv` write their figures as tidy tables
(``--format csv|parquet``), like the other result-printing commands (issue 13)."""

from __future__ import annotations

import io
import json

import pandas as pd
from typer.testing import CliRunner

from accord.cli import app
from accord.frames import evidence_cv_frame
from tests.helpers import ROOT

GOLD = ROOT / "tests" / "data" / "news" / "evidence-gold.jsonl"
runner = CliRunner()


def test_evidence_evaluate_csv_rows_match_the_json() -> None:
    as_json = runner.invoke(app, ["evidence", "evaluate", str(GOLD), "--coder", "rules", "--json"])
    as_csv = runner.invoke(app, ["evidence", "evaluate", str(GOLD), "--coder", "rules",
                                 "--format", "csv"])  # fmt: skip
    assert as_json.exit_code == 0 and as_csv.exit_code == 0, as_csv.output
    figures = json.loads(as_json.stdout)
    frame = pd.read_csv(io.StringIO(as_csv.stdout))
    assert list(frame["scope"]) == [*sorted(figures["by_scenario"]), "overall", "actor+issue"]
    overall = frame.set_index("scope").loc["overall"]
    assert overall["correct"] == figures["overall"]["correct"]
    assert overall["predicted"] == figures["overall"]["predicted"]
    same = runner.invoke(app, ["evidence", "evaluate", str(GOLD), "--coder", "rules",
                               "--format", "json"])  # fmt: skip
    assert same.stdout == as_json.stdout


def test_evidence_cv_frame_has_a_row_per_fold_and_the_pooled_row() -> None:
    score = {"predicted": 4, "correct": 3, "precision": 0.75, "recall": 0.5}
    before = {"predicted": 5, "correct": 2, "precision": 0.4, "recall": 0.33}
    report = {
        "folds": [
            {"fold": "a", "chosen": "x", "test": score, "baseline_test": before},
            {"fold": "b", "chosen": "y", "test": before, "baseline_test": score},
        ],
        "pooled_test": score,
        "baseline_pooled_test": before,
    }
    frame = evidence_cv_frame(report)
    assert list(frame["fold"]) == ["a", "b", "pooled"]
    assert frame.loc[1, "precision"] == 0.4 and frame.loc[1, "before_precision"] == 0.75
    assert frame.loc[2, "before_correct"] == 2
