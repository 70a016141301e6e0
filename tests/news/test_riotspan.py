"""The crowd of a riot is the violent verb's subject (session 38, s38-riotspan;
docs/validation-events/session-38-riotspan.md): the span read for it
(``accord.news.coding._riot_span``) stops at a complementiser, at a subject of the verb's own and
at a verb of saying or urging whose object the crowd is; the nlp coder, which borrows the rules
coder's riot, follows. Sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from accord.news.coders import nlp_available
from accord.news.coding import code_sentence

DATE = dt.date(2025, 3, 1)
needs_nlp = pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")

THAT = "Peruvian police warned protesters in Lima that officers would attack any roadblock."
OWN = "Peruvian police warned demonstrators in Lima they would attack the occupied university."
ARMY = "Peruvian police told protesters in Lima the army would shoot looters."
URGED = "Peruvian police urged demonstrators in Lima not to attack the electoral office."
WHO = "Protesters who hurled stones at police in Lima, Peru, were detained."


def _codings(events: list) -> list[tuple[str, str | None]]:  # type: ignore[type-arg]
    return [(e.event_type, e.mode) for e in events]


@pytest.mark.parametrize("text", [THAT, OWN, ARMY, URGED])
def test_rules_crowd_outside_the_violent_act(text: str) -> None:
    events = code_sentence(text, DATE)
    assert ("PROTEST", "riot") not in _codings(events)
    assert all([a.code for a in e.sources] == ["PER"] for e in events)


def test_rules_crowd_subject_stays_riot() -> None:
    events = code_sentence(WHO, DATE)
    riot = [e for e in events if (e.event_type, e.mode) == ("PROTEST", "riot")]
    assert [([a.code for a in e.sources], [a.code for a in e.targets]) for e in riot] == [
        (["PER"], ["PER"])
    ]


@needs_nlp
@pytest.mark.parametrize("text", [THAT, OWN, ARMY, URGED])
def test_nlp_crowd_outside_the_violent_act(text: str) -> None:
    from accord.news.nlp.coder import NlpCoder

    events = NlpCoder().code_sentence(text, DATE, None)
    assert ("PROTEST", "riot") not in _codings(events)
    assert all([a.code for a in e.sources] == ["PER"] for e in events)


@needs_nlp
def test_nlp_told_protesters_the_army_would_shoot() -> None:
    from accord.news.nlp.coder import NlpCoder

    events = NlpCoder().code_sentence(ARMY, DATE, None)
    assert [(e.event_type, e.mode, [a.code for a in e.targets]) for e in events] == [
        ("THREATEN", None, ["PER"])
    ]
