"""Session 44 (s44-leftovers): five reported faults, each checked and, where real, fixed.

1. ``votes predict`` printed ``P(adopted ...) = 1.000`` for a clear majority: three decimals of
   a probability whose complement, under the model's independent votes, is far below a double's
   resolution near 1; it now reads ``> 0.999`` (``< 0.001`` at the other end).
2. ``forecast --rows drafts|votes`` tables end with ``engine, seed, scenario``, as ``runs`` do.
3. ``backtest``'s tables end with the settings that made them (``seed, folds``; with
   ``--interval`` ``seed, interval_level, folds, repeats``).
4. (tests/web/test_ledger_not_a_database_s44.py)
5. A read of ``--db sqlite://`` (an in-memory database, empty in every command) is refused, as
   before with exit status 2, by a message that names the option and the value and says why.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pandas as pd
import pytest

from accord.cli.app import out
from accord.text import probability_text
from tests.helpers import needs_parquet, run_cli

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
    assert probability_text(p, name="P") == text  # accord.text since s44-leftovers2


def test_forecast_drafts_and_votes_rows_say_which_scenario(tmp_path: Path) -> None:
    # 2: the `runs` rows ended with engine, seed, scenario; the drafts' and votes' rows had none
    needs_parquet()
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


def test_backtest_tables_say_their_seed_and_folds(tmp_path: Path) -> None:
    # 3: a backtest's CSV carried no seed and no fold settings
    needs_parquet()
    from tests.cli.test_backtest_formats import HEADER

    rows = [HEADER, [""] * 5 + ["1", "1"] + [""] * 5]
    for proposal in range(1, 7):
        for issue in (1, 2):
            a, b = 10 * proposal, 100 - 7 * proposal * issue
            rows.append([str(proposal), str(issue), f"p{proposal}", "COD", str(a), str(b),
                         "50", "60", "40", "80", "0", str((a + b) // 2)])  # fmt: skip
    deu = tmp_path / "deu.tsv"
    deu.write_text("\n".join("\t".join(r) for r in rows) + "\n", encoding="utf-8")
    base = ("backtest", str(deu), "--engines", "mean,median", "--seed", "3")
    for extra in ((), ("--per-issue",)):
        code, output = run_cli(*base, *extra, "--format", "csv")
        assert code == 0, output
        frame = pd.read_csv(io.StringIO(output))
        assert list(frame.columns[-3:]) == ["accord_version", "seed", "folds"]
        assert set(frame["seed"]) == {3} and frame["folds"].isna().all()  # no learned
    code, output = run_cli(*base, "--json")
    assert json.loads(output)["seed"] == 3 and "folds" not in json.loads(output)
    target = tmp_path / "intervals.parquet"
    code, output = run_cli(*base, "--interval", "0.8", "--folds", "3", "--repeats", "2",
                           "--format", "parquet", "--out", str(target))  # fmt: skip
    assert code == 0, output
    frame = pd.read_parquet(target)
    settings = ["accord_version", "seed", "interval_level", "folds", "repeats"]
    assert list(frame.columns[-5:]) == settings
    assert frame[settings[1:]].drop_duplicates().values.tolist() == [[3, 0.8, 3, 2]]
    # the library's tables end the same way
    import accord

    made = accord.backtest(deu, "mean", seed=5, interval=0.8, folds=3, repeats=1).to_frame()
    assert made[settings[1:]].values.tolist() == [[5, 0.8, 3, 1]]
    plain = accord.backtest(deu, "mean", seed=5).to_frame()
    assert plain["seed"].tolist() == [5] and plain["folds"].isna().all()


@pytest.mark.parametrize(
    ("command", "what"),
    [
        (("ledger", "list"), "ledger"),
        (("ledger", "show", "1"), "ledger"),
        (("ledger", "score"), "ledger"),
        (("documents",), "news store"),
        (("events",), "news store"),
        (("timeline", "RUS"), "news store"),
    ],
)
@pytest.mark.parametrize("url", ["sqlite://", "sqlite:///:memory:"])
def test_a_read_of_an_in_memory_database_says_why_it_is_refused(
    monkeypatch: pytest.MonkeyPatch, command: tuple[str, ...], what: str, url: str
) -> None:
    # 5: refused with exit status 2 as before, the message naming --db and its value and why
    # (it said "sqlite://: no ledger there yet (record a forecast into it first ...)", which
    # an in-memory database, new in every command, can never be)
    monkeypatch.setattr(out, "width", 200)
    code, output = run_cli(*command, "--db", url)
    assert code == 2, output
    said = " ".join(output.split())
    assert f"--db {url!r}: an in-memory database" in said, said
    assert f"never holds a {what} to read" in said and "first" not in said
