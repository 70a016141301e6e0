"""``accord forecast``'s and ``accord compare``'s tables fit a terminal of 80 to 120 columns
and cut nothing short (session 22: the "nearest label" column wrapped into a word a line at
120 columns, and ids were cut to "security_gu…"; session 23: at 80 columns the headers were
cut to "p(agreem…", and compare's ids to "ceasefi…"). The numbers are one table where it fits
(100 columns and more, for the bundled scenarios), else as many as it takes, each with the
issue column; each issue's title and nearest label are a last table under the forecast's;
read back here cell by cell, headers too."""

from __future__ import annotations

import json

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from accord.cli import app
from accord.cli.app import out
from accord.forecast import forecast
from accord.report import nearest_label
from accord.scenario import bundled_ids, load_bundled

runner = CliRunner()


def _tables(text: str) -> list[tuple[list[str], list[list[str]]]]:
    """The header and the body rows of each box table in ``text``, as stripped cells (a header
    drawn on several lines joined)."""
    tables: list[tuple[list[str], list[list[str]]]] = []
    for line in text.splitlines():
        cells = [cell.strip() for cell in line[1:-1].split(line[:1])]
        if line.startswith("┏"):
            tables.append(([], []))
        elif line.startswith("┃") and tables:
            header = tables[-1][0]
            header[:] = (
                [f"{a} {b}".strip() for a, b in zip(header, cells, strict=True)]
                if header
                else cells
            )
        elif line.startswith("│") and tables:
            tables[-1][1].append(cells)
    return tables


def _joined(rows: list[list[str]]) -> dict[str, list[str]]:
    """Rows that wrap (an empty first cell) joined to the row they continue, by issue id."""
    cells: dict[str, list[str]] = {}
    for row in rows:
        if row[0]:
            key = row[0]
            cells[key] = row[1:]
        else:
            cells[key] = [f"{a} {b}".strip() for a, b in zip(cells[key], row[1:], strict=True)]
    return cells


@settings(max_examples=12, deadline=None)
@given(scenario_id=st.sampled_from(bundled_ids()), width=st.integers(80, 120))
@example(scenario_id="ukraine-2025-02", width=80)
@example(scenario_id="ukraine-2025-02", width=100)
@example(scenario_id="ukraine-2025-02", width=120)
def test_the_forecast_tables_fit_and_cut_nothing(scenario_id: str, width: int) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(out, "width", width)
        done = runner.invoke(app, ["forecast", scenario_id])
    assert done.exit_code == 0, done.output
    boxed = [line for line in done.stdout.splitlines() if line[:1] in "┏┃┡│└"]
    assert boxed and all(len(line) <= width for line in boxed)
    assert not any("…" in line for line in boxed)
    scenario = load_bundled(scenario_id)
    result = forecast(scenario, "mean")
    *numbers, (titles, words) = _tables(done.stdout)
    assert len(numbers) == 1 or width < 100  # one table where 100 columns are given
    dated = any(issue.horizon is not None for issue in scenario.issues)
    header = ["forecast", "p(agreement)", *(["horizon"] if dated else []), "if agreement"]
    assert [column for head, _ in numbers for column in head[1:]] == [
        *header,
        "status quo",
        "scale",
    ]
    ids = [issue.id for issue in scenario.issues]
    assert all(head[0] == "issue" and [row[0] for row in rows] == ids for head, rows in numbers)
    assert [row[1] for row in numbers[0][1]] == [f"{item.forecast:.1f}" for item in result.issues]
    assert done.stdout.count("forecast by mean") == 1  # the first table's title only
    assert titles == ["issue", "title", "nearest label to the forecast"]
    named = _joined(words)
    for item, issue in zip(result.issues, scenario.issues, strict=True):
        assert named[issue.id] == [issue.title, nearest_label(issue, item.forecast)]


@settings(max_examples=6, deadline=None)
@given(width=st.integers(80, 120))
@example(width=80)
@example(width=120)
def test_the_compare_tables_fit_and_cut_nothing(width: int) -> None:
    # session 23: `accord compare` cut the ids to "ceasefi…" and "exchan…" at 80 columns
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(out, "width", width)
        done = runner.invoke(app, ["compare", "ukraine-2025-02", "--seed", "1"])
    assert done.exit_code == 0, done.output
    boxed = [line for line in done.stdout.splitlines() if line[:1] in "┏┃┡│└"]
    assert boxed and all(len(line) <= width for line in boxed)
    assert not any("…" in line for line in boxed)
    tables = _tables(done.stdout)
    # 100 until spread* (10 columns, session 25), 110 since; the fresh-clone CI runs that split it
    # at 110 and 120 had a test's plug-in engine left registered (an eleventh column; session 26)
    assert len(tables) == 1 or width < 110
    document = json.loads(
        runner.invoke(app, ["compare", "ukraine-2025-02", "--seed", "1", "--json"]).stdout
    )
    engines = document["engines"]
    # session 25: a forecast of no agreement is starred, and spread* leaves those out
    starred = ["spread*"] if any(item["no_agreement"] for item in document["issues"]) else []
    assert [name for head, _ in tables for name in head[1:]] == [
        "status quo",
        *engines,
        "spread",
        *starred,
    ]
    ids = [item["id"] for item in document["issues"]]
    assert all([row[0] for row in rows] == ids for _, rows in tables)
    cells = {
        head[k]: [row[k] for row in rows] for head, rows in tables for k in range(1, len(head))
    }
    for name in engines:
        assert cells[name] == [
            f"{item['forecast'][name]:.1f}" + ("*" if name in item["no_agreement"] else "")
            for item in document["issues"]
        ]
