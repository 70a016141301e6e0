"""Session 44 (s44-leftovers2): three faults s44-leftovers noticed, each checked and fixed.

1. ``accord forecast ukraine-2025-02`` printed ``P(adopted) 1.00`` (its draft lines and its
   rule-contrast notes) for the General Assembly drafts, whose P(adopted) is 1 - 1.7e-15 and
   1 - 5.6e-16; the report said ``100%``, the workbench and the ledger's table ``1.000``. Every
   human-readable P(adopted) now goes through one formatter, :func:`accord.text.
   probability_text` (``> 0.99``, ``> 99%``, ``P(adopted) > 0.999``); the JSON is unchanged.
   (The workbench: tests/web/test_probability_text_s44.py.)
2. ``accord forecast ... --record --db sqlite://`` said "recorded as ledger record 1" and exited
   0, into an in-memory database gone when the command ended; so did ``ledger record-bundled``,
   ``ingest`` and ``events code --db`` (``serve`` answered every page 503). Every command that
   writes to a store now refuses an in-memory one before any work, exit 2, naming the option
   (or the variable) and its value and why (:func:`accord.cli.options.db_to_write`,
   :func:`accord.store.lost_write`).
3. ``accord backtest SIX.tsv --engines mean,learned --folds 3`` (6 proposals) failed with
   ``grouped cross-validation: 4 groups cannot fill 5 folds``: learned chose its penalty in
   each training fold (4 proposals) by 5 grouped folds whatever ``--folds`` said. It now takes
   one fold a proposal below 5 (no figure of the bundled DEU runs moves); folds that do not fit
   the data are refused by a message naming ``--folds``, the folds that work and the fewest
   proposals that work (:func:`accord.forecast.backtest.check_learned_folds`).
"""

from __future__ import annotations

import html
import json
from functools import cache
from pathlib import Path

import pytest

from accord.cli.app import out
from accord.forecast import Forecast, forecast
from accord.report import render_report
from accord.report.brief import brief_markdown
from accord.scenario import load_bundled
from accord.text import probability_text
from tests.helpers import json_twice, run_cli

UKRAINE = "ukraine-2025-02"
ASSEMBLY = ("A/ES-11/L.10", "A/ES-11/L.11")


@cache
def _ukraine() -> Forecast:
    return forecast(load_bundled(UKRAINE), "mean")


@pytest.mark.parametrize(
    ("p", "digits", "percent", "text"),
    [
        (0.9999999999999983, 2, False, "> 0.99"),
        (1.0, 3, False, "> 0.999"),
        (0.994, 2, False, "0.99"),
        (0.4499, 2, False, "0.45"),
        (0.004, 2, False, "< 0.01"),
        (0.0, 2, False, "0.00"),
        (0.9999999999999983, 0, True, "> 99%"),
        (0.995, 0, True, "> 99%"),
        (0.994, 0, True, "99%"),
        (0.005, 0, True, "< 1%"),  # 0.5 rounds to an even 0
        (0.0, 0, True, "0%"),
    ],
)
def test_probability_text(p: float, digits: int, percent: bool, text: str) -> None:
    assert probability_text(p, digits, percent=percent) == text


def test_the_drafts_are_not_printed_as_certain() -> None:
    drafts = {r.draft.id: r.adoption_probability for r in _ukraine().resolutions}
    assert all(0.999 < drafts[d] < 1 for d in ASSEMBLY), drafts  # below 1, so not "1.00"


def test_forecast_lines_and_notes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(out, "width", 200)
    code, output = run_cli("forecast", UKRAINE)
    assert code == 0, output
    said = " ".join(output.split())
    assert "P(adopted) 1.00" not in said
    for draft in ASSEMBLY:
        assert f"draft {draft} (unga) on it: P(adopted) > 0.99. Separate rules" in said
        assert f"{draft} (unga)" in said and "adopted, P(adopted) > 0.99, predicted tally" in said
    assert "not adopted, P(adopted) 0.45, predicted tally" in said
    document = json_twice("forecast", UKRAINE, "--json", "--seed", "1")
    shown = {r["id"]: r["adoption_probability"] for r in document["resolutions"]}
    assert [shown[d] for d in ASSEMBLY] == [1.0, 1.0]  # the JSON's four decimals, unchanged


