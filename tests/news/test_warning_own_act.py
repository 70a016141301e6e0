"""A warning of the speaker's own violent or coercive act against another actor's people or
positions stays THREATEN (session 32, s32-warnguard), under the convention of
docs/event-coding.md, gold conventions: "A warning is THREATEN only when the consequence it
names is the speaker's own act". Rules: ``accord.news.coding.own_act_against`` in
``warned_of``; nlp: ``accord.news.nlp.coder._own_act_against`` in ``_warned_of``. Another
actor as the act's doer keeps s31-warning's ACCUSE. Sentences of our own."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from accord.news.coders import nlp_available
from accord.news.coding import code_sentence

DATE = dt.date(2025, 3, 1)
needs_nlp = pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")

# the speaker's own act, the other actor only its object or place
OWN_ACT = [
    "Chile's foreign minister warned of more attacks on Peru's positions.",
    "Chile's defence minister warned of strikes against Peruvian ships.",
]
# the other actor the act's doer
ANOTHERS_ACT = [
    "Chile's foreign minister warned of Peru's strikes on the border.",
    "Chile's foreign minister warned of attacks by Peru on its positions.",
]


def _first(events: list[Any]) -> tuple[str, str | None, list[str], list[str]]:
    e = events[0]
    return e.event_type, e.mode, [a.code for a in e.sources], [a.code for a in e.targets]


def _nlp(text: str) -> list[Any]:
    from accord.news.nlp.coder import NlpCoder

    return list(NlpCoder().code_sentence(text, DATE, None))


@pytest.mark.parametrize("text", OWN_ACT)
def test_rules_warning_of_own_attack_on_another_is_a_threat(text: str) -> None:
    assert _first(code_sentence(text, DATE)) == ("THREATEN", None, ["CHL"], ["PER"])


@pytest.mark.parametrize("text", ANOTHERS_ACT)
def test_rules_warning_of_anothers_attack_accuses_it(text: str) -> None:
    assert _first(code_sentence(text, DATE)) == ("ACCUSE", "disapprove", ["CHL"], ["PER"])


@needs_nlp
@pytest.mark.parametrize("text", OWN_ACT)
def test_nlp_warning_of_own_attack_on_another_is_a_threat(text: str) -> None:
    events = _nlp(text)
    assert _first(events) == ("THREATEN", None, ["CHL"], ["PER"])
    assert all(e.event_type != "ACCUSE" for e in events)


@needs_nlp
@pytest.mark.parametrize("text", ANOTHERS_ACT)
def test_nlp_warning_of_anothers_attack_accuses_it(text: str) -> None:
    assert _first(_nlp(text)) == ("ACCUSE", "disapprove", ["CHL"], ["PER"])
