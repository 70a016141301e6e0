"""``RoleRules.appositive_describes`` (session 44, s44-nlproles): an appositive set off by
commas after an agent that names an actor with a country of its own describes that agent, so
the actors it names are no agents of the predicate (the rules coder's reading since session 10,
``accord.news.coding._appositive_spans``). Sentences of our own, one per case, with both
coders' first event (type, mode, sources, targets); the shipped nlp coder as it codes."""

from __future__ import annotations

import datetime as dt

import pytest

from accord.news.coders import nlp_available
from accord.news.coding import code_sentence
from accord.news.types import Event

DATE = dt.date(2025, 3, 1)
needs_nlp = pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")

Coded = tuple[str, str | None, list[str], list[str]]


def _first(events: list[Event]) -> Coded | None:
    if not events:
        return None
    e = events[0]
    return (e.event_type, e.mode, sorted({a.code for a in e.sources}), [a.code for a in e.targets])


def _nlp(text: str, on: bool = True) -> Coded | None:
    from dataclasses import replace

    from accord.news.nlp.coder import DEFAULT_RULES, NlpCoder

    coder = NlpCoder(rules=replace(DEFAULT_RULES, appositive_describes=on))
    return _first(coder.code_sentence(text, DATE))


# (sentence, the nlp coder's first event with the rule, the same without it, the rules coder's)
CASES = [
    (  # the appositive's "of" complement names another state: not an agent
        "Hungarian Prime Minister Viktor Orban, a longtime friend of Vladimir Putin, criticised"
        " the European Commission on Tuesday.",
        ("ACCUSE", "disapprove", ["HUN"], ["EU"]),
        ("ACCUSE", "disapprove", ["HUN", "RUS"], ["EU"]),
        ("ACCUSE", "disapprove", ["HUN"], ["EU"]),
    ),
    (  # with the appositive's state gone from the sources, the object is the recipient again
        "Colombian President Gustavo Petro, a fierce critic of Donald Trump, accused Washington"
        " of killing fishermen.",
        ("ACCUSE", "disapprove", ["COL"], ["USA"]),
        ("ACCUSE", "disapprove", ["COL", "USA"], []),
        ("ACCUSE", "disapprove", ["COL"], ["USA"]),
    ),
]
# outside the reading: the sentence is coded as without the rule
UNCHANGED = [
    (  # the agent names no actor of its own: the appositive carries the only country
        "The foreign minister, a close ally of the Turkish president, met his Greek counterpart"
        " in Athens.",
        ("CONSULT", None, ["TUR"], ["GRC"]),
    ),
    (  # ", a ..., and": a list, not an appositive
        "Viktor Orban, a longtime friend of Vladimir Putin, and Robert Fico criticised the"
        " European Commission.",
        ("ACCUSE", "disapprove", ["HUN", "RUS", "SVK"], ["EU"]),
    ),
    (  # an appositive of the same state: nothing to drop
        "Emmanuel Macron, the French president, met Olaf Scholz in Berlin.",
        ("CONSULT", None, ["FRA"], ["DEU"]),
    ),
]


@needs_nlp
@pytest.mark.parametrize(("text", "on", "off", "rules"), CASES)
def test_an_appositive_names_no_agent(text: str, on: Coded, off: Coded, rules: Coded) -> None:
    assert _nlp(text) == on, text
    assert _nlp(text, on=False) == off, text
    assert _first(code_sentence(text, DATE)) == rules, text


@needs_nlp
@pytest.mark.parametrize(("text", "coded"), UNCHANGED)
def test_outside_the_reading_nothing_changes(text: str, coded: Coded) -> None:
    assert _nlp(text) == coded, text
    assert _nlp(text, on=False) == coded, text


def test_the_rules_coder_reads_the_same_appositive() -> None:
    text = CASES[0][0]
    assert _first(code_sentence(text, DATE)) == ("ACCUSE", "disapprove", ["HUN"], ["EU"])
