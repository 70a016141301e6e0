"""Session 35's trial (docs/trial-2026-12-06-s35.md): a francophone analyst's own files.

Numbers written with a decimal comma, tables saved by a spreadsheet in French settings, names in
other scripts: each is refused naming the file, the place and the value, never read as another
number.
"""

from __future__ import annotations

import csv
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accord.errors import ScenarioError
from accord.scenario import load, save
from accord.scenario.io import read_yaml

SCENARIO = """\
id: corridor
title: Corridor céréalier en mer Noire
actors:
  - {id: Türkiye, name: Türkiye (médiateur), country: TUR, capability: 0.6}
  - {id: Москва, name: Москва, country: RUS, capability: 0.9}
  - {id: الجزائر, name: الجزائر (Algérie), country: DZA, capability: 0.2}
  - {id: Réunion, name: La Réunion, kind: other, capability: 0.02, note: "🏝️ importateur"}
issues:
  - {id: accès, title: Accès des navires aux ports}
stances:
  - {actor: Türkiye, issue: accès, position: 70, salience: 0.8}
  - {actor: Москва, issue: accès, position: 25, salience: 0.9}
  - {actor: الجزائر, issue: accès, position: 80, salience: 0.6}
  - {actor: Réunion, issue: accès, position: 85, salience: 0.3}
"""


def _tables(tmp_path: Path) -> Path:
    folder = tmp_path / "Études 2026" / "tables corridor"
    folder.parent.mkdir(parents=True, exist_ok=True)
    save(read_yaml(SCENARIO), folder, "stance-csv")
    return folder


def _problems(path: Path) -> list[str]:
    with pytest.raises(ScenarioError) as caught:
        load(path)
    return [str(p) for p in caught.value.problems]


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(units=st.integers(0, 0), tenths=st.integers(1, 9))
def test_a_decimal_comma_in_a_csv_row_is_refused_not_read_as_two_cells(
    tmp_path_factory: pytest.TempPathFactory, units: int, tenths: int
) -> None:
    # finding 1: "70.0,0,8,,," under position, salience, uncertainty, leverage, evidence was
    # read as salience 0 and uncertainty 8, valid, silently
    folder = _tables(tmp_path_factory.mktemp("t"))
    stances = folder / "stances.csv"
    lines = stances.read_text(encoding="utf-8").splitlines()
    cells = lines[1].split(",")
    cells[3] = f"{units},{tenths}"  # the salience, as a French spreadsheet writes it
    lines[1] = ",".join(cells)
    stances.write_text("\n".join(lines) + "\n", encoding="utf-8")
    problems = _problems(folder)
    assert len(problems) == 1
    assert str(stances) in problems[0]
    assert "line 2: 8 cells where the header names 7 columns" in problems[0]
    assert "decimal comma" in problems[0]
    assert f"Türkiye,accès,70.0,{units},{tenths}" in problems[0]  # the names as they are


def test_a_table_separated_by_semicolons_says_so(tmp_path: Path) -> None:
    # finding 2: a French Excel's "CSV UTF-8" (BOM, ';', decimal commas) said only
    # "unknown column; use key, value (got 'key;value')"
    folder = _tables(tmp_path)
    for table in folder.glob("*.csv"):
        with table.open(newline="", encoding="utf-8") as f:
            rows = list(csv.reader(f))
        text = "\r\n".join(";".join(cell.replace(".", ",") for cell in row) for row in rows)
        table.write_bytes(("\ufeff" + text + "\r\n").encode("utf-8"))
    (problem,) = _problems(folder)
    assert "scenario.csv: line 1: the columns are separated by semicolons" in problem
    assert "(got 'key;value')" in problem


@given(number=st.decimals(min_value=0, max_value=1, places=2).filter(lambda d: d != int(d)))
def test_a_decimal_comma_in_a_number_field_says_how_to_write_it(number: object) -> None:
    # finding 3: "must be a number (got '0,6')" said nothing of the comma
    written = str(number).replace(".", ",")
    text = SCENARIO.replace("capability: 0.6}", "capability: 0.6}\n").replace(
        "  - {id: Türkiye, name: Türkiye (médiateur), country: TUR, capability: 0.6}\n",
        f"  - id: Türkiye\n    name: Türkiye\n    capability: {written}\n",
    )
    with pytest.raises(ScenarioError) as caught:
        read_yaml(text)
    (problem,) = [str(p) for p in caught.value.problems]
    assert problem.startswith("actors[0].capability: must be a number; a decimal comma")
    assert f"({number!s})" in problem and f"(got '{written}')" in problem


def test_a_decimal_comma_inside_braces_is_explained() -> None:
    # finding 4: "{..., capability: 0,1}" said "actors[3][1]: Keys should be strings (got 1)"
    text = SCENARIO.replace("capability: 0.02,", "capability: 0,02,")
    with pytest.raises(ScenarioError) as caught:
        read_yaml(text)
    (problem,) = [str(p) for p in caught.value.problems]
    assert problem.startswith("actors[3][2]: a number where a field name should be")
    assert "decimal comma" in problem and "Keys should be strings" not in problem


