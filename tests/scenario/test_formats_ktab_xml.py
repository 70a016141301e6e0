"""KTAB SMP XML scenarios: the shipped example (broken and fixed), round trips, safety."""

from __future__ import annotations

from pathlib import Path

import pytest

from accord.errors import FormatError
from accord.scenario import dumps, load
from accord.scenario.io import read_json, read_yaml
from accord.scenario.ktab import read_ktab_xml
from tests.helpers import assert_same_content, load_error


def _fixed_example(shared: Path, tmp_path: Path) -> Path:
    """smpExample.xml as shipped leaves Alice's first coordinate empty; fill it in."""
    text = (shared / "reference" / "ktab" / "smpExample.xml").read_text(encoding="utf-8-sig")
    assert text.count("<dCoord></dCoord>") == 1
    fixed = tmp_path / "smpExample.xml"
    fixed.write_text(text.replace("<dCoord></dCoord>", "<dCoord>44.4</dCoord>"), "utf-8")
    return fixed


def test_shipped_example_names_the_empty_coordinate(shared: Path) -> None:
    path = shared / "reference" / "ktab" / "smpExample.xml"
    message = load_error(path)
    assert "line 32" in message
    assert "Actors/Actor[0](Alice)/Position/dCoord[0]" in message
    assert "(got '')" in message


def test_fixed_example_maps_every_field(shared: Path, tmp_path: Path) -> None:
    """Values as written in KTAB's smpExample.xml."""
    s = load(_fixed_example(shared, tmp_path))
    assert s.title == "DummyData_3Dim"
    assert s.description == "A very simple test of multi-dim SMP, using psuedonyms"
    assert [i.id for i in s.issues] == ["firstdim", "seconddim", "yadn"]
    assert [i.title for i in s.issues] == ["FirstDim", "SecondDim", "YADN"]
    assert [a.id for a in s.actors] == ["Alice", "Bob", "Carol", "David", "Ellie"]
    assert s.actors[0].name == "One of the SMP actors"
    assert [a.capability for a in s.actors] == [117.7, 93.2, 61.4, 135.4, 63.8]
    bob = s.stance("Bob", "yadn")
    assert bob is not None and bob.position == 72.0 and bob.salience == 0.265
    alice = s.stance("Alice", "firstdim")
    assert alice is not None and alice.position == 44.4
    assert s.parameters["smp"] == {
        "seed": 3507583219545544127,
        "VictoryProbModel": "Linear",
        "PCEModel": "MarkovIncentive",
        "StateTransitions": "Stochastic",
        "VotingRule": "PropCbc",
        "BigRAdjust": "OneThird",
        "BigRRange": "Mid",
        "ThirdPartyCommit": "SemiCommit",
        "InterVecBrgn": "S2P2",
        "BargnModel": "InitOnlyInterp",
    }
    pairs = s.parameters["ktab-xml"]["IdealAdjustment"]
    assert len(pairs) == 6
    assert pairs[2] == {"adjustingIdeal": "Bob", "referencePos": "Alice", "adjust": 0.07}


def test_fixed_example_round_trips(shared: Path, tmp_path: Path) -> None:
    path = _fixed_example(shared, tmp_path)
    s = load(path)
    written = dumps(s, "ktab-xml")
    assert "<prngSeed>03507583219545544127</prngSeed>" in written
    assert "<capability>117.7</capability>" in written
    assert "<dCoord>72.0</dCoord>" in written
    assert_same_content(s, read_ktab_xml(written))
    for middle, reader in (("yaml", read_yaml), ("json", read_json)):
        again = reader(dumps(s, middle))
        assert_same_content(s, again)
        back = read_ktab_xml(dumps(again, "ktab-xml"))
        assert_same_content(s, back)
        assert dumps(back, "ktab-xml") == written


def test_ktab_csv_and_xml_agree(shared: Path, tmp_path: Path) -> None:
    """The same scenario written as XML from a CSV reads back with the same numbers."""
    csv_scenario = load(shared / "reference" / "ktab" / "dummyData_3Dim.csv")
    back = read_ktab_xml(dumps(csv_scenario, "ktab-xml"))
    assert [(s.position, s.salience) for s in back.stances] == [
        (s.position, s.salience) for s in csv_scenario.stances
    ]
    assert [a.capability for a in back.actors] == [a.capability for a in csv_scenario.actors]


@pytest.mark.parametrize(
    ("doc", "fragment"),
    [
        (
            '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">]>\n<Scenario/>',
            "DOCTYPE",
        ),
        (
            '<?xml version="1.0"?>\n<!DOCTYPE x SYSTEM "file:///etc/passwd">\n<Scenario/>',
            "DOCTYPE",
        ),
        ("<Scenario><name>x</name>\n<desc>", "line 2"),
        ("<Other/>", "root must be <Scenario>"),
        ("<Scenario><name>x</name></Scenario>", "missing element <Actors>"),
    ],
)
def test_unsafe_or_broken_xml_is_refused(doc: str, fragment: str) -> None:
    with pytest.raises(FormatError) as caught:
        read_ktab_xml(doc)
    assert fragment in str(caught.value)


def _edit(shared: Path, tmp_path: Path, old: str, new: str) -> Path:
    path = _fixed_example(shared, tmp_path)
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("old", "new", "fragments"),
    [
        (
            "<VotingRule>PropCbc</VotingRule>",
            "<VotingRule>Majority</VotingRule>",
            ["line 12", "ModelParameters/VotingRule", "PropCbc", "'Majority'"],
        ),
        (
            "<capability>93.2</capability>",
            "<capability>-93.2</capability>",
            ["line 46", "Actors/Actor[1](Bob)/capability", "'-93.2'"],
        ),
        (
            "<dSal>34.5</dSal>",
            "<dSal>134.5</dSal>",
            ["line 54", "Actors/Actor[1](Bob)/Salience/dSal[1]", "at most 100", "'134.5'"],
        ),
        (
            "<dCoord>61.4</dCoord>",
            "<dCoord>sixty</dCoord>",
            ["line 49", "Actors/Actor[1](Bob)/Position/dCoord[1]", "'sixty'"],
        ),
        (
            "<dCoord>72.0</dCoord>\n",
            "",
            ["Actors/Actor[1](Bob)/Position", "expected 3 <dCoord>"],
        ),
        (
            "<prngSeed>03507583219545544127</prngSeed>",
            "<prngSeed>-5</prngSeed>",
            ["line 5", "prngSeed", "'-5'"],
        ),
        (
            "<referencePos>Alice</referencePos>",
            "<referencePos>Zed</referencePos>",
            ["IdealAdjustment/iaPair[0]/referencePos", "'Zed'"],
        ),
    ],
)
def test_bad_values_are_named(
    shared: Path, tmp_path: Path, old: str, new: str, fragments: list[str]
) -> None:
    path = _edit(shared, tmp_path, old, new)
    message = load_error(path)
    for fragment in fragments:
        assert fragment in message
