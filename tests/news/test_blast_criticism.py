""" "Blast" as a verb of harsh criticism with an object that is no physical thing (an act, a
decision, a person labelled) is ACCUSE `disapprove` (CAMEO 111), not the EXPLOSIVE_DESTRUCTION
block's 190 (ASSAULT); a physical blast stays ASSAULT (session 34, s34-blasted). Rules:
``accord.news.coding.blast_criticism`` through ``_blasted_criticism``; nlp:
``accord.news.nlp.coder._blast_read``. Sentences of our own."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from accord.news.coders import nlp_available
from accord.news.coding import blast_criticism, code_sentence, tokenize

DATE = dt.date(2025, 3, 1)
needs_nlp = pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")

ACTION = "Venezuela blasted the Chilean sanctions on its oil exports."
PERSON = "Chile's president blasted his Peruvian counterpart as a liar."
# physical blasts: a thing blasted, an instrument of force, a weapon as the subject
PHYSICAL = (
    "Chilean troops blasted the bridge near the Peruvian border.",
    "Chile blasted Peruvian positions with artillery on Monday.",
    "A bomb blasted the Peruvian embassy in Santiago.",
)


def _first(events: list[Any]) -> tuple[str, str | None, list[str], list[str]]:
    e = events[0]
    return e.event_type, e.mode, [a.code for a in e.sources], [a.code for a in e.targets]


def _nlp(text: str) -> list[Any]:
    from accord.news.nlp.coder import NlpCoder

    return list(NlpCoder().code_sentence(text, DATE, None))


def _at(text: str, word: str) -> bool:
    tokens = tokenize(text)
    return blast_criticism(tokens, next(i for i, t in enumerate(tokens) if t.text == word))


def test_word_class() -> None:
    assert _at(ACTION, "blasted") and _at(PERSON, "blasted")
    assert not any(_at(text, "blasted") for text in PHYSICAL)
    assert not _at("Two blasts hit the Peruvian capital.", "blasts")  # the noun


def test_rules_criticised_act_is_accuse() -> None:
    assert _first(code_sentence(ACTION, DATE)) == ("ACCUSE", "disapprove", ["VEN"], ["CHL"])


def test_rules_person_labelled_is_accuse() -> None:
    assert _first(code_sentence(PERSON, DATE)) == ("ACCUSE", "disapprove", ["CHL"], ["PER"])


@pytest.mark.parametrize("text", PHYSICAL)
def test_rules_physical_blast_stays_assault(text: str) -> None:
    assert _first(code_sentence(text, DATE))[0] == "ASSAULT"


@needs_nlp
def test_nlp_criticised_act_is_accuse() -> None:
    assert _first(_nlp(ACTION)) == ("ACCUSE", "disapprove", ["VEN"], ["CHL"])


@needs_nlp
def test_nlp_person_labelled_is_accuse() -> None:
    assert _first(_nlp(PERSON)) == ("ACCUSE", "disapprove", ["CHL"], ["PER"])


@needs_nlp
@pytest.mark.parametrize("text", PHYSICAL)
def test_nlp_physical_blast_stays_assault(text: str) -> None:
    assert _first(_nlp(text))[0] == "ASSAULT"
