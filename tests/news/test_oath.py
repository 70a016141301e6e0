"""Taking an office codes no event from the verb that reports it, in either coder: a form of
"swear" followed by "in" or "into office" and the noun "swearing-in" (session 41, s41-sworn),
a form of "take" followed by "office" or "the oath", and a passive "inaugurated" (session 42,
s42-oath; docs/validation-events/session-42-oath.md; ``accord.news.coding.takes_office``).
A vow ("have sworn to fight", "swore that ...") and "took control" keep the dictionary's
reading. Sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from accord.news.coders import nlp_available
from accord.news.coding import code_sentence

DATE = dt.date(2025, 3, 1)
needs_nlp = pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")

TAKING_OFFICE = [
    "Chile's new president Gabriel Boric was sworn in on Friday.",
    "Peru's president was sworn into office in Lima on Monday.",
    "Bolivia's president was sworn in as head of state in La Paz.",
    "Chile's president attended the swearing-in ceremony of Peru's president.",
    "Chile's new president took office on Friday.",
    "Peru's president will take office in Lima next week.",
    "Bolivia's president takes office on Sunday.",
    "Chile's new president took the oath of office in Santiago on Friday.",
    "Peru's president will take the oath in Lima next week.",
    "Bolivia's president was inaugurated on Sunday in La Paz.",
    "Chile's new president was formally inaugurated in Santiago on Friday.",
]
SWORN_BACKGROUND = (
    "Peruvian police fired tear gas at protesters near where Chile's president was being sworn in."
)
TOOK_BACKGROUND = (
    "Peruvian police fired tear gas at protesters in Lima since Chile's president took office."
)
VOW = "Bolivian rebels have sworn to fight Peru until the border is open."
SWORE_THAT = "Peru swore that it would never give up the islands claimed by Chile."
TOOK_CONTROL = "Bolivian troops took control of the border town claimed by Peru."

Coded = tuple[str, str | None, list[str], list[str]]


def _codings(events: list) -> list[Coded]:  # type: ignore[type-arg]
    return [
        (e.event_type, e.mode, [a.code for a in e.sources], [a.code for a in e.targets])
        for e in events
    ]


@pytest.mark.parametrize("text", TAKING_OFFICE)
def test_rules_taking_office_is_no_event(text: str) -> None:
    assert code_sentence(text, DATE) == []


def test_rules_taking_office_beside_another_event_keeps_only_that_event() -> None:
    assert _codings(code_sentence(SWORN_BACKGROUND, DATE)) == [
        ("ASSAULT", "pro_autocracy", ["PER"], ["CHL"])
    ]
    assert _codings(code_sentence(TOOK_BACKGROUND, DATE)) == [
        ("ASSAULT", "pro_autocracy", ["PER"], ["PER"])
    ]


def test_rules_a_vow_and_took_control_keep_the_dictionary_reading() -> None:
    assert _codings(code_sentence(VOW, DATE)) == [
        ("ACCUSE", "disapprove", ["BOL"], ["PER"]),
        ("ASSAULT", None, ["BOL"], ["PER"]),
    ]
    assert _codings(code_sentence(SWORE_THAT, DATE))[0] == (
        "ACCUSE",
        "disapprove",
        ["PER"],
        ["CHL"],
    )
    assert _codings(code_sentence(TOOK_CONTROL, DATE))[0] == (
        "COERCE",
        "seize",
        ["BOL"],
        ["PER"],
    )


@needs_nlp
@pytest.mark.parametrize("text", TAKING_OFFICE)
def test_nlp_taking_office_is_no_event(text: str) -> None:
    from accord.news.nlp.coder import NlpCoder

    assert NlpCoder().code_sentence(text, DATE, None) == []


@needs_nlp
def test_nlp_taking_office_beside_another_event_keeps_only_that_event() -> None:
    from accord.news.nlp.coder import NlpCoder

    coder = NlpCoder()
    assert _codings(coder.code_sentence(SWORN_BACKGROUND, DATE, None)) == [
        ("ASSAULT", None, ["PER"], ["CHL"])
    ]
    assert _codings(coder.code_sentence(TOOK_BACKGROUND, DATE, None)) == [
        ("ASSAULT", None, ["PER"], ["PER"])
    ]


@needs_nlp
def test_nlp_a_vow_and_took_control_keep_the_dictionary_reading() -> None:
    from accord.news.nlp.coder import NlpCoder

    coder = NlpCoder()
    assert _codings(coder.code_sentence(VOW, DATE, None)) == [
        ("ACCUSE", "disapprove", ["BOL"], ["PER"])
    ]
    assert _codings(coder.code_sentence(SWORE_THAT, DATE, None)) == [
        ("ACCUSE", "disapprove", ["PER"], ["CHL"])
    ]
    assert _codings(coder.code_sentence(TOOK_CONTROL, DATE, None)) == [
        ("COERCE", "seize", ["BOL"], ["PER"])
    ]
