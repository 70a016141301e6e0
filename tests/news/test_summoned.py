"""Summonses over a grievance (session 33, s33-summoned): docs/event-coding.md, "an envoy or
High Commissioner summoned is a protest (111)" and "Summoning an ambassador is coded for what
is said (ACCUSE for a protest, REQUEST for a demand)". ``accord.news.coding._summoned_envoy``
reads an envoy word after the verb; ``_summoned_in_protest`` reads the envoy as the subject of
a passive summons and an official summoned to protest (a word of grievance after the verb).
The nlp coder takes the rules coder's type on the verb. Sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from accord.news.coding import code_sentence
from tests.news.test_armsale import Coded, _first, needs_nlp  # one reading helper, not a copy

DATE = dt.date(2025, 11, 14)


SUMMONSES: list[tuple[str, Coded]] = [
    # the envoy the subject of a passive summons: the ministry's state the source
    (
        "Iraq's ambassador to Sweden has been summoned to the Ministry of Foreign Affairs of"
        " Sweden over the burning of the embassy.",
        ("ACCUSE", "disapprove", ["SWE"], ["IRQ"]),
    ),
    (
        "Russia's ambassador was summoned to the German Foreign Office on Tuesday.",
        ("ACCUSE", "disapprove", ["DEU"], ["RUS"]),
    ),
    # an official summoned to protest, no envoy word
    (
        "Chile summoned Peruvian Foreign Minister Elmer Schialer to lodge a strong protest.",
        ("ACCUSE", "disapprove", ["CHL"], ["PER"]),
    ),
    (
        "Beijing summoned Japanese Vice Minister Takehiro Funakoshi on Monday, voicing its"
        " displeasure over the remarks.",
        ("ACCUSE", "disapprove", ["CHN"], ["JPN"]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), SUMMONSES)
def test_a_summons_over_a_grievance_is_a_protest_in_the_rules_coder(
    text: str, expected: Coded
) -> None:
    assert _first(text) == expected


@needs_nlp
@pytest.mark.parametrize(("text", "expected"), SUMMONSES)
def test_a_summons_over_a_grievance_is_a_protest_in_the_nlp_coder(
    text: str, expected: Coded
) -> None:
    # the nlp coder leaves a summons' mode empty, as for an envoy word after the verb
    # ("Chile summoned Peru's ambassador": ACCUSE, mode None), since before session 33
    kind, _, sources, targets = _first(text, "nlp")
    assert (kind, sources, targets) == (expected[0], *expected[2:])


def test_a_summons_with_no_grievance_keeps_its_reading() -> None:
    # officials called in for talks, no envoy and no word of grievance: a meeting (040)
    text = "France summoned German officials to Paris for talks on the budget."
    assert _first(text)[:1] == ("CONSULT",)
    # a protest that is not the summoner's is no grievance lodged
    text = "Chilean police summoned the opposition leader for questioning over the protest."
    assert "ACCUSE" not in [e.event_type for e in code_sentence(text, DATE)]
    # a court summons is no protest
    text = "Prosecutors ordered the arrest of the mayor for ignoring a court summons."
    assert "ACCUSE" not in [e.event_type for e in code_sentence(text, DATE)]
