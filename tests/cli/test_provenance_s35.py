"""Session 35 (s35-provenance2): the outputs session 34 left without provenance say which accord
made them: the JSON of ``explain``, ``power``, ``backtest-fit --compare``, ``votes predict``,
``votes ukraine`` and ``ledger score`` ends with the ``"accord"`` block
(:func:`accord.provenance.provenance`), their tables (``--format csv|parquet``) end with
``accord_version`` (:func:`accord.provenance.version_string`); the library's
``Explanation.to_dict()`` / ``to_frame()`` and ``PowerIndices.to_dict()`` / ``to_frame()``
carry the same."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from accord.provenance import provenance, version_string
from tests.helpers import needs_parquet, run_cli

EXPLAIN = ("explain", "ec-emissions-1994", "--top", "2")
POWER_BODY = ("power", "--body", "unsc")
POWER_GAME = ("power", "--weights", "3,2,1", "--quota", "4", "--index", "banzhaf")


def _json(*args: str) -> dict[str, object]:
    code, output = run_cli(*args, "--json")
    assert code == 0, output
    doc: dict[str, object] = json.loads(output)
    return doc


def _csv(*args: str) -> pd.DataFrame:
    code, output = run_cli(*args, "--format", "csv")
    assert code == 0, output
    return pd.read_csv(io.StringIO(output), keep_default_na=False)


def _says_which_accord(doc: dict[str, object], frame: pd.DataFrame) -> None:
    assert list(doc)[-1] == "accord" and doc["accord"] == provenance()
    assert list(frame.columns)[-1] == "accord_version"
    assert set(frame["accord_version"]) == {version_string()}


def test_explain_json_and_table_say_which_accord() -> None:
    doc = _json(*EXPLAIN)
    assert list(doc) == ["scenario", "engine", "seed", "moves", "issues", "warnings", "accord"]
    frame = _csv(*EXPLAIN)
    # since session 43: accord_version, then engine, seed, scenario (as a sweep's table ends)
    assert list(frame.columns)[-4:] == ["accord_version", "engine", "seed", "scenario"]
    assert list(doc)[-1] == "accord" and doc["accord"] == provenance()
    assert set(frame["accord_version"]) == {version_string()}


def test_explain_library_exports_carry_it() -> None:
    from accord.forecast.explain import explain
    from accord.scenario import load_bundled

    made = explain(load_bundled("ec-emissions-1994"), "mean", top=2)
    assert made.to_dict()["accord"] == provenance()
    assert set(made.to_frame()["accord_version"]) == {version_string()}


@pytest.mark.parametrize("args", [POWER_BODY, POWER_GAME])
def test_power_json_and_table_say_which_accord(args: tuple[str, ...]) -> None:
    doc = _json(*args)
    frame = _csv(*args)
    _says_which_accord(doc, frame)
    assert list(frame.columns)[:4] == ["player", "index", "value", "exact"]
    if args == POWER_BODY:  # the body's keys come before the block, as before it; the date of
        # the members since session 37 (s37-un's trial, finding 10) also without --year
        assert list(doc)[-5:] == ["body", "kind", "date", "quotas", "accord"]
    else:
        assert list(doc)[-3:] == ["quota", "weights", "accord"]


def test_power_library_exports_carry_it() -> None:
    import accord

    made = accord.power([3, 2, 1], quota=4)
    assert list(made.to_dict())[-1] == "accord" and made.to_dict()["accord"] == provenance()
    assert list(made.to_frame().columns)[-1] == "accord_version"


def _deu(tmp_path: Path) -> Path:
    """Twelve one-issue proposals in the DEU layout."""
    from tests.cli.test_backtest_formats import HEADER

    rows = [HEADER, [""] * 5 + ["1", "1"] + [""] * 5]
    for proposal in range(1, 13):
        a, b = (7 * proposal) % 90, 100 - (11 * proposal) % 80
        rows.append([str(proposal), "1", f"p{proposal}", ("COD", "CNS")[proposal % 2], str(a),
                     str(b), "50", "60", "40", "80", "0", str((a + b) // 2)])  # fmt: skip
    deu = tmp_path / "deu.tsv"
    deu.write_text("\n".join("\t".join(r) for r in rows) + "\n", encoding="utf-8")
    return deu


def test_backtest_fit_files_say_which_accord_fitted_them(tmp_path: Path) -> None:
    """The fitted model's ``info`` and the ``--residuals`` file carry the block."""
    needs_parquet()
    model, residuals = tmp_path / "learned.json", tmp_path / "residuals.json"
    args = ("backtest-fit", str(_deu(tmp_path)), "--out", str(model))
    code, output = run_cli(*args, "--residuals", str(residuals))
    assert code == 0, output
    assert json.loads(model.read_text(encoding="utf-8"))["info"]["accord"] == provenance()
    assert json.loads(residuals.read_text(encoding="utf-8"))["accord"] == provenance()


def test_backtest_fit_compare_json_ends_with_the_block(tmp_path: Path) -> None:
    needs_parquet()
    deu = _deu(tmp_path)
    code, output = run_cli("backtest-fit", str(deu), "--compare", "--repeats", "1", "--json")
    assert code == 0, output
    doc = json.loads(output[output.index("{") :])
    assert list(doc) == ["file", "seed", "folds", "repeats", "candidates", "accord"]
    assert doc["accord"] == provenance()


def test_votes_predict_json_and_table_say_which_accord() -> None:
    args = ("votes", "predict", "--title", "Nuclear disarmament")
    doc = _json(*args)
    frame = _csv(*args)
    _says_which_accord(doc, frame)
    members = doc["members"]
    assert isinstance(members, dict) and frame.columns[0] == "member"
    assert len(frame) == len(members)


def test_votes_ukraine_json_and_table_say_which_accord() -> None:
    doc = _json("votes", "ukraine")
    assert list(doc) == ["date", "texts", "accord"]
    _says_which_accord(doc, _csv("votes", "ukraine"))


def test_ledger_score_json_and_tables_say_which_accord(tmp_path: Path) -> None:
    from accord.cli import app
    from accord.ledger import Ledger
    from tests.ledger.test_ledger_score_tables import _record, _resolution

    db = str(tmp_path / "team.db")
    with Ledger(db) as ledger:
        for issue, p in (("a", 0.8), ("b", 0.15)):
            ledger.add_record(_record(p, issue, seed=11))
        for issue, agreed in (("a", True), ("b", False)):
            ledger.add_resolution(_resolution(issue, agreed))
    runner = CliRunner()
    base = ["ledger", "score", "--db", db]
    done = runner.invoke(app, [*base, "--json"])
    assert done.exit_code == 0, done.output
    doc = json.loads(done.stdout)
    assert list(doc)[-1] == "accord" and doc["accord"] == provenance()
    for extra in ([], ["--per-forecast"], ["--calibration"]):
        table = runner.invoke(app, [*base, *extra, "--format", "csv"])
        assert table.exit_code == 0, table.output
        frame = pd.read_csv(io.StringIO(table.stdout), keep_default_na=False)
        assert list(frame.columns)[-1] == "accord_version"
        assert set(frame["accord_version"]) == {version_string()}


def test_forecast_trajectory_table_ends_with_accord_version() -> None:
    args = ("forecast", "ec-emissions-1994", "--engine", "bdm", "--rounds", "2", "--trajectory")
    frame = _csv(*args)
    assert list(frame.columns) == ["turn", "actor", "issue", "position", "accord_version"]
    assert set(frame["accord_version"]) == {version_string()}
