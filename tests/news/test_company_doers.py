"""A private company is no doer (session 46, s46-company; docs/event-coding.md, "A state-owned
company is its state; a private company is no actor": "an act whose only doer is such a company
is no event"; docs/validation-events/session-46-company.md): a company noun that no word of its
phrase says a state owns (:func:`accord.news.coding.private_companies`) is dropped from an
event's sources, and an event whose only sources are such companies is not kept, by the rules
coder (:func:`accord.news.coding.code_tokens`) and by the nlp coder on its output
(``NlpCoder._no_company_doers``). A state-owned company (so marked, or named by the gazetteer)
keeps its state, and a company acted on keeps its recipient. Sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from accord.news.coders import nlp_available
from accord.news.coding import code_sentence, private_companies
from accord.news.gazetteer import load, tokenize
from accord.news.resolve import find_mentions

DATE = dt.date(2025, 3, 1)
needs_nlp = pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")

Coded = tuple[str, str | None, list[str], list[str]] | None

# sentence -> (type, mode, sources, targets) of the first event, the same for both coders
CASES: list[tuple[str, Coded]] = [
    # a company with a demonym as the only doer: no event (was SUPPORT CHN -> KEN)
    ("A Chinese company signed a contract with Kenya to build a railway.", None),
    # companies with a demonym, in the plural: no event (was AGREE RUS -> IRN)
    ("Russian companies agreed to supply fuel to Iran.", None),
    # companies with no demonym, given the sentence's state: no event (was REJECT NPL -> NPL)
    ("Facebook and other social media companies declined to comment on Nepal's ban.", None),
    # a company beside a state in one compound: the state is the doer (was KEN and CHN)
    (
        "Kenya and Chinese companies signed a deal to build a railway.",
        ("SUPPORT", None, ["KEN"], []),
    ),
    # the phrase says a state owns it: its state, as before
    (
        "The state-owned Chinese company signed a contract with Kenya to build a railway.",
        ("SUPPORT", None, ["CHN"], ["KEN"]),
    ),
    (
        "The national oil company of Iraq signed a deal with Turkey.",
        ("SUPPORT", None, ["IRQ"], ["TUR"]),
    ),
    # a state company the gazetteer names: its owner, as before
    (
        "Rosatom signed an agreement with Uzbekistan to build a nuclear plant.",
        ("SUPPORT", None, ["RUS"], ["UZB"]),
    ),
    # a company acted on keeps its recipient (the READING gold's practice for sanctions)
    (
        "China added 15 American companies to its export control list.",
        ("COOPERATE", None, ["CHN"], ["USA"]),
    ),
    # Orano (owned by the French state, named by the convention) in the gazetteer: FRA
    (
        "Niger's junta nationalised a unit of French uranium company Orano.",
        ("COERCE", "seize", ["NER"], ["FRA"]),
    ),
]


def _first(events: list) -> Coded:  # type: ignore[type-arg]
    if not events:
        return None
    e = events[0]
    return e.event_type, e.mode, [a.code for a in e.sources], [a.code for a in e.targets]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_rules_company_doers(text: str, expected: Coded) -> None:
    assert _first(code_sentence(text, DATE)) == expected


@needs_nlp
@pytest.mark.parametrize(("text", "expected"), CASES)
def test_nlp_company_doers(text: str, expected: Coded) -> None:
    from accord.news.nlp.coder import NlpCoder

    assert _first(NlpCoder().code_sentence(text, DATE, None)) == expected


def test_the_rules_reading_the_nlp_coder_reads_keeps_the_company() -> None:
    """``company_doers=True`` is the reading before session 46 (the nlp coder's choice and
    calibration read it)."""
    text = "A Chinese company signed a contract with Kenya to build a railway."
    kept = _first(code_sentence(text, DATE, company_doers=True))
    assert kept == ("SUPPORT", None, ["CHN"], ["KEN"])


@pytest.mark.parametrize(
    ("text", "private"),
    [
        (
            "Nexperia's Chinese parent company, Wingtech, said it would sue.",
            {"Chinese parent company"},
        ),
        ("The state-owned Chinese company said it would sue.", set()),
        ("The national oil company said it would sue.", set()),
        ("Iran's government-run shipping company said it would sue.", set()),
        ("Indian airlines said they would sue.", set()),  # airlines are left out
    ],
)
def test_private_companies(text: str, private: set[str]) -> None:
    tokens = tokenize(text)
    assert private_companies(tokens, find_mentions(tokens, text, DATE, load(), bare=True)) == (
        frozenset(private)
    )
