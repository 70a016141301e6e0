"""Session 44 (s44-leftovers2): three faults s44-leftovers noticed, each checked and fixed.

1. ``accord forecast ukraine-2025-02`` printed ``P(adopted) 1.00`` (its draft lines and its
   rule-contrast notes) for the General Assembly drafts, whose P(adopted) is 1 - 1.7e-15 and
   1 - 5.6e-16; the report said ``100%``, the workbench and the ledger's table ``1.000``. Every
   human-readable P(adopted) now goes through one formatter, :func:`accord.text.
   probability_text` (``> 0.99``, ``> 99%``, ``P(adopted) > 0.999``); the JSON is unchanged.
   (The workbench: tests/web/test_probability_text_s44.py.)
2. ``accord forecast ... --record --db sqlite://`` said "recorded as ledger record 1" and exited
   0, into an in-memory database gone when the command ended; so did ``ledger record-bundled``,
   ``ingest`` and ``events code --db``. Every command that writes to a store now refuses an
   in-memory one before any work, exit 2, naming the option (or the variable) and its value
   and why (:func:`accord.cli.options.db_to_write`, :func:`accord.store.lost_write`).
"""

from __future__ import annotations

import html
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
    assert page.count('<td class="num">> 99%</td>') == 2  # the drafts' table
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
