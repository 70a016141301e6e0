"""KTAB SMP CSV tables: reading the shipped examples, writing them back, and bad files."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from accord.scenario import Scenario, dumps, load
from accord.scenario.io import detect_format, read_json, read_yaml

KTAB_FILES = [
    "SOE-Competitive.csv",
    "SOE-Pol-Comp.csv",
    "SOE-Policy.csv",
    "dummyData-a040.csv",
    "dummyData-a080.csv",
    "dummyData-a160.csv",
    "dummyData_3Dim.csv",
    "dummyData_6Dim.csv",
]


def _cells(text: str) -> list[list[str]]:
    """Rows of stripped cells without trailing empties or blank rows: the file's content."""
    rows = []
    for record in csv.reader(io.StringIO(text, newline=""), skipinitialspace=True):
        cells = [c.strip() for c in record]
        while cells and cells[-1] == "":
            cells.pop()
        if cells:
            rows.append(cells)
    return rows


def _same_content(a: Scenario, b: Scenario) -> None:
    assert [(x.id, x.name, x.capability) for x in a.actors] == [
        (x.id, x.name, x.capability) for x in b.actors
    ]
    assert [(i.id, i.title, i.scale.low, i.scale.high) for i in a.issues] == [
        (i.id, i.title, i.scale.low, i.scale.high) for i in b.issues
    ]
    assert [(s.actor, s.issue, s.position, s.salience) for s in a.stances] == [
        (s.actor, s.issue, s.position, s.salience) for s in b.stances
    ]
    assert a.parameters == b.parameters
    assert (a.id, a.title, a.description) == (b.id, b.title, b.description)


@pytest.mark.parametrize("name", KTAB_FILES)
def test_shipped_ktab_csv_reads_and_round_trips(shared: Path, name: str) -> None:
    path = shared / "reference" / "ktab" / name
    text = path.read_text(encoding="utf-8")
    assert detect_format(path, text).name == "ktab-csv"
    scenario = load(path)
    rows = _cells(text)
    # Row 1 announces the counts; every actor has a stance on every dimension.
    assert len(scenario.actors) == int(rows[0][2])
    assert len(scenario.issues) == int(rows[0][3])
    assert len(scenario.stances) == len(scenario.actors) * len(scenario.issues)
    # The first actor row maps cell by cell.
    first = rows[2]
    actor = scenario.actors[0]
    assert (actor.id, actor.name, actor.capability) == (first[0], first[1], float(first[2]))
    stance = scenario.stance(actor.id, scenario.issues[0].id)
    assert stance is not None
    assert stance.position == float(first[3])
    assert stance.salience == pytest.approx(float(first[4]) / 100, abs=1e-15)
    # Written back directly, the table has the same content, cell for cell.
    written = dumps(scenario, "ktab-csv")
    assert _cells(written) == rows
    # Through YAML and JSON and back to KTAB CSV, nothing changes.
    for middle, reader in (("yaml", read_yaml), ("json", read_json)):
        again = reader(dumps(scenario, middle))
        _same_content(scenario, again)
        back = load_text(dumps(again, "ktab-csv"))
        _same_content(scenario, back)
        assert _cells(dumps(back, "ktab-csv")) == _cells(written)


def load_text(text: str) -> Scenario:
    from accord.scenario.ktab import read_ktab_csv

    return read_ktab_csv(text)


def test_dummy_3dim_mapping(shared: Path) -> None:
    """Values checked against dummyData_3Dim.csv as shipped with KTAB."""
    s = load(shared / "reference" / "ktab" / "dummyData_3Dim.csv")
    assert s.id == "dummydata-3dim"
    assert s.title == "DummyData_3Dim"
    assert s.description == "Dummy scenario to test reading format"
    assert [i.id for i in s.issues] == ["pstn1", "pstn2", "pstn3"]
    assert s.actors[0].id == "SActor-00"
    assert s.actors[0].name == "Random Spatial Actor"
    assert s.actors[2].capability == 129.643
    st = s.stance("SActor-00", "pstn1")
    assert st is not None and st.position == 75.79 and st.salience == 0.4953
    st = s.stance("SActor-02", "pstn3")
    assert st is not None and st.position == 0.07 and st.salience == 0.3462
    assert "49.53" in dumps(s, "ktab-csv")


def test_policy_header_gives_issue_id(shared: Path) -> None:
    s = load(shared / "reference" / "ktab" / "SOE-Pol-Comp.csv")
    assert [i.id for i in s.issues] == ["policy", "competitive"]
    assert [i.title for i in s.issues] == ["Policy", "Competitive"]
    assert s.title == "China Policy/Competitive; scen 2"
    assert s.id == "china-policy-competitive-scen-2"
