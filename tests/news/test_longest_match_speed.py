"""The longest-match loops of the gazetteer and the trigger lexicon try only the phrase
lengths that a prefix of some phrase allows (issue 14 item 4, speed): the same matches as
trying every length, checked here against that plain loop."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from accord.news.coding import find_triggers, lexicon
from accord.news.gazetteer import Gazetteer, Token, load, longest_prefix, prefix_set, tokenize

SENTENCES = [
    "French President Emmanuel Macron met Donald Trump in Washington on Monday.",
    "The United Nations Security Council called on Russia to withdraw its troops.",
    "Ukrainian President Volodymyr Zelensky said Kyiv would not accept a deal made without it.",
    "The European Union imposed new sanctions on Russian banks, officials in Brussels said.",
    "Saudi-led coalition aircraft struck rebel positions near the Yemeni capital Sanaa.",
    "Prime Minister Keir Starmer told the House of Commons Britain was ready to send troops.",
]


def _plain_lookup(gaz: Gazetteer, tokens: list[Token], i: int) -> tuple[int, str, Any] | None:
    """The lookup as it was before the prefix set: every length from the longest down."""
    best: tuple[int, str, Any] | None = None
    for n in range(min(gaz.max_len, len(tokens) - i), 0, -1):
        key = tuple(t.key for t in tokens[i : i + n])
        first = tokens[i].text
        for table, store in (("name", gaz.names), ("demonym", gaz.demonyms)):
            if key in store and first[:1].isupper():
                if n == 1 and len(first) <= 3 and not first.isupper() and "." not in first:
                    continue
                return n, table, store[key]
        if best is None:
            if key in gaz.titles:
                best = (n, "title", gaz.titles[key])
            elif key in gaz.agents:
                best = (n, "agent", gaz.agents[key])
    return best


def _words() -> list[str]:
    gaz = load()
    multi = sorted(k for k in gaz.names if 2 <= len(k) <= 4)[:: max(1, len(gaz.names) // 300)]
    words = {w.title() for k in multi for w in k}
    words |= {w for s in SENTENCES for w in s.replace(",", "").replace(".", "").split()}
    return sorted(words)


WORDS = _words()


def test_a_prefix_set_holds_every_leading_part_up_to_the_limit() -> None:
    prefixes = prefix_set([("A", "B", "C"), ("D",)], 2)
    assert prefixes == frozenset({("A",), ("A", "B"), ("D",)})


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=12))
def test_gazetteer_lookup_matches_the_plain_longest_match(words: list[str]) -> None:
    gaz = load()
    text = " ".join(words)
    tokens = tokenize(text)
    for i in range(len(tokens)):
        assert gaz.lookup(tokens, i) == _plain_lookup(gaz, tokens, i)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from([*WORDS, "talks", "with", "agreed", "to", "send"]), max_size=12))
def test_no_trigger_phrase_is_longer_than_the_prefix_bound(words: list[str]) -> None:
    """What makes find_triggers' shorter loop exact: no phrase of the lexicon starts at a
    token with more words than :func:`longest_prefix` allows."""
    lex = lexicon()
    tokens = tokenize(" ".join(words))
    for i in range(len(tokens)):
        bound = longest_prefix(tokens, i, lex.prefixes, lex.max_len)
        for n in range(bound + 1, min(lex.max_len, len(tokens) - i) + 1):
            key = tuple(t.key for t in tokens[i : i + n])
            assert key not in lex.verbs and key not in lex.curated


def test_triggers_and_mentions_of_real_sentences_are_found() -> None:
    for sentence in SENTENCES:
        tokens = tokenize(sentence)
        assert [load().lookup(tokens, i) for i in range(len(tokens))] == [
            _plain_lookup(load(), tokens, i) for i in range(len(tokens))
        ]
    assert find_triggers(tokenize(SENTENCES[1]))  # "called on" is a trigger
