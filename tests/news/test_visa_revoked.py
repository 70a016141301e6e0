"""A person's visa revoked is coercion (session 36, s36-visa): a state that revokes, cancels,
suspends or restricts the visa of a person or of officials of another state is COERCE
``restrict``, CAMEO 1721 (docs/event-coding.md, "A person's visa revoked is coercion"), not the
SANCTION that the REVOKE, CANCEL and SUSPEND blocks and the noun "sanctions" give; a measure
announced with no condition is the measure. The rules coder retypes the trigger
(``accord.news.coding._revoked_visa``) and keeps the announced one
(``_announced_visa_measure``); the nlp coder takes the type through
``rules_type_same_trigger``. Sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from accord.news.coders import nlp_available
from accord.news.coding import code_sentence
from tests.news.test_freed import _first

DATE = dt.date(2025, 3, 1)
needs_nlp = pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")

# (sentence, source, target), all COERCE `restrict` (rules): one per construction
VISAS = [
    # the verb's object, the holder in its "of" phrase
    ("Canada has revoked the visa of a senior Chinese diplomat.", "CAN", "CHN"),
    # the verb's object, the holder its possessor
    ("Canada cancelled the Iranian ambassador's visa on Tuesday.", "CAN", "IRN"),
    # announced with no condition: the measure, not a threat
    ("Kenya will revoke the visa of the Somali foreign minister, the ministry said.", "KEN", "SOM"),
    # visa restrictions on officials, after a verb of imposing
    ("Canada approved visa restrictions on Iranian judges on Monday.", "CAN", "IRN"),
    # visa restrictions on officials, after the noun "sanctions"
    ("Canada's new sanctions include visa restrictions on Iranian officials.", "CAN", "IRN"),
]


@pytest.mark.parametrize("text, source, target", VISAS)
def test_rules_a_persons_visa_revoked_is_coercion(text: str, source: str, target: str) -> None:
    events = code_sentence(text, DATE)
    assert _first(events) == ("COERCE", [source], [target])
    assert events[0].mode == "restrict"


def test_rules_what_is_not_a_persons_visa_keeps_its_reading() -> None:
    # a holder left unnamed: still SANCTION (a country's nationals are COERCE since session 37,
    # s37-natvisa: tests/news/test_visa_nationals.py)
    unnamed = code_sentence("Kenya revoked his visa on Friday.", DATE)
    assert unnamed[0].event_type == "SANCTION"
    # a condition makes it a threat; restrictions lifted stay a concession
    condition = "Kenya will revoke the visa of the Somali foreign minister if he returns."
    assert code_sentence(condition, DATE)[0].event_type == "THREATEN"
    lifted = code_sentence("Kenya lifted visa restrictions on Somali officials.", DATE)
    assert lifted[0].event_type == "CONCEDE"
    # visa restrictions named beside another measure, on no one: the tariffs' sanction
    tariffs = "Kenya announced new tariffs on Somali goods and visa restrictions in response."
    assert code_sentence(tariffs, DATE)[0].event_type == "SANCTION"


@needs_nlp
@pytest.mark.parametrize("text, source, target", VISAS)
def test_nlp_a_persons_visa_revoked_is_coercion(text: str, source: str, target: str) -> None:
    from accord.news.nlp.coder import NlpCoder

    events = NlpCoder().code_sentence(text, DATE, None)
    assert _first(events) == ("COERCE", [source], [target])


@needs_nlp
def test_nlp_what_is_not_a_persons_visa_keeps_its_reading() -> None:
    from accord.news.nlp.coder import NlpCoder

    coder = NlpCoder()
    condition = "Kenya will revoke the visa of the Somali foreign minister if he returns."
    assert coder.code_sentence(condition, DATE, None)[0].event_type == "THREATEN"
