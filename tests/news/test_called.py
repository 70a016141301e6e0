"""Session 28 (s28-called): "call" with an object and a predicate that condemns is a
characterising verb's accusation (docs/event-coding.md: ACCUSE, CAMEO 111, "for a
characterising verb whose predicate condemns"): ACCUSE of the verb's subject, the judged act's
owner the recipient; a "call" whose predicate condemns nothing is left as it was. The word
class of a condemning predicate of "call" (``accord.news.coding.call_condemns``) is wider than
the characterising verbs' ("deeply regrettable", "a deliberate killing"). Sentences of our
own, one construction each, for both coders; the nlp coder's head is held constant so that
the role rule is tested whatever the trained head makes of a sentence."""

from __future__ import annotations

import datetime as dt

import pytest

from accord.news.coders import nlp_available
from accord.news.coding import call_condemns, characterising_call, code_sentence
from accord.news.gazetteer import tokenize
from accord.news.resolve import find_mentions
from tests.news.test_nlp_role_rules import _constant_head

DATE = dt.date(2025, 3, 1)
needs_nlp = pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")

# one sentence per construction: a word of the characterising verbs' class, a widened
# adjective (anywhere after the object), a widened noun after the predicate's opener
CONDEMNS = {
    "Chile called Peru's border decree unacceptable on Monday.": ("CHL", "PER"),
    "Norway called Sweden's new fishing quota deeply regrettable.": ("NOR", "SWE"),
    "Ghana called Togo's raid on the port 'a deliberate killing of fishermen'.": ("GHA", "TGO"),
}
# predicates that condemn nothing: left as the start code reads them (never ACCUSE)
NAMES = (
    'Serbia called the talks "a historic step" for the region.',
    "Chile called the strikes on the rebels a success.",  # the act is the object, not judged
)


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
    for text in NAMES:
        found = _call(text)
        assert found is not None and not found[0], text
    for text in (
        "Chile called Peru on Monday.",  # a telephone call to a named actor
        "Chad called for an end to the aggression in the east.",  # an appeal
        "Chad called on Sudan to end its illegal blockade.",
        "Chad called a meeting of the council on the illegal blockade.",  # convened
        "A phone call between the leaders ended the illegal blockade.",  # a noun
    ):
        assert _call(text) is None, text


def test_the_word_class_of_a_condemning_predicate() -> None:
    assert call_condemns("UNACCEPTABLE", False) and call_condemns("REGRETTABLE", False)
    # nouns of harm and of force condemn only inside the predicate
    assert call_condemns("KILLING", True) and call_condemns("BLOW", True)
    assert not call_condemns("KILLING", False) and not call_condemns("THREAT", False)
    assert not call_condemns("SUCCESS", True) and not call_condemns("HISTORIC", True)


def test_rules_a_condemning_predicate_is_an_accusation_of_the_acts_owner() -> None:
    for text, (source, target) in CONDEMNS.items():
        assert _rules(text).get("called") == ("ACCUSE", source, "->", target), text


def test_rules_a_predicate_that_condemns_nothing_is_left_as_it_was() -> None:
    for text in NAMES:
        assert _rules(text).get("called", ("",))[0] != "ACCUSE", text
    # the other senses are left as they are
    assert _rules("Chile called Peru on Monday.").get("called", ("",))[0] == "CONSULT"
    assert _rules("Chile called Peru a liar.").get("called", ("",))[0] == "ACCUSE"


@needs_nlp
def test_nlp_a_condemning_predicate_is_an_accusation_of_the_acts_owner() -> None:
    for text, (source, target) in CONDEMNS.items():
        got = _nlp(text, True, {"CONSULT": 0.9}).get("called")
        assert got == ("ACCUSE", source, "->", target), text


@needs_nlp
def test_nlp_a_predicate_that_condemns_nothing_is_left_as_it_was() -> None:
    for text in NAMES:
        on = _nlp(text, True, {"CONSULT": 0.9})
        assert on == _nlp(text, False, {"CONSULT": 0.9}), text
        assert on.get("called", ("",))[0] != "ACCUSE", text
