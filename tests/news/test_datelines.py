"""A news report's dateline is no actor of its first sentence (issue 14, session 24).

Sentences are our own, not from any gold file.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.news.coders import nlp_available
from accord.news.coding import code_sentence
from accord.news.datelines import Dateline, dateline
from accord.news.gazetteer import load, tokenize
from accord.news.types import Event

DATE = dt.date(2025, 3, 1)
needs_nlp = pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")


def _line(text: str) -> Dateline:
    from accord.news.resolve import find_mentions

    tokens = tokenize(text)
    return dateline(tokens, find_mentions(tokens, text, DATE, load(), bare=True))


@pytest.mark.parametrize(
    ("text", "first", "state"),
    [
        ("BUSAN, South Korea, Oct 30 (Reuters) - Japan and Canada agreed.", "Japan", "KOR"),
        ("KYIV, Ukraine (AP) — Police arrested two men.", "Police", "UKR"),
        ("WARSAW — Macron met Tusk.", "Macron", "POL"),
        ("Addis Ababa — Macron met Abiy.", "Macron", "ETH"),
        ("Gdansk: The port reopened.", "The", "POL"),
        ("NAIROBI, Feb. 3 — Kenya closed the border.", "Kenya", "KEN"),
        ("Warsaw, Poland (AP), the minister said.", "the", "POL"),
        ("Baku/Tbilisi – Armenia and Azerbaijan agreed.", "Armenia", ""),  # two states: no place
    ],
)
def test_a_dateline_is_read_up_to_its_separator(text: str, first: str, state: str) -> None:
    line = _line(text)
    assert line.end
    assert tokenize(text)[line.end].text == first
    assert line.place.code == state


@pytest.mark.parametrize(
    "text",
    [
        "Macron – who met Tusk on Friday – left Warsaw.",  # a person set off by dashes
        "Poland closed the border – the third time this year.",
        "Russia-Ukraine talks resumed in Warsaw.",  # a hyphen inside a word
        "At 10:30 Poland closed the border.",
        "Warsaw – which hosted the talks – said nothing.",  # no capital after the dash
        "The European Union: a bloc of 27 states.",  # an organisation, no place
    ],
)
def test_other_openings_are_no_dateline(text: str) -> None:
    assert _line(text) == Dateline()


def _first(events: list[Event]) -> tuple[str, list[str], list[str]]:
    assert events
    e = events[0]
    return e.event_type, sorted({a.code for a in e.sources}), sorted({a.code for a in e.targets})


CODED = [
    # the dateline's state is no participant
    (
        "BUSAN, South Korea, Oct 30 (Reuters) - Japan and Canada agreed to expand trade.",
        ("AGREE", ["CAN", "JPN"], []),
    ),
    ("SEOUL — Japan condemned the missile launch on Friday.", ("ACCUSE", ["JPN"], [])),
    # its state is still the one of agents named without one, as a home country is
    ("KYIV, Ukraine (AP) — Police arrested two men on Friday.", ("COERCE", ["UKR"], ["UKR"])),
    # a meeting that names no place of its own is where the report is: its state hosts
    ("WARSAW — Macron met Tusk on Tuesday.", ("CONSULT", ["FRA"], ["POL"])),
    (
        "WARSAW, Poland (AP) — French President Emmanuel Macron held talks with Donald Tusk.",
        ("CONSULT", ["FRA"], ["POL"]),
    ),
    # ... but a place the sentence names wins, a call has no host, and no participant of the
    # dateline's state makes no host
    ("PARIS — Macron met Tusk in Warsaw on Tuesday.", ("CONSULT", ["FRA"], ["POL"])),
    ("PARIS — Macron spoke by phone with Tusk on Tuesday.", ("CONSULT", ["FRA", "POL"], [])),
    ("WARSAW — Macron met Putin on Tuesday.", ("CONSULT", ["FRA", "RUS"], [])),
]


@pytest.mark.parametrize(("text", "expected"), CODED)
def test_rules_coder_reads_a_dateline_as_no_actor(
    text: str, expected: tuple[str, list[str], list[str]]
) -> None:
    assert _first(code_sentence(text, DATE)) == expected


@needs_nlp
@pytest.mark.parametrize(("text", "expected"), CODED)
def test_nlp_coder_reads_a_dateline_as_no_actor(
    text: str, expected: tuple[str, list[str], list[str]]
) -> None:
    from accord.news.nlp.coder import NlpCoder

    assert _first(NlpCoder().code_sentence(text, DATE)) == expected


@settings(max_examples=40, deadline=None)
@given(
    city=st.sampled_from([("WARSAW", "POL"), ("Warsaw", "POL"), ("BUSAN", "KOR"), ("KYIV", "UKR")]),
    country=st.booleans(),
    day=st.sampled_from(["", ", Oct. 30", ", Feb 12, 2025"]),
    agency=st.sampled_from(["", " (Reuters)", " (AP)", " (BSS/AFP)"]),
    separator=st.sampled_from([" —", " –", " -", ":"]),
)
def test_any_dateline_shape_leaves_the_clause_alone(
    city: tuple[str, str], country: bool, day: str, agency: str, separator: str
) -> None:
    name, state = city
    names = {"POL": "Poland", "KOR": "South Korea", "UKR": "Ukraine"}
    opening = name + (f", {names[state]}" if country else "") + day + agency + separator
    text = f"{opening} Japan and Canada agreed to expand trade."
    line = _line(text)
    assert line.place.code == state
    assert tokenize(text)[line.end].text == "Japan"
    assert _first(code_sentence(text, DATE)) == ("AGREE", ["CAN", "JPN"], [])
