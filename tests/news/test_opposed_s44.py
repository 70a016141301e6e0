"""Session 44 (s44-types): the verb "oppose" and the noun "opposition to / against" as the
object of a verb of stating are REJECT (PLOVER 2.0 sec. 3.10), not the CAMEO dictionary's
disapproval (110 / 111, ACCUSE), in both coders (``accord.news.coding.opposed_stance``, the
rules coder's ``_opposed``, the nlp coder's ``RoleRules.opposed_reject``). Sentences of our
own (docs/validation-events/session-44-types.md)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from accord.news.coders import nlp_available
from accord.news.coding import code_sentence, opposed_stance

DATE = dt.date(2025, 3, 1)
needs_nlp = pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")

# (sentence, trigger, source, targets): type REJECT, no mode
CASES = [
    # the verb, the dictionary's block default (110) before
    ("Kenya firmly opposes the deployment of Ugandan troops.", "opposes", "KEN", ["UGA"]),
    # the noun after a verb of stating ("REITERATE * &OPPOSITION", 110)
    (
        "The Peruvian foreign minister reiterated his opposition to the Bolivian proposal.",
        "reiterated",
        "PER",
        ["BOL"],
    ),
    # quoted, with a word of strength ("DECLARE * &OPPOSITION", 110)
    (
        "Ghana declared its 'strong opposition' to the Nigerian decision.",
        "declared",
        "GHA",
        ["NGA"],
    ),
    # "VOICE * &OPPOSITION" (111)
    ("Argentina voiced opposition to the British referendum.", "voiced", "ARG", ["GBR"]),
]


def _codes(actors: Any) -> list[str]:
    return sorted({a.code for a in actors})


def _keys(text: str) -> list[str]:
    return text.upper().split(" ")


def test_word_class() -> None:
    keys = _keys("Norway expressed its firm opposition to the plan")
    assert opposed_stance(keys, 1)
    assert opposed_stance(_keys("Chile opposed the ban"), 1)
    # another noun first, joined by "and": not read
    keys = _keys("Sun expressed strong dissatisfaction and opposition to the remarks")
    assert not opposed_stance(keys, 1)
    # the opposition as a party, no "to" / "against"
    assert not opposed_stance(_keys("Police arrested the opposition leader"), 1)
    assert not opposed_stance(_keys("Chile criticised the plan"), 1)


@pytest.mark.parametrize(("text", "trigger", "source", "targets"), CASES)
def test_rules(text: str, trigger: str, source: str, targets: list[str]) -> None:
    first = code_sentence(text, DATE)[0]
    assert (first.event_type, first.mode, first.trigger) == ("REJECT", None, trigger), text
    assert _codes(first.sources) == [source]
    assert _codes(first.targets) == targets


def test_rules_leaves_criticism_and_the_party() -> None:
    first = code_sentence("Chile criticised the Peruvian plan.", DATE)[0]
    assert first.event_type == "ACCUSE"
    first = code_sentence("The Chilean opposition leader accused Peru of fraud.", DATE)[0]
    assert first.event_type == "ACCUSE"


@needs_nlp
@pytest.mark.parametrize(("text", "trigger", "source", "targets"), CASES)
def test_nlp(text: str, trigger: str, source: str, targets: list[str]) -> None:
    from accord.news.nlp.coder import NlpCoder

    first = NlpCoder().code_sentence(text, DATE)[0]
    assert (first.event_type, first.mode, first.trigger) == ("REJECT", None, trigger), text
    assert _codes(first.sources) == [source]
    assert _codes(first.targets) == targets
