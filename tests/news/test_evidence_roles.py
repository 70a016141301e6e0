"""Stance evidence: who a rebel group stands for, and which words set a stance's direction."""

from __future__ import annotations

import datetime as dt

import pytest

from accord.news.evidence import extract_evidence, map_actor
from accord.news.types import ActorRef, Document
from accord.scenario.catalogue import resolve


def found(scenario: str, text: str, date: dt.date) -> list[tuple[str, str, float]]:
    doc = Document(id="d", title="", text=text, date=date)
    return [(e.actor, e.issue, e.direction) for e in extract_evidence(doc, resolve(scenario))]


def test_a_rebel_group_never_stands_for_its_countrys_government() -> None:
    doha = resolve("doha-2020-02")
    taliban = ActorRef(code="AFG", role="REB", name="Taliban", text="Taliban")
    assert [a.id for a in map_actor(taliban, doha)] == ["TAL"]
    assert [a.id for a in map_actor(ActorRef(code="AFG", role="GOV"), doha)] == ["AFG"]
    # a rebel group of a scenario without a matching non-state actor maps to no one
    ukraine = resolve("ukraine-2025-02")
    assert map_actor(ActorRef(code="UKR", role="REB", name="rebels"), ukraine) == []


def test_the_taliban_rejecting_talks_is_their_stance_not_kabuls() -> None:
    text = "The Taliban has rejected direct talks with the Afghan government."
    assert found("doha-2020-02", text, dt.date(2020, 2, 16)) == [
        ("TAL", "intra_afghan_talks", -1.0)
    ]


@pytest.mark.parametrize(
    ("scenario", "text", "expected"),
    [
        # "Foreign" (of the title) is a word of the low label "no foreign troops"
        (
            "ukraine-2025-02",
            "Russian Foreign Minister Sergei Lavrov rejected any deployment of European "
            "peacekeepers in Ukraine.",
            ("RUS", "peacekeeping", -1.0),
        ),
        # "special status" is the keyword, which the low label negates ("no special status")
        (
            "minsk-2015-02",
            "Putin stressed the introduction of a special status for the rebel-held areas.",
            ("RUS", "special_status", 1.0),
        ),
    ],
)
def test_names_and_keywords_do_not_set_the_direction(
    scenario: str, text: str, expected: tuple[str, str, float]
) -> None:
    assert found(scenario, text, dt.date(2025, 2, 18)) == [expected]
