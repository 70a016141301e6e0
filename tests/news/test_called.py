"""Session 27 (s27-called): "call" with an object and a predicate characterises the object
(docs/event-coding.md: ACCUSE, CAMEO 111, "for a characterising verb whose predicate
condemns"; CAMEO 01 statements code nothing); it is no telephone call (CONSULT) and no "call
for" appeal (REQUEST). Sentences of our own, one construction each, for both coders; the nlp
coder's head is held constant so that the role rule is tested whatever the trained head
makes of a sentence."""

from __future__ import annotations

import datetime as dt

import pytest

from accord.news.coders import nlp_available
from accord.news.coding import characterising_call, code_sentence
from accord.news.gazetteer import tokenize
from accord.news.resolve import find_mentions
from tests.news.test_nlp_role_rules import _constant_head

DATE = dt.date(2025, 3, 1)
needs_nlp = pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")


def _rules(text: str) -> dict[str, tuple[str, ...]]:
    """The rules coder's events of ``text`` by trigger: type, sources, "->", targets."""
    return {
        str(e.trigger): (
            e.event_type,
            *sorted(a.code for a in e.sources),
            "->",
            *sorted(a.code for a in e.targets),
        )
        for e in code_sentence(text, DATE)
    }


def _nlp(text: str, on: bool, probs: dict[str, float]) -> dict[str, tuple[str, ...]]:
    """The nlp coder's events of ``text`` by trigger, the head held at ``probs``."""
    from dataclasses import replace

    from accord.news.nlp.coder import DEFAULT_RULES, NlpCoder

    rules = replace(DEFAULT_RULES, learned_first=False, called_as=on)
    coder = NlpCoder(head=_constant_head(probs), rules=rules)
    return {
        str(e.trigger): (
            e.event_type,
            *sorted(a.code for a in e.sources),
            "->",
            *sorted(a.code for a in e.targets),
        )
        for e in coder.code_sentence(text, DATE)
    }


def _call(text: str) -> tuple[bool, int] | None:
    tokens = tokenize(text)
    mentions = find_mentions(tokens, text, DATE, bare=True)
    at = next(i for i, t in enumerate(tokens) if t.key.startswith("CALL"))
    return characterising_call(tokens, mentions, at)


def test_the_construction_tells_a_characterisation_from_the_other_senses_of_call() -> None:
    assert _call("Chile called Peru's border decree unacceptable on Monday.") == (True, 6)
    found = _call('Serbia called the talks "a historic step" for the region.')
    assert found is not None and not found[0]
    for text in (
        "Chile called Peru on Monday.",  # a telephone call to a named actor
        "Chad called for an end to the aggression in the east.",  # an appeal
        "Chad called on Sudan to end its illegal blockade.",
        "Chad called a meeting of the council on the illegal blockade.",  # convened
        "A phone call between the leaders ended the illegal blockade.",  # a noun
    ):
        assert _call(text) is None, text


def test_rules_a_condemning_predicate_is_an_accusation_of_the_objects_owner() -> None:
    events = _rules("Chile called Peru's border decree unacceptable on Monday.")
    assert events.get("called") == ("ACCUSE", "CHL", "->", "PER")


def test_rules_a_predicate_that_condemns_nothing_is_a_statement() -> None:
    # neither the default telephone call (041) nor the "call ... for" appeal (020)
    events = _rules('Serbia called the talks "a historic step" for the region.')
    assert "called" not in events
    # the other senses are left as they are
    assert _rules("Chile called Peru on Monday.").get("called", ("",))[0] == "CONSULT"
    assert _rules("Chile called Peru a liar.").get("called", ("",))[0] == "ACCUSE"


@needs_nlp
def test_nlp_a_condemning_predicate_is_an_accusation_of_the_objects_owner() -> None:
    text = "Chile called Peru's border decree unacceptable on Monday."
    assert _nlp(text, True, {"CONSULT": 0.9}).get("called") == ("ACCUSE", "CHL", "->", "PER")


@needs_nlp
def test_nlp_a_predicate_that_condemns_nothing_is_a_statement() -> None:
    text = 'Serbia called the talks "a historic step" for the region.'
    assert _nlp(text, False, {"CONSULT": 0.9}).get("called", ("",))[0] == "CONSULT"
    assert "called" not in _nlp(text, True, {"CONSULT": 0.9})
    # an accusation that the head reads on the verb stays
    assert _nlp(text, True, {"ACCUSE": 0.9}).get("called", ("",))[0] == "ACCUSE"
