"""s33-expected: an expectation held by others ("X is expected to VERB") and the purpose of a
thing ("the deal is aimed at ...", "a plan aimed at ...", "the drill was designed to ...") give
no event of their own; the verb an expectation governs is read as a reported future act (a
cooperative one AGREE), the verb a purpose governs as no act. The subject's own aim ("Vanuatu
aims to ...") keeps its reading. Sentences of our own
(docs/validation-events/session-33-expected.md)."""

from __future__ import annotations

import datetime as dt

import pytest

from accord.news.coders import get_coder, nlp_available
from accord.news.coding import expected_of_others, purpose_of_thing
from accord.news.gazetteer import tokenize

DATE = dt.date(2025, 3, 1)
NLP = pytest.mark.skipif(not nlp_available(), reason="nlp")

Reading = tuple[str, str | None, tuple[str, ...], tuple[str, ...], str | None]


def _first(name: str, text: str) -> Reading | None:
    """The first event's type, mode, sources, targets and trigger, or None."""
    events = get_coder(name, strict=True).coder.code_sentence(text, DATE)
    if not events:
        return None
    e = events[0]
    sources = tuple(sorted(a.code for a in e.sources))
    return (e.event_type, e.mode, sources, tuple(sorted(a.code for a in e.targets)), e.trigger)


def test_expectation_reads_the_governed_act_as_future_rules() -> None:
    text = "Norway is expected to back Sweden at the Security Council."
    assert _first("rules", text) == ("AGREE", None, ("NOR",), ("SWE",), "back")


def test_expectation_is_no_act_of_its_own_rules() -> None:
    text = "Chile's president is widely expected to secure a second term."
    assert _first("rules", text) is None


@NLP
def test_expectation_is_no_act_of_its_own_nlp() -> None:
    text = "Chile's president is widely expected to secure a second term."
    assert _first("nlp", text) is None


@pytest.mark.parametrize("name", ["rules", pytest.param("nlp", marks=NLP)])
@pytest.mark.parametrize(
    "text",
    [
        "Kenya's cabinet has acknowledged a security plan aimed at disarming the militias.",
        "Peru's government said the new rules are aimed at slashing red tape.",
        "The Norwegian ministry said the exercise was designed to deepen military cooperation.",
    ],
)
def test_purpose_of_a_thing_is_no_act(name: str, text: str) -> None:
    assert _first(name, text) is None


@pytest.mark.parametrize(
    ("name", "mode"), [("rules", "yield"), pytest.param("nlp", None, marks=NLP)]
)
def test_purpose_beside_an_act_keeps_the_act(name: str, mode: str | None) -> None:
    # each coder's mode of "vetoed" as at the session start (the CAMEO entry's, or none)
    text = "Norway vetoed a proposal by Sweden aimed at curbing fishing quotas."
    assert _first(name, text) == ("REJECT", mode, ("NOR",), ("SWE",), "vetoed")


@pytest.mark.parametrize("name", ["rules", pytest.param("nlp", marks=NLP)])
def test_the_subjects_own_aim_keeps_its_reading(name: str) -> None:
    text = "Vanuatu aims to enhance its policing cooperation with China."
    assert _first(name, text) == ("AGREE", None, ("VUT",), ("CHN",), "aims")


def test_word_classes() -> None:
    tokens = tokenize("India is widely expected to extend a credit line.")
    assert expected_of_others(tokens, 3)
    tokens = tokenize("India expected to extend a credit line.")
    assert not expected_of_others(tokens, 1)
    tokens = tokenize("the protesters who aimed to hold demonstrations")
    assert not purpose_of_thing(tokens, 3, set())
    tokens = tokenize("a military plan aimed at disarming Hezbollah")
    assert purpose_of_thing(tokens, 3, set())
