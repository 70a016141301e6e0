"""KTAB SMP CSV tables: reading the shipped examples, writing them back, and bad files."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.scenario import Scenario, dumps, load
from accord.scenario.io import read_json, read_yaml
from accord.scenario.ktab import format_number, percent_to_unit, read_ktab_csv, unit_to_percent
from tests.helpers import assert_same_content, csv_cells, read_shipped

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


@pytest.mark.parametrize("name", KTAB_FILES)
def test_shipped_ktab_csv_reads_and_round_trips(shared: Path, name: str) -> None:
    path = shared / "reference" / "ktab" / name
    scenario, rows = read_shipped(path, "ktab-csv")
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
    assert csv_cells(written) == rows
    # Through YAML and JSON and back to KTAB CSV, nothing changes.
    for middle, reader in (("yaml", read_yaml), ("json", read_json)):
        again = reader(dumps(scenario, middle))
        assert_same_content(scenario, again)
        back = load_text(dumps(again, "ktab-csv"))
        assert_same_content(scenario, back)
        assert csv_cells(dumps(back, "ktab-csv")) == csv_cells(written)


def load_text(text: str) -> Scenario:
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


@settings(max_examples=200, deadline=None)
@given(st.floats(allow_nan=False, allow_infinity=False))
def test_format_number_reads_back_exactly(value: float) -> None:
    text = format_number(value)
    assert "e" not in text.lower()
    assert float(text) == value


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 10_000), st.integers(0, 2))
def test_percent_text_survives_the_unit_interval(hundredths: int, extra: int) -> None:
    """KTAB salience text -> fraction -> text gives the same number, without float noise
    (49.53 must not come back as 49.530000000000001)."""
    text = format_number(Decimal(hundredths) / 100, 2 if extra else 0)
    back = format_number(unit_to_percent(percent_to_unit(text)), 2 if extra else 0)
    assert back == text


@settings(max_examples=50, deadline=None)
@given(
    low=st.floats(-1e4, 1e4),
    span=st.floats(1.0, 1e6),
    fractions=st.lists(st.floats(0, 1), min_size=1, max_size=5),
    saliences=st.lists(st.floats(0, 1), min_size=5, max_size=5),
)
def test_any_scale_is_mapped_onto_0_100(
    low: float, span: float, fractions: list[float], saliences: list[float]
) -> None:
    high = low + span
    if not low < high:
        return
    positions = [min(max(low + f * span, low), high) for f in fractions]
    s = Scenario.model_validate(
        {
            "id": "x",
            "title": "X",
            "actors": [
                {"id": f"a{i}", "name": f"A {i}", "capability": i + 1}
                for i in range(len(positions))
            ],
            "issues": [{"id": "q", "title": "Q", "scale": {"low": low, "high": high}}],
            "stances": [
                {"actor": f"a{i}", "issue": "q", "position": p, "salience": saliences[i]}
                for i, p in enumerate(positions)
            ],
        }
    )
    back = read_ktab_csv(dumps(s, "ktab-csv"))
    assert (back.issues[0].scale.low, back.issues[0].scale.high) == (0.0, 100.0)
    for before, after in zip(s.stances, back.stances, strict=True):
        exact = (Fraction(before.position) - Fraction(low)) / (Fraction(high) - Fraction(low))
        assert after.position == pytest.approx(float(exact * 100), rel=1e-9, abs=1e-8)
        assert 0 <= after.position <= 100
        assert after.salience == before.salience


def test_missing_stance_is_written_at_status_quo_with_zero_salience() -> None:
    s = Scenario.model_validate(
        {
            "id": "x",
            "title": "X, with a comma",
            "actors": [
                {"id": "a", "name": "A", "capability": 1},
                {"id": "b", "name": "B, Inc.", "capability": 2},
            ],
            "issues": [
                {"id": "q", "title": "Q", "scale": {"low": 0, "high": 10}, "status_quo": 2.5},
                {"id": "r", "title": "R", "scale": {"low": -1, "high": 1}},
            ],
            "stances": [
                {"actor": "a", "issue": "q", "position": 10, "salience": 0.5},
                {"actor": "a", "issue": "r", "position": 1, "salience": 0.25},
            ],
        }
    )
    back = read_ktab_csv(dumps(s, "ktab-csv"))
    assert back.title == "X, with a comma"
    assert back.actor("b").name == "B, Inc."
    assert [i.id for i in back.issues] == ["q", "r"]
    b_q, b_r = back.stance("b", "q"), back.stance("b", "r")
    assert b_q is not None and (b_q.position, b_q.salience) == (25.0, 0.0)
    assert b_r is not None and (b_r.position, b_r.salience) == (50.0, 0.0)
    a_q = back.stance("a", "q")
    assert a_q is not None and (a_q.position, a_q.salience) == (100.0, 0.5)
