"""Malformed KTAB and BDM files: each fault is named with file, line, column and value."""

from __future__ import annotations

from pathlib import Path

import pytest

from accord.scenario import load
from tests.helpers import load_error

KTAB_OK = (
    "Demo,A demo scenario,3,2,\n"
    "Actor,Description,Power,P1 Position,P1 Salience,P2 Position,P2 Salience,\n"
    "AA,Actor A,10,20,50,30,40,\n"
    "BB,Actor B,20,60,30,70,60,\n"
    "CC,Actor C,30,90,70,10,20,\n"
)
BDM_OK = "Actor,Capability,Position,Salience\nA,0.5,2,0.8\nB,0.25,7,0.4\nC,0.25,9,1.0\n"


def _write(tmp_path: Path, text: str | bytes, name: str = "bad.csv") -> Path:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def test_good_fixtures_load(tmp_path: Path) -> None:
    assert len(load(_write(tmp_path, KTAB_OK, "k.csv")).stances) == 6
    assert len(load(_write(tmp_path, BDM_OK, "b.csv")).stances) == 3


@pytest.mark.parametrize(
    ("old", "new", "fragments"),
    [
        # a data row with a cell missing
        ("BB,Actor B,20,60,30,70,60,", "BB,Actor B,20,60,30,70,", ["line 4", "expected 7 cells"]),
        # a data row with a cell too many
        ("AA,Actor A,10,20,50,30,40,", "AA,Actor A,10,20,50,30,40,5", ["line 3", "found 8"]),
        # text in a numeric cell
        (
            "CC,Actor C,30,90,70,",
            "CC,Actor C,30,ninety,70,",
            ["line 5", "column 4 (P1 Position)", "'ninety'"],
        ),
        # an empty numeric cell
        (
            "BB,Actor B,20,60,30,70,60,",
            "BB,Actor B,,60,30,70,60,",
            ["line 4", "column 3 (Power)", "empty cell"],
        ),
        # negative capability
        (
            "BB,Actor B,20,",
            "BB,Actor B,-20,",
            ["line 4", "column 3 (Power)", "at least 0", "'-20'"],
        ),
        # salience above 100
        (
            "AA,Actor A,10,20,50,30,40,",
            "AA,Actor A,10,20,50,30,140,",
            ["line 3", "column 7 (P2 Salience)", "at most 100", "'140'"],
        ),
        # position above 100
        ("AA,Actor A,10,20,", "AA,Actor A,10,120,", ["line 3", "column 4 (P1 Position)", "'120'"]),
        # NaN is not a number here
        (
            "AA,Actor A,10,20,50,",
            "AA,Actor A,10,20,nan,",
            ["line 3", "column 5 (P1 Salience)", "finite", "'nan'"],
        ),
        # a header column missing
        ("P2 Position,P2 Salience,", "P2 Position,", ["line 2", "header has 6 columns", "needs 7"]),
        # row 1 announces the wrong number of actors
        (
            "Demo,A demo scenario,3,",
            "Demo,A demo scenario,4,",
            ["line 1", "number of actors", "4 actors", "3 actor rows"],
        ),
        # row 1 with a non-numeric dimension count
        ("Demo,A demo scenario,3,2,", "Demo,A demo scenario,3,two,", ["line 1, column 4", "'two'"]),
        # a duplicate actor
        ("CC,Actor C", "AA,Actor C", ["line 5", "duplicate actor", "line 3", "'AA'"]),
        # an actor name the model cannot take as an id
        ("CC,Actor C", "C;C,Actor C", ["line 5", "column 1 (Actor)", "'C;C'"]),
    ],
)
def test_ktab_csv_faults(tmp_path: Path, old: str, new: str, fragments: list[str]) -> None:
    assert old in KTAB_OK
    message = load_error(_write(tmp_path, KTAB_OK.replace(old, new, 1)))
    for fragment in fragments:
        assert fragment in message, message


@pytest.mark.parametrize(
    ("old", "new", "fragments"),
    [
        ("B,0.25,7,0.4", "B,0.25,7", ["line 3", "expected 4 cells", "found 3"]),
        ("B,0.25,7,0.4", "B,0.25,7,0.4,1", ["line 3", "found 5"]),
        ("B,0.25,7,0.4", "B,lots,7,0.4", ["line 3", "column 2 (Capability)", "'lots'"]),
        ("B,0.25,7,0.4", "B,-0.25,7,0.4", ["line 3", "column 2 (Capability)", "'-0.25'"]),
        ("B,0.25,7,0.4", "B,0.25,7,40", ["line 3", "column 4 (Salience)", "at most 1", "'40'"]),
        ("B,0.25,7,0.4", "B,0.25,inf,0.4", ["line 3", "column 3 (Position)", "finite"]),
        (
            "Actor,Capability,Position,Salience",
            "Actor,Capability,Position,Weight",
            ["line 1", "lacks column(s) Salience", "'Actor,Capability,Position,Weight'"],
        ),
    ],
)
def test_bdm_csv_faults(tmp_path: Path, old: str, new: str, fragments: list[str]) -> None:
    assert old in BDM_OK
    message = load_error(_write(tmp_path, BDM_OK.replace(old, new, 1)))
    for fragment in fragments:
        assert fragment in message, message


@pytest.mark.parametrize("text", ["", "\n\n  \n"])
def test_empty_files(tmp_path: Path, text: str) -> None:
    assert "empty" in load_error(_write(tmp_path, text))


def test_latin1_bytes(tmp_path: Path) -> None:
    data = KTAB_OK.replace("Actor B", "Acteur Bé").encode("latin-1")
    message = load_error(_write(tmp_path, data))
    assert "line 4" in message
    assert "not UTF-8" in message
    assert "\\xe9" in message


def test_binary_file(tmp_path: Path) -> None:
    data = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))
    assert "binary" in load_error(_write(tmp_path, data))


def test_csv_that_is_neither_layout(tmp_path: Path) -> None:
    message = load_error(_write(tmp_path, "a,b,c\n1,2,3\n"))
    assert "ktab-csv or bdm-csv" in message
    assert "'a,b,c'" in message


def test_empty_xml(tmp_path: Path) -> None:
    assert "empty" in load_error(_write(tmp_path, "  \n", "s.xml"))
