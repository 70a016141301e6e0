"""``--format table|json|csv|parquet`` and ``--out`` on ``votes evaluate``, ``votes rolling``,
``votes ukraine`` and ``events evaluate`` (issue 13, item 3): ``--json`` stays an alias whose
output is byte for byte that of ``--format json``, and the csv/parquet table carries the same
figures as the JSON document."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pandas as pd
import pytest

from tests.helpers import DATA, needs_parquet, run_cli
from tests.institutions.test_unvotes import write_dir

GOLD = DATA / "news" / "diplomacy-2025.json"


def _json_alias(*args: str) -> dict[str, object]:
    """Run ``args`` with ``--json`` and with ``--format json``; same bytes, parsed once."""
    code, old = run_cli(*args, "--json")
    assert code == 0, old
    code, new = run_cli(*args, "--format", "json")
    assert code == 0, new
    assert old == new and old.count("\n") == 1
    doc: dict[str, object] = json.loads(old)
    return doc


def _csv(*args: str) -> pd.DataFrame:
    code, output = run_cli(*args, "--format", "csv")
    assert code == 0, output
    return pd.read_csv(io.StringIO(output))


@pytest.fixture(scope="module")
def votes_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("unvotes")
    write_dir(path, members=15, calls=90, sessions=3)
    return path


def test_votes_evaluate_formats(votes_dir: Path) -> None:
    needs_parquet()
    args = ("votes", "evaluate", "--data", str(votes_dir), "--holdout-session", "3")
    doc = _json_alias(*args)
    frame = _csv(*args)
    assert len(frame) == 1 and frame.loc[0, "holdout_session"] == 3
    assert frame.loc[0, "accuracy"] == pytest.approx(doc["accuracy"])
    baselines = doc["baselines"]
    assert isinstance(baselines, dict)
    for name, value in baselines.items():
        assert frame.loc[0, f"baselines.{name}"] == pytest.approx(value)
    assert frame.loc[0, "trained_sessions"] == "1;2"
    assert not any(c.startswith("reliability") for c in frame.columns)


def test_votes_evaluate_puts_always_adopted_beside_adoption(votes_dir: Path) -> None:
    """Trial s26, finding 8: the share of roll calls adopted correctly has its reference, the
    share an "always adopted" forecast gets (the JSON's baseline_adoption_accuracy.always_yes)."""
    needs_parquet()
    args = ("votes", "evaluate", "--data", str(votes_dir), "--holdout-session", "3")
    doc = _json_alias(*args)
    assert {"accuracy", "n", "f1", "baselines"} <= set(doc)
    reference = doc["baseline_adoption_accuracy"]
    adoption = doc["adoption_accuracy"]
    assert isinstance(reference, dict) and isinstance(adoption, float)
    code, output = run_cli(*args)
    assert code == 0, output
    expected = (
        f"adoption correct on {adoption:.1%} of roll calls "
        f'("always adopted": {reference["always_yes"]:.1%})'
    )
    assert expected in " ".join(output.split())


def test_votes_rolling_writes_one_row_per_session(votes_dir: Path, tmp_path: Path) -> None:
    needs_parquet()
    args = ("votes", "rolling", "--data", str(votes_dir), "--first", "2", "--last", "3")
    doc = _json_alias(*args)
    target = tmp_path / "rolling.csv"
    code, output = run_cli(*args, "--format", "csv", "--out", str(target))
    assert code == 0 and output == ""  # no per-session lines mixed into machine output
    frame = pd.read_csv(target)
    per = doc["per_session"]
    assert isinstance(per, list)
    assert list(frame["holdout_session"]) == [r["holdout_session"] for r in per] == [2, 3]
    assert list(frame["margin"]) == pytest.approx([r["margin"] for r in per])


def test_votes_ukraine_formats(tmp_path: Path) -> None:
    doc = _json_alias("votes", "ukraine")
    frame = _csv("votes", "ukraine")
    texts = doc["texts"]
    assert isinstance(texts, list) and texts
    assert list(frame["symbol"]) == [t["symbol"] for t in texts]
    assert set(frame["date"]) == {doc["date"]}
    # Recorded tally of A/RES/ES-11/7, 24 Feb 2025: 93-18-65 (CNA report, "Europeans win UN
    # clash with US over rival Ukraine resolutions", the source in ess11.json).
    row = frame.set_index("symbol").loc["A/RES/ES-11/7"]
    assert (row["recorded.yes"], row["recorded.no"], row["recorded.abstain"]) == (93, 18, 65)
    assert list(frame["combined.yes"]) == pytest.approx([t["combined"]["yes"] for t in texts])


def test_votes_ukraine_session_share_option() -> None:
    """``--session-share`` adds the tilted forecast to every format; without it, none."""
    doc = _json_alias("votes", "ukraine", "--session-share")
    texts = doc["texts"]
    assert isinstance(texts, list) and len(texts) == 2
    frame = _csv("votes", "ukraine", "--session-share")
    assert list(frame["session_share.yes"]) == pytest.approx(
        [t["session_share"]["yes"] for t in texts]
    )
    code, table = run_cli("votes", "ukraine", "--session-share")
    assert code == 0
    code, plain = run_cli("votes", "ukraine")
    assert code == 0
    # one more column (rich wraps the headers on a narrow terminal: count the separators)
    assert table.splitlines()[1].count("┳") == plain.splitlines()[1].count("┳") + 1 == 6
    assert "session_share.yes" not in _csv("votes", "ukraine").columns


def test_events_evaluate_formats() -> None:
    args = ("events", "evaluate", str(GOLD), "--split", "dev")
    doc = _json_alias(*args)
    frame = _csv(*args).set_index("type")
    per_type = doc["per_type"]
    assert isinstance(per_type, dict)
    assert list(frame.index) == [*per_type, "ALL"]
    for kind, row in per_type.items():
        assert frame.loc[kind, "gold"] == row["gold"]
        assert frame.loc[kind, "precision"] == pytest.approx(row["precision"])
    assert frame.loc["ALL", "gold"] == doc["n"]
    assert frame.loc["ALL", "f1"] == pytest.approx(doc["event_f1"], abs=1e-3)


def test_events_evaluate_parquet(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    target = tmp_path / "coding.parquet"
    code, output = run_cli(
        "events", "evaluate", str(GOLD), "--split", "dev", "--format", "parquet", "--out",
        str(target),
    )  # fmt: skip
    assert code == 0, output
    assert pd.read_parquet(target).iloc[-1]["type"] == "ALL"


@pytest.mark.parametrize(
    "args",
    [
        ("events", "evaluate", str(GOLD), "--json", "--format", "csv"),
        ("votes", "ukraine", "--format", "xml"),
    ],
)
def test_bad_format_is_one_line_exit_2(args: tuple[str, ...]) -> None:
    code, output = run_cli(*args)
    assert code == 2 and ("--format" in output or "--json" in output)


SWEEP = ("sweep", "ec-emissions-1994", "--vary", "Germany.capability=0.1:0.3", "--points", "2",
         "--seed", "1")  # fmt: skip


def test_sweep_uses_the_shared_options(tmp_path: Path) -> None:
    """``sweep`` takes the shared ``--format``/``--json`` and ``--out`` (``--output`` kept)."""
    doc = _json_alias(*SWEEP)
    frame = _csv(*SWEEP)
    assert doc["points"] == 2 and doc["seed"] == 1
    assert not frame.empty
    for flag in ("--out", "--output"):
        target = tmp_path / f"sweep{flag}.csv"
        code, output = run_cli(*SWEEP, "--format", "csv", flag, str(target))
        assert code == 0, output
        assert pd.read_csv(target).equals(frame)
    code, output = run_cli(*SWEEP, "--json", "--format", "csv")
    assert code == 2 and "--json" in output