def test_an_id_in_another_unicode_form_is_named_as_such() -> None:
    # finding 5: an id typed on a Mac (NFD) and referred to in NFC said
    # "unknown actor id (did you mean 'Réunion'?) (got 'Réunion')": two same-looking names
    decomposed = unicodedata.normalize("NFD", "Réunion")
    text = SCENARIO.replace("{id: Réunion,", "{id: " + decomposed + ",")
    with pytest.raises(ScenarioError) as caught:
        read_yaml(text)
    (problem,) = [str(p) for p in caught.value.problems]
    assert "stances[3].actor: unknown actor id" in problem
    assert "another Unicode form" in problem and "NFD" in problem


def _scenario_file(tmp_path: Path) -> Path:
    path = tmp_path / "Études 2026" / "scénario ukraine.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(SCENARIO, encoding="utf-8")
    return path


def test_the_report_isolates_each_name_in_the_weight_shares(tmp_path: Path) -> None:
    # finding 9: "France 13%, الجزائر 5%, Côte..." in a left-to-right line: the Arabic name and
    # its share ran right to left, the share shown before the name
    from typer.testing import CliRunner

    from accord.cli import app

    path = _scenario_file(tmp_path)
    out = path.parent / "rapport corridor.html"
    result = CliRunner().invoke(app, ["forecast", str(path), "--report", str(out)])
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert "<bdi>الجزائر</bdi> " in html and "<bdi>Москва</bdi> " in html
    assert "&lt;bdi&gt;" not in html


def test_a_report_named_pdf_is_said_to_be_html(tmp_path: Path) -> None:
    # finding 10: --report rapport.md wrote HTML under a Markdown name without a word; since
    # session 42 a .md name gets the brief in Markdown (tests/cli/test_briefing_trial_s42.py),
    # and any other name but .html or .htm the HTML with this warning
    from typer.testing import CliRunner

    from accord.cli import app

    path = _scenario_file(tmp_path)
    out = path.parent / "rapport corridor.pdf"
    result = CliRunner().invoke(app, ["forecast", str(path), "--report", str(out)])
    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())
    assert "the report is HTML whatever the file's name" in said
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    html = CliRunner().invoke(
        app, ["forecast", str(path), "--report", str(out.with_suffix(".html"))]
    )
    assert "whatever the file's name" not in html.output


FRENCH_MONTHS = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
)


@given(day=st.dates(min_value=__import__("datetime").date(1900, 1, 1)))
def test_a_date_with_the_french_month_name_is_rewritten(day: object) -> None:
    # finding 11: "horizon: 6 décembre 2026" said "(invalid character in year)"
    import datetime as dt

    assert isinstance(day, dt.date)
    month = FRENCH_MONTHS.split()[day.month - 1]
    written = f"{'1er' if day.day == 1 else day.day} {month} {day.year}"
    text = SCENARIO.replace(
        "  - {id: accès, title: Accès des navires aux ports}",
        f"  - {{id: accès, title: Accès, status_quo: 0, horizon: {written}}}",
    )
    with pytest.raises(ScenarioError) as caught:
        read_yaml(text)
    (problem,) = [str(p) for p in caught.value.problems]
    assert f"issues[0].horizon: must be a date written YYYY-MM-DD (write it {day})" in problem
    assert f"(got '{written}')" in problem


def test_a_windows_1252_file_is_refused_showing_its_words(tmp_path: Path) -> None:
    # finding 12: "not UTF-8 text ... (got b'\\xfcrki')": only bytes, not the words
    path = tmp_path / "Études 2026" / "ansi.yaml"
    path.parent.mkdir(parents=True)
    path.write_bytes(
        SCENARIO.replace("Москва", "Moscou")
        .replace("الجزائر", "Alger")
        .replace("🏝️ ", "")
        .encode("cp1252")
    )
    (problem,) = _problems(path)
    assert "ansi.yaml: line 2, column 18 (byte 30): not UTF-8 text" in problem
    assert "read so, the line says 'title: Corridor céréalier en mer Noire'" in problem


@pytest.mark.parametrize(
    ("name", "text", "said"),
    [
        (
            "bdm.csv",
            "Actor,Capability,Position,Salience\nTürkiye,0,6,70,80\nМосква,0.9,25,90\n",
            "line 2: expected 4 cells (Actor, Capability, Position, Salience), found 5 (a decimal "
            "comma splits a number in two: write 0.8, not 0,8) (got 'Türkiye,0,6,70,80')",
        ),
        (
            "bdm-pv.csv",
            "Actor;Capability;Position;Salience\nTürkiye;0,6;70;80\nМосква;0,9;25;90\n",
            "the cells are separated by semicolons, as a spreadsheet saves CSV where the decimal "
            "separator is a comma: accord reads commas and decimal points "
            "(got 'Actor;Capability;Position;Salience')",
        ),
    ],
)
def test_a_bdm_or_ktab_csv_from_a_french_spreadsheet_says_why(
    tmp_path: Path, name: str, text: str, said: str
) -> None:
    # finding 13: refused, but with no word of the decimal comma or of the semicolons
    path = tmp_path / "Études 2026" / name
    path.parent.mkdir(parents=True)
    path.write_text(text, encoding="utf-8")
    (problem,) = _problems(path)
    assert said in problem
