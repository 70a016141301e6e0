"""Nationals' visas withdrawn are coercion (session 37, s37-natvisa): a state that cancels,
revokes or suspends the visas, the visa issuance or the visa-free travel of another state's
nationals, citizens, officials or diplomats as a class is COERCE ``restrict``, CAMEO 1721, the
state the source and the travellers' state the target (docs/event-coding.md, "Nationals' visas
withdrawn are coercion"). The rules coder retypes the trigger
(``accord.news.coding._withdrawn_national_visas`` through ``national_visas_withdrawn``), keeps
an announced one as the measure (``withdrawn_visa``) and reads a passive's issuer as the source
(``_natvisa_roles``); the nlp coder takes the type through ``rules_type_same_trigger`` (or the
rules event its learned choice puts first). Sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from accord.news.coders import nlp_available
from accord.news.coding import Trigger, code_sentence, national_visas_withdrawn
from accord.news.gazetteer import tokenize
from tests.news.test_freed import _first

DATE = dt.date(2025, 3, 1)
needs_nlp = pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")

# (sentence, source, target), all COERCE `restrict` (rules): one per construction
NATIONALS = [
    # the verb's object, the class in its "of" phrase
    ("Ghana revoked the visas of Togolese nationals on Monday.", "GHA", "TGO"),
    # the bare infinitive "suspend" (no dictionary code) with visa-free entry "for" a class
    ("Latvia's government decided to suspend visa-free entry for Russian officials.", "LVA", "RUS"),
    # announced with no condition, the class after "issued to": the measure, not a threat
    ("India will cancel all visas issued to Bangladeshi nationals.", "IND", "BGD"),
    # a passive future with the issuer named: the issuer acts on the holders' state
    (
        "All visas issued by Nepal to Chinese citizens will be cancelled from next month.",
        "NPL",
        "CHN",
    ),
    # a passive perfect with the issuer named, a closing reporter
    (
        "Visas issued by Kenya to Somali diplomats have been revoked, the ministry said.",
        "KEN",
        "SOM",
    ),
]

# sentences the reading leaves as they were: (sentence, type of the first event or None)
KEPT = [
    # visa requirements cancelled: a concession, not the visas themselves
    ("Kenya cancelled visa requirements for Somali citizens.", "CONCEDE"),
    # a suspension lifted: a concession
    ("Kenya lifted the suspension of visa-free travel for Somali citizens.", "CONCEDE"),
    # a passive with no issuer named: no source, no event
    ("Visas of Somali nationals have been revoked.", None),
]


@pytest.mark.parametrize("text, source, target", NATIONALS)
def test_rules_nationals_visas_withdrawn_are_coercion(text: str, source: str, target: str) -> None:
    events = code_sentence(text, DATE)
    assert _first(events) == ("COERCE", [source], [target])
    assert events[0].mode == "restrict"


@pytest.mark.parametrize("text, kind", KEPT)
def test_rules_what_is_not_a_class_s_visas_withdrawn_keeps_its_reading(
    text: str, kind: str | None
) -> None:
    events = code_sentence(text, DATE)
    assert (events[0].event_type if events else None) == kind


def test_rules_a_condition_keeps_the_threat_with_the_issuer_as_source() -> None:
    text = "All visas issued by Kenya to Somali nationals will be revoked if the talks fail."
    assert _first(code_sentence(text, DATE)) == ("THREATEN", ["KEN"], ["SOM"])


def test_the_class_needs_a_named_state() -> None:
    # "nationals of ten countries" names no state: the s34 suspension rule reads it as before
    tokens = tokenize("Kenya suspended visas for nationals of ten countries.")
    keys = [t.key for t in tokens]
    trig = next(i for i, k in enumerate(keys) if k == "SUSPENDED")
    assert not national_visas_withdrawn(keys, Trigger(trig, trig + 1, "---", 0.0, "default"))
    tokens = tokenize("Kenya suspended visas for Somali nationals.")
    keys = [t.key for t in tokens]
    assert national_visas_withdrawn(keys, Trigger(trig, trig + 1, "---", 0.0, "default"))


@needs_nlp
@pytest.mark.parametrize("text, source, target", NATIONALS)
def test_nlp_nationals_visas_withdrawn_are_coercion(text: str, source: str, target: str) -> None:
    from accord.news.nlp.coder import NlpCoder

    events = NlpCoder().code_sentence(text, DATE, None)
    assert _first(events) == ("COERCE", [source], [target])


@needs_nlp
@pytest.mark.parametrize("text, kind", KEPT)
def test_nlp_what_is_not_a_class_s_visas_withdrawn_keeps_its_reading(
    text: str, kind: str | None
) -> None:
    from accord.news.nlp.coder import NlpCoder

    events = NlpCoder().code_sentence(text, DATE, None)
    assert (events[0].event_type if events else None) == kind
