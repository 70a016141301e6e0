"""A plural group word is no noun modifier (session 25, s25-nlpfix): ``resolve._modifier`` read
"jets struck", "forces shot" and "protesters set" as a modifier and its noun (an irregular past
looks like a noun), so no bare agent mention was made and the nlp coder found no source.
An English compound's modifier is singular ("troop movements"), so a group word with the plural
ending is the subject of the word after it. Sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from accord.news.coders import nlp_available
from accord.news.gazetteer import tokenize
from accord.news.resolve import _plural, find_mentions

DATE = dt.date(2025, 3, 1)
needs_nlp = pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")


def _bare(text: str) -> list[str]:
    """The words of the bare agent mentions of ``text`` (no country of their own)."""
    tokens = tokenize(text)
    return [
        " ".join(t.text for t in tokens[m.start : m.end])
        for m in find_mentions(tokens, text, DATE, bare=True)
        if m.bare
    ]


@pytest.mark.parametrize(
    ("text", "bare"),
    [
        # a plural group word before an irregular past, a base form or a present: the subject
        ("Israel said its jets struck Hezbollah positions in Lebanon.", ["jets"]),
        ("Russia said its forces shot down 79 drones.", ["forces", "drones"]),
        ("On Monday protesters set fire to the parliament building.", ["protesters"]),
        ("The unrest grew as authorities extend bans on rallies.", ["authorities"]),
        # singular group words keep the modifier reading
        ("The United States suspended all military aid to Ukraine.", []),
        ("Washington paused intelligence sharing with Kyiv.", []),
        ("The police response was criticised.", []),
    ],
)
def test_a_plural_group_word_is_no_modifier(text: str, bare: list[str]) -> None:
    assert _bare(text) == bare


@pytest.mark.parametrize(
    ("word", "plural"),
    [
        ("forces", True),
        ("jets", True),
        ("authorities", True),
        ("press", False),
        ("Congress", False),
        ("apparatus", False),
        ("crisis", False),
        ("military", False),
    ],
)
def test_the_plural_ending(word: str, plural: bool) -> None:
    assert _plural(tokenize(word)[0]) is plural


@needs_nlp
@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Israel said its jets struck Hezbollah positions in Lebanon.", ("ASSAULT", "ISR")),
        ("Russia said its forces shot down 79 Ukrainian drones overnight.", ("ASSAULT", "RUS")),
    ],
)
def test_the_nlp_coder_finds_the_source(text: str, event: tuple[str, str]) -> None:
    """The reported act of a speaker's own forces ("X said Y attacked Z ... also when X is Y",
    docs/event-coding.md) now has its source: the bare agent takes the sentence's first state."""
    from accord.news.coders import get_coder

    events = get_coder("nlp").coder.code_sentence(text, DATE)
    assert events
    assert (events[0].event_type, *[a.code for a in events[0].sources]) == event
