"""The warning noun read as the verb is (session 32, s32-warnnoun), under the convention of
docs/event-coding.md, gold conventions: "A warning is THREATEN only when the consequence it
names is the speaker's own act"; "a warning that another actor's act will bring harm ...
judges that act: ACCUSE `disapprove` of its actor". Rules: ``accord.news.coding._warning_noun``
through ``warned_act`` and ``warned_of``; nlp: ``accord.news.nlp.coder._warning_noun``,
``_told_to`` and ``_noun_content`` through ``_warned_act``. Sentences of our own."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from accord.news.coders import nlp_available
from accord.news.coding import code_sentence

DATE = dt.date(2025, 3, 1)
needs_nlp = pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")

ANOTHERS_ACT = [
    # "issued a warning that CLAUSE", the clause's subject another actor's act
    "Chile issued a warning that Peru's naval exercises would harm the fishing fleet.",
    # the light verb with a possessor: "repeated its warning that"
    "Chile repeated its warning that Peru's naval exercises would harm the fishing fleet.",
    # "a warning against" another actor's act
    "Chile issued a warning against Peru expanding its naval patrols.",
]
STAYS_A_THREAT = [
    # told to the addressee
    "Chile issued a stern warning to Peru over its naval patrols.",
    # the speaker's own act
    "Chile issued a warning to Peru that it would respond with force.",
]
# "a warning about" a harm that names no actor: no event
NO_ACTOR = "Chile issued a warning about rough seas in the bay."


def _first(events: list[Any]) -> tuple[str, str | None, list[str], list[str]]:
    e = events[0]
    return e.event_type, e.mode, [a.code for a in e.sources], [a.code for a in e.targets]


def _nlp(text: str) -> list[Any]:
    from accord.news.nlp.coder import NlpCoder

    return list(NlpCoder().code_sentence(text, DATE, None))


@pytest.mark.parametrize("text", ANOTHERS_ACT)
def test_rules_warning_noun_of_anothers_act_accuses_it(text: str) -> None:
    assert _first(code_sentence(text, DATE)) == ("ACCUSE", "disapprove", ["CHL"], ["PER"])


@pytest.mark.parametrize("text", STAYS_A_THREAT)
def test_rules_warning_noun_told_to_addressee_stays_a_threat(text: str) -> None:
    assert _first(code_sentence(text, DATE)) == ("THREATEN", None, ["CHL"], ["PER"])


def test_rules_warning_noun_about_a_harm_with_no_actor_is_no_event() -> None:
    assert code_sentence(NO_ACTOR, DATE) == []


@needs_nlp
@pytest.mark.parametrize("text", ANOTHERS_ACT)
def test_nlp_warning_noun_of_anothers_act_accuses_it(text: str) -> None:
    assert _first(_nlp(text)) == ("ACCUSE", "disapprove", ["CHL"], ["PER"])


@needs_nlp
@pytest.mark.parametrize("text", STAYS_A_THREAT)
def test_nlp_warning_noun_told_to_addressee_stays_a_threat(text: str) -> None:
    assert _first(_nlp(text)) == ("THREATEN", None, ["CHL"], ["PER"])


@needs_nlp
def test_nlp_warning_noun_about_a_harm_with_no_actor_is_no_event() -> None:
    assert _nlp(NO_ACTOR) == []
