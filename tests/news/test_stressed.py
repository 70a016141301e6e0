"""s40-stressed: a verb of the dictionary's EMPHASIZE group (CAMEO 010, "stressed") whose
reported "that" clause holds no demand is a statement (CAMEO 01), not an appeal: no REQUEST from
the verb; a clause with a modal of obligation keeps REQUEST. Sentences of our own
(docs/validation-events/session-40-stressed.md)."""

from __future__ import annotations

import datetime as dt

import pytest

from accord.news.coders import get_coder, nlp_available
from accord.news.coding import _emphasis_statement, find_triggers, lexicon
from accord.news.gazetteer import tokenize

DATE = dt.date(2025, 3, 1)
CODERS = ["rules", pytest.param("nlp", marks=pytest.mark.skipif(not nlp_available(), reason="nlp"))]
Want = tuple[str, str | None, tuple[str, ...], tuple[str, ...]]

# sentence, (type, mode, sources, targets) of its REQUEST or its event on "stressed"
CASES = [
    # a demand in the clause: the appeal stays
    ("Ghana stressed that Togo must reopen the border crossing.", ("REQUEST", None, ("GHA",), ())),
    # a statement: no event on the verb
    ("Peru stressed that it has no plan to close the border with Chile.", ("", None, (), ())),
    ("Ghana stressed that the border talks with Togo were going well.", ("", None, (), ())),
    # no reported clause: outside the construction, left as it was
    (
        "Ghana stressed the importance of the border talks with Togo.",
        ("REQUEST", None, ("GHA",), ()),
    ),
]


def _event(name: str, text: str) -> Want:
    """The sentence's REQUEST (the nlp coder may put the appeal on the clause's verb), else its
    event on "stressed"."""
    coder = get_coder(name, strict=True).coder
    coded = coder.code_sentence(text, DATE)
    events = [e for e in coded if e.event_type == "REQUEST"]
    events = events or [e for e in coded if e.trigger == "stressed"]
    if not events:
        return ("", None, (), ())
    e = events[0]
    return (e.event_type, e.mode, tuple(sorted(a.code for a in e.sources)), ())


@pytest.mark.parametrize("name", CODERS)
@pytest.mark.parametrize(("text", "want"), CASES)
def test_stressed_statement_is_no_appeal(name: str, text: str, want: Want) -> None:
    assert _event(name, text) == want


def _trigger_code(text: str, word: str) -> str:
    tokens = tokenize(text)
    return next(t.cameo for t in find_triggers(list(tokens)) if tokens[t.start].key == word.upper())


def test_statement_takes_the_dictionary_code() -> None:
    assert _trigger_code("Peru stressed that talks were going well.", "stressed") == "010"
    assert _trigger_code("Peru stressed that Chile should act.", "stressed") == "100"
    assert _trigger_code("Peru stressed that Chile needs to act.", "stressed") == "100"
    assert _trigger_code("Peru stressed that it has to act.", "stressed") == "100"


def test_only_the_emphasize_group() -> None:
    tokens = list(tokenize("Peru insisted that talks were going well."))
    assert not _emphasis_statement(tokens, 2, lexicon().verbs.get(("INSISTED",)))
