"""Session 44 (s44-leftovers): five reported faults, each checked and, where real, fixed.

1. ``votes predict`` printed ``P(adopted ...) = 1.000`` for a clear majority: three decimals of
   a probability whose complement, under the model's independent votes, is far below a double's
   resolution near 1; it now reads ``> 0.999`` (``< 0.001`` at the other end).
2. ``forecast --rows drafts|votes`` tables end with ``engine, seed, scenario``, as ``runs`` do.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pandas as pd
import pytest

from accord.cli import votes_commands
from accord.cli.app import out
from tests.helpers import run_cli

UKRAINE = ("votes", "predict", "--title", "Peace in Ukraine", "--date", "2025-02-24")


@pytest.mark.parametrize("kind", [(), ("--kind", "important")])
def test_a_clear_majority_is_not_printed_as_a_certainty(
    monkeypatch: pytest.MonkeyPatch, kind: tuple[str, ...]
) -> None:
    monkeypatch.setattr(out, "width", 200)
    code, output = run_cli(*UKRAINE, *kind)
    assert code == 0, output
    last = output.strip().splitlines()[-1]
    assert last.endswith(") > 0.999"), last
    assert "1.000" not in last
    code, output = run_cli(*UKRAINE, *kind, "--json")
    assert code == 0, output
    assert 0.999 < json.loads(output)["p_adopted"] <= 1.0  # the model's figure, unrounded


@pytest.mark.parametrize(
    ("p", "text"),
    [
        (1.0, "P > 0.999"),
        (0.999999999999999, "P > 0.999"),
        (0.9995, "P > 0.999"),
        (0.9994, "P = 0.999"),
        (0.5, "P = 0.500"),
        (0.0004, "P < 0.001"),
        (0.0, "P = 0.000"),
    ],
)
def test_probability_text(p: float, text: str) -> None:
    assert votes_commands._probability_text("P", p) == text


def test_forecast_drafts_and_votes_rows_say_which_scenario(tmp_path: Path) -> None:
    # 2: the `runs` rows ended with engine, seed, scenario; the drafts' and votes' rows had none
    for rows in ("drafts", "votes"):
        tables = []
        for name in ("ukraine-2025-02", "ec-emissions-1994"):
            code, output = run_cli("forecast", name, "--seed", "4", "--format", "csv",
                                   "--rows", rows)  # fmt: skip
            assert code == 0, output
            tables.append(pd.read_csv(io.StringIO(_csv(output))))
        both = pd.concat(tables)
        assert list(both.columns[-3:]) == ["engine", "seed", "scenario"], rows
        assert set(both["scenario"]) == {"ukraine-2025-02"}  # the other has no drafts
        assert set(both["engine"]) == {"mean"} and set(both["seed"]) == {4}
    target = tmp_path / "votes.parquet"
    args = ("forecast", "ukraine-2025-02", "--runs", "3", "--seed", "7", "--format", "parquet")
    code, output = run_cli(*args, "--rows", "votes", "--out", str(target))
    assert code == 0, output
    frame = pd.read_parquet(target)
    assert frame["scenario"].unique().tolist() == ["ukraine-2025-02"]
    assert frame["seed"].unique().tolist() == [7] and str(frame["seed"].dtype) == "Int64"


def test_resolutions_not_made_by_a_forecast_leave_the_columns_empty() -> None:
    import warnings

    import accord
    from accord.institutions.resolutions import Resolutions

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        made = accord.forecast("ukraine-2025-02", "mean")
    bare = Resolutions(made.resolutions.drafts)
    for frame in (bare.to_frame(), bare.votes_frame()):
        assert list(frame.columns[-3:]) == ["engine", "seed", "scenario"]
        assert frame[["engine", "seed", "scenario"]].isna().all().all()
    empty = accord.forecast("ec-emissions-1994", "mean").resolutions.votes_frame()
    assert list(empty.columns[-3:]) == ["engine", "seed", "scenario"] and len(empty) == 0


def _csv(output: str) -> str:
    """The CSV lines of a CLI output (the runner mixes stderr's notes into it)."""
    return "\n".join(
        line for line in output.splitlines() if not line.startswith(("warning:", "note:"))
    )
