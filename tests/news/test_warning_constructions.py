"""The warning constructions s30-threaten's "that" clause did not read (session 31,
s31-warning), under the convention of docs/event-coding.md, gold conventions: "A warning is
THREATEN only when the consequence it names is the speaker's own act"; "a warning that another
actor's act will bring harm ... judges that act: ACCUSE `disapprove` of its actor". Rules:
``accord.news.coding.warned_of`` and the bare content clause of ``warned_act``; nlp:
``accord.news.nlp.coder._warned_of`` and ``_bare_clause``. Sentences of our own."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from accord.news.coders import nlp_available
from accord.news.coding import code_sentence

DATE = dt.date(2025, 3, 1)
needs_nlp = pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")

ANOTHERS_ACT = [
    # a content clause with no "that", its subject another actor's act
    "Chile's foreign minister warned Peru's naval exercises could harm the fishing fleet.",
    # "warned against" another actor's act
    "Chile's foreign minister warned against Peru expanding its naval patrols.",
]
# "warned about" a harm that names no actor: no event
NO_ACTOR = "Chile's foreign minister warned fishermen about rough seas in the bay."
STAYS_A_THREAT = [
    # the speaker's own measure
    "Chile's foreign minister warned of further sanctions against Peru.",
    # a prohibition told to the addressee
    "Chile's foreign minister warned fishermen against entering waters that Peru controls.",
]


def _first(events: list[Any]) -> tuple[str, str | None, list[str], list[str]]:
    e = events[0]
    return e.event_type, e.mode, [a.code for a in e.sources], [a.code for a in e.targets]


def _nlp(text: str) -> list[Any]:
    from accord.news.nlp.coder import NlpCoder

    return list(NlpCoder().code_sentence(text, DATE, None))


@pytest.mark.parametrize("text", ANOTHERS_ACT)
def test_rules_warning_of_anothers_act_accuses_it(text: str) -> None:
    assert _first(code_sentence(text, DATE)) == ("ACCUSE", "disapprove", ["CHL"], ["PER"])


def test_rules_warning_about_a_harm_with_no_actor_is_no_event() -> None:
    assert code_sentence(NO_ACTOR, DATE) == []


@pytest.mark.parametrize("text", STAYS_A_THREAT)
def test_rules_own_measure_or_prohibition_stays_a_threat(text: str) -> None:
    assert _first(code_sentence(text, DATE)) == ("THREATEN", None, ["CHL"], ["PER"])


@needs_nlp
@pytest.mark.parametrize("text", ANOTHERS_ACT)
def test_nlp_warning_of_anothers_act_accuses_it(text: str) -> None:
    assert _first(_nlp(text)) == ("ACCUSE", "disapprove", ["CHL"], ["PER"])


@needs_nlp
def test_nlp_warning_about_a_harm_with_no_actor_is_no_event() -> None:
    assert _nlp(NO_ACTOR) == []


@needs_nlp
@pytest.mark.parametrize("text", STAYS_A_THREAT)
def test_nlp_own_measure_or_prohibition_stays_a_threat(text: str) -> None:
    assert _first(_nlp(text)) == ("THREATEN", None, ["CHL"], ["PER"])
