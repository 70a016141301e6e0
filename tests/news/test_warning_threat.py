"""A warning is THREATEN only when the consequence it names is the speaker's own act (session
30, s30-threaten): docs/event-coding.md, gold conventions, "a warning that another actor's act
will bring harm ... judges that act: ACCUSE `disapprove` of its actor". The rules coder reads
the warning's "that" clause on its tokens (``accord.news.coding.warned_act``), the nlp coder on
the parse (``accord.news.nlp.coder._warned_act``). Sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from accord.news.coders import nlp_available
from accord.news.coding import code_sentence

DATE = dt.date(2025, 3, 1)
needs_nlp = pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")

ANOTHERS_ACT = [
    # the clause's subject is another actor: its act is judged
    "Chile's foreign minister warned that Peru is violating the maritime treaty.",
    # a possessor names the actor of the act judged
    "Chile's foreign minister warned that Peru's naval exercises threaten the fishing fleet.",
    # a passive whose agent is another actor
    "Chile's foreign minister warned that fishing in the bay is being blocked by Peru.",
]
OWN_ACT = (
    "Chile's foreign minister warned that Chile would close its border with Peru if the raids"
    " continued."
)
STAYS_A_THREAT = [
    # a condition on the other side's conduct, the clause naming no actor
    "Chile's foreign minister warned that the patrols would increase if Peru did not withdraw"
    " its ships.",
    # told to the one it threatens
    "Chile's foreign minister warned Peru that the patrols would increase.",
    # a relative clause after the verb's complement is no content clause
    "Chile's foreign minister warned fishermen against entering waters that Peru controls.",
]
NO_ACTOR = "Chile's foreign minister warned that conditions in the bay will not improve soon."


def _first(events: list) -> tuple[str, str | None, list[str], list[str]]:  # type: ignore[type-arg]
    e = events[0]
    return e.event_type, e.mode, [a.code for a in e.sources], [a.code for a in e.targets]


@pytest.mark.parametrize("text", ANOTHERS_ACT)
def test_rules_warning_of_anothers_act_accuses_it(text: str) -> None:
    assert _first(code_sentence(text, DATE)) == ("ACCUSE", "disapprove", ["CHL"], ["PER"])


def test_rules_warning_of_the_speakers_own_act_stays_a_threat() -> None:
    kind, mode, sources, _targets = _first(code_sentence(OWN_ACT, DATE))
    assert (kind, mode, sources) == ("THREATEN", None, ["CHL"])


@pytest.mark.parametrize("text", STAYS_A_THREAT)
def test_rules_conditional_or_addressed_warning_stays_a_threat(text: str) -> None:
    assert _first(code_sentence(text, DATE)) == ("THREATEN", None, ["CHL"], ["PER"])


def test_rules_warning_that_names_no_actor_is_no_event() -> None:
    assert code_sentence(NO_ACTOR, DATE) == []


@needs_nlp
@pytest.mark.parametrize("text", ANOTHERS_ACT)
def test_nlp_warning_of_anothers_act_accuses_it(text: str) -> None:
    from accord.news.nlp.coder import NlpCoder

    assert _first(NlpCoder().code_sentence(text, DATE, None)) == (
        "ACCUSE",
        "disapprove",
        ["CHL"],
        ["PER"],
    )


@needs_nlp
def test_nlp_warning_of_the_speakers_own_act_stays_a_threat() -> None:
    from accord.news.nlp.coder import NlpCoder

    kind, mode, sources, _targets = _first(NlpCoder().code_sentence(OWN_ACT, DATE, None))
    assert (kind, mode, sources) == ("THREATEN", None, ["CHL"])


@needs_nlp
@pytest.mark.parametrize("text", STAYS_A_THREAT)
def test_nlp_conditional_or_addressed_warning_stays_a_threat(text: str) -> None:
    from accord.news.nlp.coder import NlpCoder

    events = NlpCoder().code_sentence(text, DATE, None)
    assert _first(events) == ("THREATEN", None, ["CHL"], ["PER"])


@needs_nlp
def test_nlp_warning_that_names_no_actor_is_no_event() -> None:
    from accord.news.nlp.coder import NlpCoder

    assert NlpCoder().code_sentence(NO_ACTOR, DATE, None) == []
