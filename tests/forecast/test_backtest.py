"""DEU III reading and the backtest command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from accord.cli import app
from accord.errors import FormatError
from accord.forecast.backtest import backtest
from accord.forecast.deu import NICE_VOTES, read_deu

runner = CliRunner()


@pytest.fixture(scope="module")
def deu_file(shared: Path) -> Path:
    return shared / "data" / "deu3" / "deu3-train.tsv"


def test_nice_votes_total_352() -> None:
    # Treaty of Nice weights with Croatia (2013-2014): 352 votes in all, 28 members.
    assert sum(NICE_VOTES.values()) == 352
    assert len(NICE_VOTES) == 28


def test_reads_every_proposal(deu_file: Path) -> None:
    cases = read_deu(deu_file)
    # shared/README.md: the development split has 71 proposals and 171 issues;
    # two issues have no recorded outcome.
    assert len(cases) == 71
    assert sum(len(c.scenario.issues) for c in cases) == 171
    assert sum(len(c.outcome) for c in cases) == 169


def test_baseline_errors_match_the_notes(deu_file: Path) -> None:
    # shared/notes/models.md: on this split the capability x salience weighted mean misses by
    # about 23 points on average, the weighted median by about 29.
    scores = backtest(read_deu(deu_file), ["mean", "median"])
    assert scores["mean"].n == 169
    mean_mae, median_mae = scores["mean"].mae, scores["median"].mae
    assert mean_mae is not None and median_mae is not None
    assert abs(mean_mae - 23) < 1.0
    assert abs(median_mae - 29) < 1.0


def _write(tmp_path: Path, rows: list[list[str]]) -> Path:
    path = tmp_path / "deu.tsv"
    path.write_text("\n".join("\t".join(r) for r in rows) + "\n", encoding="utf-8")
    return path


HEADER = [
    "prnrnmc",
    "isnrnmc",
    "prname",
    "proc",
    "pcom",
    "pde",
    "pfr",
    "scom",
    "sde",
    "sfr",
    "rp",
    "out",
]


def test_small_file_and_cli_json(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        [
            HEADER,
            [""] * 5 + ["1", "1"] + [""] * 5,
            ["1", "1", "x", "CNS", "100", "0", "50", "80", "50", "", "0", "40"],
        ],
    )
    (case,) = read_deu(path)
    assert case.procedure == "CNS"
    assert case.outcome == {"i1": 40.0}
    # fr has no salience: the documented default 0.5 applies.
    assert case.scenario.stance("fr", "i1").salience == 0.5  # type: ignore[union-attr]
    result = runner.invoke(
        app, ["backtest", str(path), "--engines", "mean", "--json", "--per-issue"]
    )
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    expected = (29 * 0.8 * 100 + 29 * 0.5 * 0 + 29 * 0.5 * 50) / (29 * 0.8 + 29 * 0.5 + 29 * 0.5)
    assert doc["engines"]["mean"]["n"] == 1
    assert doc["engines"]["mean"]["mae"] == pytest.approx(abs(expected - 40))


@pytest.mark.parametrize(
    ("row", "needle"),
    [
        (["1", "1", "x", "COD", "abc", "0", "50", "80", "50", "50", "0", "40"], "pcom"),
        (["1", "1", "x", "COD", "150", "0", "50", "80", "50", "50", "0", "40"], "pcom"),
        (["1", "1", "x", "COD", "100"], "columns"),
    ],
)
def test_malformed_rows_name_row_and_column(tmp_path: Path, row: list[str], needle: str) -> None:
    path = _write(tmp_path, [HEADER, [""] * len(HEADER), row])
    with pytest.raises(FormatError) as info:
        read_deu(path)
    assert "row 3" in str(info.value) and needle in str(info.value)
    assert str(path) in str(info.value)


def test_cli_errors_exit_2(tmp_path: Path) -> None:
    path = _write(tmp_path, [["a", "b"], ["1", "2"], ["3", "4"]])
    result = runner.invoke(app, ["backtest", str(path), "--engines", "mean"])
    assert result.exit_code == 2
    assert "not a DEU III TSV file" in result.output  # none of the columns (s24-trial)
    result = runner.invoke(app, ["backtest", str(path), "--from", "xls"])
    assert result.exit_code == 2 and "xls" in result.output


def test_proposal_with_no_positions_is_a_format_error(tmp_path: Path) -> None:
    # A proposal on which no actor states a position cannot be a scenario (it has no actors):
    # a clear error naming the file and proposal, not a pydantic traceback.
    path = _write(
        tmp_path,
        [
            HEADER,
            [""] * len(HEADER),
            ["7", "1", "x", "CNS", "", "", "", "", "", "", "0", "40"],
        ],
    )
    with pytest.raises(FormatError) as info:
        read_deu(path)
    assert str(path) in str(info.value) and "7" in str(info.value)
    result = runner.invoke(app, ["backtest", str(path), "--engines", "mean"])
    assert result.exit_code == 2, result.output


def test_the_scores_are_typed_with_the_cli_json_and_a_frame(deu_file: Path) -> None:
    """`accord.backtest` returns BacktestScores (session 19; a bare dict before): still a dict
    by engine, with the `accord backtest --json` entries and a tidy frame."""
    import accord

    scores = accord.backtest(deu_file, ["median", "mean"])
    assert list(scores) == ["median", "mean"] and scores["mean"].n == 169
    result = runner.invoke(
        app, ["backtest", str(deu_file), "--engines", "median,mean", "--json", "--per-issue"]
    )
    assert result.exit_code == 0, result.output
    cli = json.loads(result.stdout)["engines"]
    mine = scores.to_dict(per_issue=True)
    for doc in (*cli.values(), *mine.values()):
        doc.pop("seconds")  # compute time, the one figure that differs between two runs
    assert mine == cli
    frame = scores.to_frame()
    assert list(frame["engine"]) == ["median", "mean"]
    assert list(frame["mae"]) == [scores["median"].mae, scores["mean"].mae]
    per_issue = scores.to_frame(per_issue=True)
    assert len(per_issue) == scores["median"].n + scores["mean"].n
