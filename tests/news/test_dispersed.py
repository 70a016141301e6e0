"""A form of "disperse" with a crowd as its object (or, after a form of "be", its subject) in a
sentence that names force (batons, tear gas, water cannon, rubber bullets, live rounds, "by
force") is a forcible dispersal, CAMEO 175, PLOVER ASSAULT ``pro_autocracy``: the agent the
source, the crowd's actor the recipient (session 42, s42-dispersed;
docs/validation-events/session-42-dispersed.md; ``accord.news.coding.dispersal``). With no
force named, or no crowd dispersed, the start code's reading stays. Sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from accord.news.coders import get_coder, nlp_available
from accord.news.coding import code_sentence, dispersal, names_force
from accord.news.gazetteer import tokenize

DATE = dt.date(2025, 3, 1)
needs_nlp = pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")

BATONS = "Kenyan police dispersed dozens of protesters with batons in Nairobi."
INFINITIVE = "Ugandan police used teargas and stun grenades to disperse a rally in Kampala."
PASSIVE = "The protesters were dispersed by Serbian police with water cannon."
NO_FORCE = "Kenyan police dispersed the protesters in Nairobi."
NO_CROWD = "Chilean firefighters dispersed the smoke with water cannon over Santiago."

Coded = tuple[str, str | None, list[str], list[str], str | None]


def _codings(events: list) -> list[Coded]:  # type: ignore[type-arg]
    return [
        (e.event_type, e.mode, [a.code for a in e.sources], [a.code for a in e.targets], e.trigger)
        for e in events
    ]


def _at(text: str, word: str) -> bool:
    tokens = tokenize(text)
    return dispersal(tokens, next(k for k, t in enumerate(tokens) if t.text == word))


def test_the_construction() -> None:
    assert _at(BATONS, "dispersed")
    assert _at(INFINITIVE, "disperse")
    assert _at(PASSIVE, "dispersed")
    assert not _at(NO_FORCE, "dispersed")
    assert not _at(NO_CROWD, "dispersed")
    assert names_force(["FIRED", "TEAR", "GAS"]) and names_force(["BY", "FORCE"])
    assert not names_force(["FORCE", "MAJEURE"])


@pytest.mark.parametrize(
    ("text", "source", "trigger"),
    [(BATONS, "KEN", "dispersed"), (INFINITIVE, "UGA", "disperse"), (PASSIVE, "SRB", "dispersed")],
)
def test_rules_forcible_dispersal_is_assault(text: str, source: str, trigger: str) -> None:
    assert _codings(code_sentence(text, DATE)) == [
        ("ASSAULT", "pro_autocracy", [source], [source], trigger)
    ]


@pytest.mark.parametrize("text", [NO_FORCE, NO_CROWD])
def test_rules_no_force_or_no_crowd_is_no_event(text: str) -> None:
    assert code_sentence(text, DATE) == []


@needs_nlp
@pytest.mark.parametrize(
    ("text", "source", "trigger"),
    [(BATONS, "KEN", "dispersed"), (INFINITIVE, "UGA", "used"), (PASSIVE, "SRB", "dispersed")],
)
def test_nlp_forcible_dispersal_is_assault(text: str, source: str, trigger: str) -> None:
    coder = get_coder("nlp", strict=True).coder
    events = _codings(coder.code_sentence(text, DATE, None))
    assert [e[:4] for e in events] == [("ASSAULT", None, [source], [source])]
    assert events[0][4] == trigger


@needs_nlp
def test_nlp_no_force_keeps_the_start_reading() -> None:
    coder = get_coder("nlp", strict=True).coder
    assert _codings(coder.code_sentence(NO_CROWD, DATE, None)) == []
    # the start code's nlp reading of a dispersal with no force named (the head's ACCUSE)
    assert _codings(coder.code_sentence(NO_FORCE, DATE, None)) == [
        ("ACCUSE", None, ["KEN"], ["KEN"], "dispersed")
    ]
