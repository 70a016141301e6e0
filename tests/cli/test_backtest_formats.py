"""``accord backtest``: ``--from`` names the input data format and ``--format`` the output
(table|json|csv|parquet, issue 13 item 3); the old ``--format deu`` still works, with a
deprecation warning."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pandas as pd
import pytest

from tests.helpers import run_cli

HEADER = ["prnrnmc", "isnrnmc", "prname", "proc", "pcom", "pde", "pfr", "scom", "sde", "sfr",
          "rp", "out"]  # fmt: skip


@pytest.fixture(scope="module")
def deu(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Six proposals of two issues in the DEU III columns (positions 0-100, saliences,
    reference point, recorded outcome)."""
    rows = [HEADER, [""] * 5 + ["1", "1"] + [""] * 5]
    for proposal in range(1, 7):
        for issue in (1, 2):
            a, b = 10 * proposal, 100 - 7 * proposal * issue
            rows.append([str(proposal), str(issue), f"p{proposal}", "COD", str(a), str(b),
                         "50", "60", "40", "80", "0", str((a + b) // 2)])  # fmt: skip
    path = tmp_path_factory.mktemp("deu") / "deu.tsv"
    path.write_text("\n".join("\t".join(r) for r in rows) + "\n", encoding="utf-8")
    return path


def test_from_and_json_alias(deu: Path) -> None:
    args = ("backtest", str(deu), "--engines", "mean,median")
    code, old = run_cli(*args, "--from", "deu", "--json")
    assert code == 0, old
    code, new = run_cli(*args, "--format", "json")
    assert code == 0 and new.count("\n") == old.count("\n") == 1
    doc, again = json.loads(old), json.loads(new)
    for scores in (*doc["engines"].values(), *again["engines"].values()):
        scores.pop("seconds")  # timings differ between runs
    assert doc == again
    assert doc["format"] == "deu" and doc["cases"] == 6


def test_csv_has_one_row_per_engine(deu: Path) -> None:
    args = ("backtest", str(deu), "--engines", "mean,median")
    doc = json.loads(run_cli(*args, "--json")[1])
    code, output = run_cli(*args, "--format", "csv")
    assert code == 0, output
    frame = pd.read_csv(io.StringIO(output)).set_index("engine")
    assert list(frame.index) == ["mean", "median"]
    for name, scores in doc["engines"].items():
        assert frame.loc[name, "mae"] == pytest.approx(scores["mae"])
        assert frame.loc[name, "n"] == scores["n"] == 12
        assert frame.loc[name, "failures"] == 0


def test_per_issue_csv_to_file(deu: Path, tmp_path: Path) -> None:
    target = tmp_path / "scores.csv"
    args = ("backtest", str(deu), "--engines", "mean", "--per-issue")
    code, output = run_cli(*args, "--format", "csv", "--out", str(target))
    assert code == 0 and output == ""
    frame = pd.read_csv(target)
    doc = json.loads(run_cli(*args, "--json")[1])["engines"]["mean"]
    assert len(frame) == len(doc["issues"]) == 12
    assert frame["abs_error"].mean() == pytest.approx(doc["mae"])


def test_interval_csv(deu: Path) -> None:
    code, output = run_cli("backtest", str(deu), "--engines", "mean", "--interval", "0.8",
                           "--folds", "3", "--repeats", "1", "--format", "csv")  # fmt: skip
    assert code == 0, output
    frame = pd.read_csv(io.StringIO(output))
    assert {"engine", "mae", "coverage", "width", "fold_mae.sd"} <= set(frame.columns)


def test_old_input_format_spelling_warns(deu: Path) -> None:
    code, output = run_cli("backtest", str(deu), "--engines", "mean", "--format", "deu")
    assert code == 0, output
    assert "deprecated" in output and "--from deu" in output


@pytest.mark.parametrize(
    ("args", "needle"),
    [(("--from", "xls"), "'xls'"), (("--format", "xml"), "'xml'"),
     (("--json", "--format", "csv"), "--json")],
)  # fmt: skip
def test_bad_formats_exit_2(deu: Path, args: tuple[str, ...], needle: str) -> None:
    code, output = run_cli("backtest", str(deu), "--engines", "mean", *args)
    assert code == 2 and needle in output
