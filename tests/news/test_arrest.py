"""An arrest or detention named by its verb is COERCE `arrest`, not ASSAULT, unless the sentence
names a violent act beside it (session 31, s31-arrest; docs/validation-events/session-31-arrest.md).
CAMEO's ARREST and DETAIN blocks code 175 ("use tactics of violent repression", ASSAULT in the
CAMEO->PLOVER table) for whom or when one arrests ("arrested ... protesters"); the rules coder
retypes it (``accord.news.coding._arrest_not_assault``), the nlp coder reads its head's violent
label the same way (``accord.news.nlp.coder._arrest_read``). Sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from accord.news.coders import nlp_available
from accord.news.coding import arrest_verb, code_sentence
from accord.news.gazetteer import tokenize

DATE = dt.date(2025, 3, 1)
needs_nlp = pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")

# a repression pattern of the ARREST block (175: "arrest * protester"), no violent act named
ARREST = "Police in Malawi arrested 300 protesters in Lilongwe on Friday."
# a violent act beside the arrest: the act is an assault
BEATEN = "Police in Malawi beat and arrested 300 protesters in Lilongwe on Friday."


def _first(events: list) -> tuple[str, str | None, list[str], list[str]]:  # type: ignore[type-arg]
    e = events[0]
    return e.event_type, e.mode, [a.code for a in e.sources], [a.code for a in e.targets]


@pytest.mark.parametrize(
    ("text", "at", "expected"),
    [
        ("Police arrested them", 1, True),
        ("Police detained them", 1, True),
        ("The court jailed him", 2, True),
        ("Police rounded up dozens", 1, True),
        ("He was taken into custody", 2, True),
        ("He was taken to hospital", 2, False),
        ("Police raided the office", 1, False),
    ],
)
def test_arrest_verbs(text: str, at: int, expected: bool) -> None:
    assert arrest_verb([t.key for t in tokenize(text)], at) is expected


def test_rules_arrest_is_coerce_not_assault() -> None:
    assert _first(code_sentence(ARREST, DATE)) == ("COERCE", "arrest", ["MWI"], ["MWI"])


def test_rules_violent_act_beside_the_arrest_stays_an_assault() -> None:
    assert _first(code_sentence(BEATEN, DATE))[0] == "ASSAULT"


@needs_nlp
def test_nlp_arrest_is_coerce_not_assault() -> None:
    from accord.news.nlp.coder import NlpCoder

    assert _first(NlpCoder().code_sentence(ARREST, DATE, None)) == (
        "COERCE",
        "arrest",
        ["MWI"],
        ["MWI"],
    )


@needs_nlp
def test_nlp_violent_act_beside_the_arrest_is_no_arrest() -> None:
    from accord.news.nlp.coder import NlpCoder

    events = NlpCoder().code_sentence(BEATEN, DATE, None)
    assert all(e.event_type != "COERCE" for e in events[:1])
