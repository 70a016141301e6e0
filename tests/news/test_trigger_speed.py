"""Session 6 speed work on the shared trigger and mention search (issue 14 item 4) leaves
both coders' output unchanged: each shortcut is checked here against the plain computation it
replaces, on every sentence of the development gold files of ``tests/data/news`` (and, for
the nlp coder's rules fallback, on the tokens and mentions it now shares)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.news import coding
from accord.news.coding import (
    Trigger,
    VerbSense,
    code_sentence,
    code_tokens,
    find_triggers,
    fold_noun,
    lexicon,
)
from accord.news.gazetteer import load, tokenize
from accord.news.resolve import find_mentions
from tests.helpers import DATA

DEVELOPMENT_FILES = (
    "diplomacy-2025.json",
    "seed-article.json",
    "news-real-2025.json",
    "news-heldout-2025.json",
    "news-fresh-2025.json",
    "news-heldout-2026.json",
    "news-heldout-s5.json",
    "news-heldout-s5c.json",
)
"""The event gold files of ``tests/data/news`` that are development data (named, not globbed:
a set still held out must never be read here)."""


def _sentences() -> list[str]:
    """Every sentence of :data:`DEVELOPMENT_FILES` (413 distinct)."""
    out: list[str] = []
    for name in DEVELOPMENT_FILES:
        rows = json.loads((DATA / "news" / name).read_text("utf-8"))
        out.extend(str(r["text"]) for r in rows if r.get("text"))
    return list(dict.fromkeys(out))


SENTENCES = _sentences()


def _plain_match(elements: Any, keys: list[str], reverse: bool = False) -> int | None:
    """The in-order match as it was before session 6 (reversed copies, no screen)."""
    seq = list(reversed(elements)) if reverse else list(elements)
    words = list(reversed(keys)) if reverse else keys
    pos = 0
    for element in seq:
        while pos < len(words) and words[pos] not in element:
            pos += 1
        if pos >= len(words):
            return None
        pos += 1
    return pos


SCREENED = coding._verb_trigger


def _plain_verb_trigger(
    blocks: list[VerbSense],
    tokens: list[Any],
    i: int,
    n: int,
    stop: int,
    blocked: set[int] | None = None,
) -> Trigger | None:
    """The CAMEO pattern choice trying every pattern of every sense, in order (the loop that
    :func:`accord.news.coding._verb_trigger` screens); when no pattern matches, the screened
    function's block default, which must then be no pattern match either."""
    end = min(stop, i + n + coding._POST_WINDOW)
    post = [fold_noun(t.key) for t in tokens[i + n : end]]
    pre = [fold_noun(t.key) for t in tokens[max(0, i - coding._PRE_WINDOW) : i]]
    stops = [j - i - n for j in range(i + n, end) if tokens[j].key in coding._PRONOUNS]
    stops += [j - i - n for j in range(i + n, end) if blocked is not None and j in blocked]
    subject = min(stops, default=len(post))
    best: tuple[float, str] | None = None
    for sense in blocks:
        block_post = post[:subject] if coding._statement_block(sense.block) else post
        for pattern in sense.patterns:
            used_post = _plain_match(pattern.post, block_post)
            used_pre = None if used_post is None else _plain_match(pattern.pre, pre, True)
            size = len(pattern.post) + len(pattern.pre)
            if used_post is not None and used_pre is not None and size > 0:
                score = 10.0 * size - 0.5 * (used_post + used_pre)
                if best is None or score > best[0]:
                    best = (score, pattern.code)
    if best is not None:
        return Trigger(i, i + n, best[1], best[0], "pattern")
    default = SCREENED(blocks, tokens, i, n, stop, blocked)
    assert default is not None and default.how != "pattern"
    return default


def _blocked(sentence: str, tokens: list[Any]) -> set[int]:
    mentions = find_mentions(tokens, sentence, None, load(), bare=True)
    return {k for m in mentions for k in range(m.start, m.end)}


def test_the_development_sentences_are_read() -> None:
    assert len(SENTENCES) >= 400  # every gold file of tests/data/news, not a handful


def test_screened_patterns_give_the_triggers_of_every_pattern(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    cases = [(tokenize(s), s) for s in SENTENCES]
    screened = [(find_triggers(t), find_triggers(t, blocked=_blocked(s, t))) for t, s in cases]
    monkeypatch.setattr(coding, "_verb_trigger", _plain_verb_trigger)
    plain = [(find_triggers(t), find_triggers(t, blocked=_blocked(s, t))) for t, s in cases]
    assert screened == plain
    assert sum(len(a) for a, _ in plain) > 400  # patterns were really tried


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "the",
                "talks",
                "with",
                "Russia",
                "said",
                "agreed",
                "to",
                "send",
                "aid",
                "troops",
                "accused",
                "of",
                "violating",
                "sanctions",
                "on",
                "it",
                "demands",
                "rejected",
                "called",
                "for",
                "a",
                "ceasefire",
                "he",
                "they",
                "not",
            ]
        ),
        min_size=1,
        max_size=16,
    )
)
def test_screened_patterns_agree_on_any_word_sequence(words: list[str]) -> None:
    tokens = tokenize(" ".join(words))
    lex = lexicon()
    for i in range(len(tokens)):
        blocks = lex.verbs.get((tokens[i].key,))
        if blocks:
            args = (blocks, tokens, i, 1, len(tokens), {0})
            assert SCREENED(*args) == _plain_verb_trigger(*args)


def test_words_that_start_no_phrase_have_no_match() -> None:
    """What makes the skips of find_mentions and find_triggers exact: at a word that is no
    phrase's first word (not in the prefix set) the gazetteer finds nothing, and no trigger
    phrase of any length starts."""
    gaz, lex = load(), lexicon()
    skipped = 0
    for sentence in SENTENCES:
        tokens = tokenize(sentence)
        for i, token in enumerate(tokens):
            if (token.key,) not in gaz.prefixes:
                assert gaz.lookup(tokens, i) is None
            if (token.key,) not in lex.prefixes:
                skipped += 1
                for n in range(1, min(lex.max_len, len(tokens) - i) + 1):
                    key = tuple(t.key for t in tokens[i : i + n])
                    assert key not in lex.verbs and key not in lex.curated
    assert skipped > 1000


def test_coding_given_tokens_and_mentions_is_coding_the_sentence() -> None:
    """The nlp coder's rules fallback codes on the tokens and mentions it already has
    (:func:`accord.news.coding.code_tokens`): the same events as the rules coder's own
    :func:`accord.news.coding.code_sentence`, and neither input is changed."""
    coded = 0
    for sentence in SENTENCES:
        tokens = tokenize(sentence)
        mentions = find_mentions(tokens, sentence, None, load(), bare=True)
        before = (list(tokens), [repr(m) for m in mentions])
        events = code_tokens(sentence, tokens, mentions)
        assert events == code_sentence(sentence)
        assert (tokens, [repr(m) for m in mentions]) == before
        coded += bool(events)
    assert coded > 200


def test_violent_words_memoised_are_the_violent_words() -> None:
    assert coding.violent_act(tokenize("Rebels shelled the town."))
    assert coding.violent_act(tokenize("Militants blew up a bridge."))
    assert coding.violent_act(tokenize("Troops fought for the city."))
    assert not coding.violent_act(tokenize("Officials engaged directly with Moscow."))
