"""``accord forecast``'s tables fit a terminal of 100 to 120 columns and cut nothing short
(session 22: the "nearest label" column wrapped into a word a line at 120 columns, and ids
were cut to "security_gu…"). The numbers are one table; each issue's title and nearest label
are a second table under it, read back here cell by cell."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from accord.cli import app
from accord.cli.app import out
from accord.forecast import forecast
from accord.report import nearest_label
from accord.scenario import bundled_ids, load_bundled

runner = CliRunner()


def _tables(text: str) -> list[list[list[str]]]:
    """The body rows of each box table in ``text``, as lists of stripped cells."""
    tables: list[list[list[str]]] = []
    for line in text.splitlines():
        if line.startswith("┏"):
            tables.append([])
        elif line.startswith("│") and tables:
            tables[-1].append([cell.strip() for cell in line.strip("│").split("│")])
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
@given(scenario_id=st.sampled_from(bundled_ids()), width=st.integers(100, 120))
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
    numbers, words = _tables(done.stdout)
    assert [row[0] for row in numbers] == [issue.id for issue in scenario.issues]
    assert [row[1] for row in numbers] == [f"{item.forecast:.1f}" for item in result.issues]
    named = _joined(words)
    for item, issue in zip(result.issues, scenario.issues, strict=True):
        assert named[issue.id] == [issue.title, nearest_label(issue, item.forecast)]
