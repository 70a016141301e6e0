"""BDM (Scholz et al. port) actor tables: the shipped examples, round trips, one-issue rule."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings

from accord.errors import FormatError
from accord.scenario import Scenario, dumps, load, load_bundled
from accord.scenario.bdm_csv import read_bdm_csv
from accord.scenario.io import read_json, read_yaml, unfit, writable_formats
from accord.testing.strategies import scenarios
from tests.helpers import assert_same_content, csv_cells, read_shipped

BDM_FILES = ["ExampleActors.csv", "Iranian_Election.csv", "Sultan.csv", "WW1.csv"]


@pytest.mark.parametrize("name", BDM_FILES)
def test_shipped_bdm_csv_reads_and_round_trips(shared: Path, name: str) -> None:
    path = shared / "reference" / "bdm" / name
    s, rows = read_shipped(path, "bdm-csv")
    assert len(s.actors) == len(rows) - 1
    assert s.issues[0].id == "issue"
    assert s.issues[0].title == path.stem
    positions = [float(r[2]) for r in rows[1:]]
    assert (s.issues[0].scale.low, s.issues[0].scale.high) == (min(positions), max(positions))
    for row, actor, stance in zip(rows[1:], s.actors, s.stances, strict=True):
        assert (actor.id, actor.capability) == (row[0], float(row[1]))
        assert (stance.position, stance.salience) == (float(row[2]), float(row[3]))
    written = csv_cells(dumps(s, "bdm-csv"))
    assert written[0] == rows[0]  # the header as spelled in the file
    assert [r[0] for r in written] == [r[0] for r in rows]
    assert [[float(c) for c in r[1:]] for r in written[1:]] == [
        [float(c) for c in r[1:]] for r in rows[1:]
    ]
    # Columns written with a fixed number of decimals keep them (ExampleActors: 0.08, 0.16).
    for col in range(1, 4):
        widths = {len(r[col].partition(".")[2]) for r in rows[1:]}
        if len(widths) == 1:
            assert [r[col] for r in written] == [r[col] for r in rows]
    for middle, reader in (("yaml", read_yaml), ("json", read_json)):
        again = reader(dumps(s, middle))
        assert_same_content(s, again)
        back = read_bdm_csv(dumps(again, "bdm-csv"), path.stem)
        assert_same_content(s, back)


def test_example_actors_values(shared: Path) -> None:
    """Scholz et al. (2011) example, as shipped in ExampleActors.csv."""
    s = load(shared / "reference" / "bdm" / "ExampleActors.csv")
    assert s.id == "exampleactors"
    france = s.stance("France", "issue")
    assert france is not None and (france.position, france.salience) == (10.0, 0.6)
    assert s.actor("Germany").capability == 0.16
    assert (s.issues[0].scale.low, s.issues[0].scale.high) == (4.0, 10.0)


def test_equal_positions_widen_the_scale() -> None:
    s = read_bdm_csv("Actor,Capability,Position,Salience\nA,1,5,0.5\nB,2,5,0.5\n", "same")
    assert (s.issues[0].scale.low, s.issues[0].scale.high) == (4.0, 6.0)


def test_header_is_case_insensitive_and_reordered() -> None:
    s = read_bdm_csv("SALIENCE,name,POSITION,capability\n0.5,A,3,1\n0.25,B,7,2\n", "x")
    assert s.stance("B", "issue") is not None
    assert s.actor("B").capability == 2.0
    assert csv_cells(dumps(s, "bdm-csv"))[0] == ["name", "capability", "POSITION", "SALIENCE"]


def test_many_issues_cannot_be_written() -> None:
    s = load_bundled("ukraine-2025-02")
    assert len(s.issues) > 1
    with pytest.raises(FormatError) as caught:
        dumps(s, "bdm-csv")
    assert "one issue" in str(caught.value)
    assert s.issues[0].id in str(caught.value)


def test_missing_stance_gets_zero_salience() -> None:
    s = read_bdm_csv("Actor,Capability,Position,Salience\nA,1,2,0.5\nB,2,8,0.5\n", "x")
    data = s.model_dump()
    data["stances"] = data["stances"][:1]
    data["issues"][0]["status_quo"] = 3.0
    rows = csv_cells(dumps(Scenario.model_validate(data), "bdm-csv"))
    assert rows[2][:3] == ["B", "2", "3"]
    assert float(rows[2][3]) == 0.0


@settings(max_examples=40, deadline=None)
@given(scenarios())
def test_the_formats_offered_for_a_scenario_are_those_its_writers_accept(s: Scenario) -> None:
    # session 21: the workbench offered every format for every scenario, and a bdm-csv link
    # of a scenario with more issues than one answered a 422; what it offers now is
    # writable_formats(s), which must be exactly the formats dumps writes s in
    offered = writable_formats(s)
    for name in writable_formats():
        if name in offered:
            assert unfit(s, name) is None
            dumps(s, name)
        else:
            problem = unfit(s, name)
            assert problem is not None
            with pytest.raises(FormatError) as caught:
                dumps(s, name)
            assert caught.value.problems == [problem]
    assert ("bdm-csv" in offered) == (len(s.issues) == 1)
