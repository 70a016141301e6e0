"""The expulsion of diplomats (session 27, s27-expel): docs/event-coding.md, gold conventions,
"Expelling diplomats (or ordering them to leave) is SANCTION `expel`" (PLOVER 2.0 manual,
table 3.8; CAMEO 166). The rules coder reads it however it is said
(``accord.news.coding._expelled_envoy``); the nlp coder takes it where its head abstains on
the verb (``RoleRules.rules_expulsion``). Sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from accord.news.coders import nlp_available
from accord.news.coding import code_sentence
from tests.news.test_nlp_role_rules import _with_head

DATE = dt.date(2025, 3, 1)
needs_nlp = pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")


def _first(text: str) -> tuple[str, str | None, list[str], list[str], str | None]:
    event = code_sentence(text, DATE)[0]
    return (
        event.event_type,
        event.mode,
        [a.code for a in event.sources],
        [a.code for a in event.targets],
        event.trigger,
    )


@pytest.mark.parametrize(
    "text, trigger",
    [
        # declared persona non grata
        ("Chile declared Peru's military attache persona non grata on Tuesday.", "declared"),
        # declared undesirable, an embassy named in the object
        ("Chile declared two employees of the Peruvian embassy undesirable persons.", "declared"),
        # an order of expulsion whose object names diplomats
        ("Chile ordered three Peruvian diplomats expelled on Tuesday.", "ordered"),
        ("Chile announced the expulsion of two Peruvian consular officials.", "announced"),
        ("Chile ordered the Peruvian ambassador to leave the country.", "ordered"),
        # a number of days to leave, given to diplomats
        ("Chile gave the Peruvian ambassador five days to leave the country.", "gave"),
    ],
)
def test_an_expulsion_of_diplomats_is_a_sanction(text: str, trigger: str) -> None:
    assert _first(text) == ("SANCTION", "expel", ["CHL"], ["PER"], trigger)


def test_what_is_no_expulsion_of_diplomats_keeps_its_reading() -> None:
    # an organisation declared undesirable, no envoy named: no expulsion of diplomats
    coded = code_sentence("Chile declared a Peruvian foundation undesirable on Tuesday.", DATE)
    assert not any(e.mode == "expel" for e in coded)
    # days given for something else than leaving
    coded = code_sentence("Chile gave the Peruvian ambassador five days to reply.", DATE)
    assert not any(e.event_type == "SANCTION" for e in coded)


@needs_nlp
def test_the_nlp_coder_takes_the_expulsion_where_its_head_abstains() -> None:
    text = "Chile declared Peru's military attache persona non grata on Tuesday."
    # the head abstains on every clause (all its mass on NONE)
    assert _with_head(text, {}, rules_when_silent=False, rules_expulsion=False) == []
    assert _with_head(text, {}, rules_when_silent=False) == [("SANCTION", "CHL", "->", "PER")]


# s29-expulsion: the roles of an expulsion told in the passive (the expelled, the grammatical
# subject, is the recipient; the agent, the state or body it is expelled from, the place, or
# the state an envoy is accredited to, is the source; a destination is neither role)
PASSIVES = [
    # expelled from a state: that state expels (SANCTION, diplomats)
    ("Two Peruvian diplomats were expelled from Chile on Tuesday.", "SANCTION", "expel", "CHL"),
    # people who are not diplomats, expelled from a state: COERCE deport
    (
        "Thousands of Peruvians have been expelled from Chile since March.",
        "COERCE",
        "deport",
        "CHL",
    ),
    # a destination is neither role: the state it is expelled from expels
    ("Forty Peruvians were deported from Chile to Bolivia on Friday.", "COERCE", "deport", "CHL"),
    # the state an expelled envoy is accredited to
    (
        "Peru's ambassador to the United States was declared persona non grata on Friday.",
        "SANCTION",
        "expel",
        "USA",
    ),
]


@pytest.mark.parametrize("text, kind, mode, source", PASSIVES)
def test_rules_passive_expulsion_roles(text: str, kind: str, mode: str, source: str) -> None:
    assert _first(text)[:4] == (kind, mode, [source], ["PER"])


def test_rules_passive_expulsion_without_agent() -> None:
    # no agent, host or place named: the expelled is the recipient and there is no source
    text = "The Peruvian ambassador was given five days to leave the country."
    assert _first(text)[:4] == ("SANCTION", "expel", [], ["PER"])


@needs_nlp
@pytest.mark.parametrize("text, kind, mode, source", PASSIVES)
def test_nlp_passive_expulsion_roles(text: str, kind: str, mode: str, source: str) -> None:
    from accord.news.nlp.coder import NlpCoder

    event = NlpCoder().code_sentence(text, DATE, None)[0]
    got = (event.event_type, event.mode, [a.code for a in event.sources])
    assert (*got, [a.code for a in event.targets]) == (kind, mode, [source], ["PER"])


@needs_nlp
def test_nlp_passive_expulsion_without_agent() -> None:
    from accord.news.nlp.coder import NlpCoder

    coder = NlpCoder()
    event = coder.code_sentence(
        "The Peruvian ambassador was given five days to leave the country.", DATE, None
    )[0]
    got = (event.event_type, event.mode, [a.code for a in event.sources])
    assert (*got, [a.code for a in event.targets]) == ("SANCTION", "expel", [], ["PER"])