def test_the_report_and_its_brief() -> None:
    page = html.unescape(render_report(_ukraine()))
    assert page.count("chance of adoption > 99%") == 2  # the brief's lines
    # the drafts' table's two, and (session 44, tidy3) one member's yes that is not 1 (the
    # USA's, its no and abstain < 1%), where the scenario's set votes, exact 1s, say 100%
    assert page.count('<td class="num">> 99%</td>') == 3
    assert "chance of adoption > 99%" in brief_markdown(_ukraine())


def test_the_ledgers_draft_table(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(out, "width", 200)
    db = f"sqlite:///{tmp_path / 'ledger.db'}"
    code, output = run_cli("forecast", UKRAINE, "--record", "--db", db)
    assert code == 0, output
    code, output = run_cli("ledger", "list", "--db", db)
    assert code == 0, output
    rows = [line for line in output.splitlines() if "A/ES-11/L.1" in line]
    assert len(rows) == 2 and all(row.rstrip(" │").endswith("> 0.999") for row in rows), rows


WRITES = [
    (("forecast", "doha-2020-02", "--record"), "the forecast's record"),
    (("forecast", "doha-2020-02", "blacksea-2022-07", "--record"), "the forecast's record"),
    (
        (
            "ledger",
            "resolve",
            "doha-2020-02",
            "intra_afghan_talks",
            "--outcome",
            "50",
            "--agreed",
            "yes",
            "--on",
            "2020-03-01",
            "--source",
            "x",
        ),
        "the resolution",
    ),
    (
        (
            "ledger",
            "resolve-draft",
            "ukraine-2025-02",
            "S/2025/112",
            "--on",
            "2025-02-24",
            "--source",
            "x",
        ),
        "the vote's result",
    ),
    (("ledger", "record-bundled", "--engine", "mean", "--runs", "5"), "the forecasts' records"),
    (("ingest", "no-such-file.jsonl"), "the documents and events read"),
    (("events", "code", "no-such-file.jsonl"), "the documents and events read"),
    # every page answered 503 there ("no such table"), and a traceback at the end
    (("serve", "--port", "0"), "the workbench's scenarios, documents and reports"),
]


@pytest.mark.parametrize(("command", "writes"), WRITES)
@pytest.mark.parametrize("url", ["sqlite://", "sqlite:///:memory:"])
def test_a_write_into_an_in_memory_database_is_refused(
    monkeypatch: pytest.MonkeyPatch, command: tuple[str, ...], writes: str, url: str
) -> None:
    # 2: each exited 0 (forecast: "recorded as ledger record 1") or, for the ledger's resolve
    # commands, was refused as a read ("never holds a ledger to read")
    monkeypatch.setattr(out, "width", 200)
    code, output = run_cli(*command, "--db", url)
    assert code == 2, output
    said = " ".join(output.split())
    assert said.startswith(f"error: --db {url!r}: an in-memory database, gone when"), said
    assert f"so {writes} would be lost; give --db a SQLite file" in said, said
    assert "recorded" not in said and "running on" not in said  # refused before any work


@pytest.mark.parametrize(
    ("variables", "named"),
    [
        ({"ACCORD_LEDGER_DB": "sqlite://"}, "$ACCORD_LEDGER_DB"),
        ({"ACCORD_DB": "sqlite:///:memory:"}, "$ACCORD_DB"),
    ],
)
def test_the_variable_that_names_an_in_memory_ledger_is_named(
    monkeypatch: pytest.MonkeyPatch, variables: dict[str, str], named: str
) -> None:
    monkeypatch.delenv("ACCORD_LEDGER_DB", raising=False)
    monkeypatch.delenv("ACCORD_DB", raising=False)
    for name, value in variables.items():
        monkeypatch.setenv(name, value)
    code, output = run_cli("forecast", "doha-2020-02", "--record")
    assert code == 2, output
    said = " ".join(output.split())
    assert f"error: {named} {next(iter(variables.values()))!r}: an in-memory database" in said
    assert f"give {named} a SQLite file" in said


def test_a_ledger_file_still_records(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(out, "width", 200)
    code, output = run_cli(
        "forecast", "doha-2020-02", "--record", "--db", f"sqlite:///{tmp_path / 'l.db'}"
    )
    assert code == 0 and "recorded as ledger record 1" in output, output


def _first_proposals(shared: Path, n: int, folder: Path) -> Path:
    """The DEU training file cut to its first ``n`` proposals (its two header lines kept)."""
    lines = (shared / "data" / "deu3" / "deu3-train.tsv").read_text().splitlines()
    kept, seen = lines[:2], []
    for line in lines[2:]:
        proposal = line.split("\t")[2]
        if proposal not in seen and len(seen) == n:
            break
        seen += [] if proposal in seen else [proposal]
        kept.append(line)
    path = folder / f"deu-{n}.tsv"
    path.write_text("\n".join(kept) + "\n")
    return path


def test_learned_on_six_proposals_in_three_folds(shared: Path, tmp_path: Path) -> None:
    six = _first_proposals(shared, 6, tmp_path)
    code, output = run_cli(
        "backtest", str(six), "--engines", "mean,learned", "--folds", "3", "--json"
    )
    assert code == 0, output  # was: grouped cross-validation: 4 groups cannot fill 5 folds
    document = json.loads(output)
    assert document["cases"] == 6 and document["folds"] == 3
    learned = document["engines"]["learned"]
    assert learned["n"] == document["engines"]["mean"]["n"] == 19 and learned["mae"] > 0


def test_the_penalty_folds_follow_the_proposals(shared: Path, tmp_path: Path) -> None:
    from accord.forecast import learned
    from accord.forecast.deu import read_deu

    four = learned.issue_rows(read_deu(_first_proposals(shared, 4, tmp_path)))
    assert learned.fit_selected(four).info["folds"] == 4  # one a proposal (asked for 5)
    full = learned.issue_rows(read_deu(shared / "data" / "deu3" / "deu3-train.tsv"))
    assert learned.fit_selected(full).info["folds"] == learned.PENALTY_FOLDS == 5


@pytest.mark.parametrize(
    ("n", "options", "said"),
    [
        (
            6,
            ("--engines", "mean,learned", "--folds", "7"),
            "--folds 7: 6 proposals with outcomes cannot fill 7 folds; give --folds 2 to 6, "
            "or data of at least 7 proposals",
        ),
        (
            3,
            ("--engines", "mean,learned", "--folds", "2"),
            "--folds 2: 3 proposals with outcomes in 2 folds leave 1 in a training fold, and "
            "learned chooses its penalty inside each by cross-validation grouped by proposal, "
            "which needs 2; give --folds 3, or data of at least 4 proposals",
        ),
        (
            6,
            ("--engines", "mean,learned", "--interval", "0.8", "--repeats", "1"),
            "--folds 5: 6 proposals with outcomes in 5 folds leave 4 in a training fold, and "
            "learned calibrates its intervals inside each in 5 folds grouped by proposal, "
            "which needs 5; give --folds 2 to 4, or data of at least 7 proposals",
        ),
        (
            3,
            ("--engines", "mean", "--interval", "0.8"),
            "--folds 5: 3 proposals with outcomes cannot fill 5 folds; give --folds 2 to 3, "
            "or data of at least 5 proposals",
        ),
    ],
)
def test_folds_that_do_not_fit_the_data_name_the_option(
    shared: Path, tmp_path: Path, n: int, options: tuple[str, ...], said: str
) -> None:
    code, output = run_cli("backtest", str(_first_proposals(shared, n, tmp_path)), *options)
    assert code == 2, output
    assert " ".join(output.split()) == f"error: {said}"


@pytest.mark.parametrize(("n", "folds"), [(6, 3), (6, 6), (4, 2), (3, 3), (7, 5)])
def test_the_folds_said_to_work_work(shared: Path, tmp_path: Path, n: int, folds: int) -> None:
    from accord.forecast.backtest import check_learned_folds

    check_learned_folds(n, folds)  # what the messages offer is accepted
    code, output = run_cli(
        "backtest",
        str(_first_proposals(shared, n, tmp_path)),
        "--engines",
        "learned",
        "--folds",
        str(folds),
        "--json",
    )
    assert code == 0, output
