"""A voting rule of one's own (session 34's trial, docs/trial-2026-12-06-s34-extend.md).

A toy council of four, A 4 votes, B 3, C 2, D 1: a decision needs at least three members and
70% of the votes (7 of 10). Worked by hand: the winning coalitions are ABC, ABD, ACD and ABCD
(BCD has 6 votes), so A is needed in every one. Of the 24 orders of the four, A is pivotal in
the 6 where it comes last (BCD before it) and in 6 of the 18 others (third, after two of B, C,
D): 12/24 = 1/2; B, C and D share the other 12, 4 each: 1/6. Swings: A turns BC, BD, CD and BCD
into winners (4); B turns AC and AD (2), as do C (AB, AD) and D (AB, AC): Banzhaf 4/10 = 2/5
and 1/5 each, Penrose 4/8 = 1/2 and 2/8 = 1/4. On aa722a9e neither ``accord power --body FILE``
nor ``accord.power(FILE or Body)`` took such a body, and ``accord.power`` had no ``kind``.
"""

from __future__ import annotations

import json
from fractions import Fraction
from pathlib import Path

import pytest
from typer.testing import CliRunner

import accord
from accord.cli import app
from accord.errors import AccordError, ScenarioError
from accord.institutions.rules import Body, Criterion, Member, Rule, read_body

TOY = """\
id: toy
name: Toy council
default_kind: qmv
rules:
  qmv:
    criteria:
    - {measure: members, at_least: 3}
    - {measure: votes, share: 70%}
members:
- {code: A, weights: {votes: 4}}
- {code: B, weights: {votes: 3}}
- {code: C, weights: {votes: 2}}
- {code: D, weights: {votes: 1}}
"""

BY_HAND_SS = {"A": Fraction(1, 2), "B": Fraction(1, 6), "C": Fraction(1, 6), "D": Fraction(1, 6)}
BY_HAND_BZ = {"A": Fraction(2, 5), "B": Fraction(1, 5), "C": Fraction(1, 5), "D": Fraction(1, 5)}


@pytest.fixture
def toy(tmp_path: Path) -> Path:
    path = tmp_path / "toy.yaml"
    path.write_text(TOY, encoding="utf-8")
    return path


def test_a_body_file_gives_the_indices_worked_by_hand(toy: Path) -> None:
    assert accord.power(toy).values == BY_HAND_SS
    banzhaf = accord.power(str(toy), index="banzhaf")
    assert banzhaf.values == BY_HAND_BZ
    assert banzhaf.swings == {"A": 4, "B": 2, "C": 2, "D": 2}
    assert banzhaf.raw == {
        "A": Fraction(1, 2),
        "B": Fraction(1, 4),
        "C": Fraction(1, 4),
        "D": Fraction(1, 4),
    }


def test_a_body_built_in_python_gives_the_same() -> None:
    body = Body(
        id="toy",
        name="Toy council",
        default_kind="qmv",
        members=[
            Member(code=c, weights={"votes": w}) for c, w in zip("ABCD", [4, 3, 2, 1], strict=True)
        ],
        rules={
            "qmv": Rule(
                criteria=[
                    Criterion(measure="members", at_least=3),
                    Criterion(measure="votes", share="70%"),  # type: ignore[arg-type]
                ]
            )
        },
    )
    assert accord.power(body).values == BY_HAND_SS
    assert list(accord.power(body, index="banzhaf").to_frame()["exact"]) == [
        "2/5",
        "1/5",
        "1/5",
        "1/5",
    ]


def test_power_takes_the_kind_of_decision() -> None:
    unanimity = accord.power("eu-council", kind="unanimity")
    assert set(unanimity.values.values()) == {Fraction(1, 27)}
    assert accord.power("eu-council").values != unanimity.values  # qmv, the default
    with pytest.raises(AccordError, match="no rule for kind 'veto'"):
        accord.power("eu-council", kind="veto")
    with pytest.raises(AccordError, match="kind chooses a body's rule"):
        accord.power([2, 1, 1], quota=3, kind="qmv")


def test_the_command_line_reads_a_body_file(toy: Path) -> None:
    runner = CliRunner()
    shown = runner.invoke(app, ["power", "--body", str(toy)])
    assert shown.exit_code == 0, shown.output
    assert "shapley-shubik index of toy (qmv)" in shown.output
    assert "1/6" in shown.output
    made = runner.invoke(app, ["power", "--body", str(toy), "--index", "banzhaf", "--json"])
    data = json.loads(made.stdout)
    assert data["exact"] == {"A": "2/5", "B": "1/5", "C": "1/5", "D": "1/5"}
    assert data["body"] == "toy" and data["quotas"] == {"members": 3, "criteria": [7]}


def test_a_body_files_mistakes_are_named(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        TOY.replace("70%", "170%").replace("{code: D, weights: {votes: 1}}", "{code: D}")
    )
    with pytest.raises(ScenarioError) as caught:
        read_body(bad)
    text = str(caught.value)
    assert "rules.qmv.criteria[1].share" in text
    with pytest.raises(AccordError, match=r"unknown body 'toy'; bundled bodies: .*body file"):
        read_body("toy")
    with pytest.raises(AccordError, match=r"no such body file: missing\.yaml"):
        read_body("missing.yaml")
    listed = tmp_path / "list.yaml"
    listed.write_text("- a\n- b\n")
    with pytest.raises(AccordError, match="a body file is a mapping"):
        read_body(listed)
    runner = CliRunner()
    refused = runner.invoke(app, ["power", "--body", "toy"])
    assert refused.exit_code == 2 and "or a body file of your own" in refused.output


def test_the_web_api_still_takes_bundled_ids_only(toy: Path) -> None:
    from accord.institutions.power import body_power

    with pytest.raises(AccordError, match="unknown body"):
        body_power(str(toy))  # the web's path: a file name sent to the server is not read
