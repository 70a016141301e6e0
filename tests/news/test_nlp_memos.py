"""The nlp coder's exact speed-ups of session 13 (issue 14 item 4, s13-speed): the word pieces
read word by word, the per-parse memos of a sentence's predicates and background words, the
rules fallback on the cached tokens and mentions, and the young-generation threshold while
coding. Each must give what the work it replaces gives (the whole coder's output is compared
on every development text by docs/data/speed-2026-12-04-s13-speed/same_events_s13.py)."""

from __future__ import annotations

import gc
from collections.abc import Callable

import pytest

from accord.news.coders import nlp_available

pytestmark = pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")

TEXTS = [
    "the ministers agreed to resume talks on Tuesday",
    "U.S. officials said Kyiv's air-defence systems were re-supplied (again)",
    "Pyongyang's   envoy  rejected the 12,500-tonne shipment; Seoul's reply: \"no\"",
    "",
    " leading and trailing spaces ",
    "a" * 130 + " overlong words " + "b" * 101,
    "café owners in Zürich protested",  # not ASCII: encoded whole
    "tab\tand\nnewline inside",  # not printable: encoded whole
    "unicode dash \u2013 and quote \u2019s",
    "control\x1fcharacter joined",
    "CAPITALS, Mixed-Case and digits 2026-12-04!",
]


def test_word_pieces_word_by_word_are_those_of_the_whole_text() -> None:
    from accord.news.nlp.models import _WORD_MEMO, _token_table, word_pieces

    _, tokenizer = _token_table()
    whole = [e.ids for e in tokenizer.encode_batch(TEXTS, add_special_tokens=False)]
    _WORD_MEMO.clear()
    assert word_pieces(TEXTS) == whole  # memo empty: every word encoded
    assert "ministers" in _WORD_MEMO and "café" not in _WORD_MEMO
    assert word_pieces(TEXTS) == whole  # memo full: every word read back
    assert word_pieces(list(reversed(TEXTS))) == list(reversed(whole))


def test_the_word_memo_is_emptied_when_full(monkeypatch: pytest.MonkeyPatch) -> None:
    from accord.news.nlp import models

    monkeypatch.setattr(models, "WORD_MEMO_SIZE", 3)
    models._WORD_MEMO.clear()
    _, tokenizer = models._token_table()
    text = "one two three four five six seven"
    assert models.word_pieces([text]) == [tokenizer.encode(text, add_special_tokens=False).ids]
    assert len(models._WORD_MEMO) <= 3


def test_young_collections_raises_the_threshold_and_restores_it() -> None:
    from accord.news.nlp.coder import young_collections

    before = gc.get_threshold()
    with young_collections(50_000):
        assert gc.get_threshold() == (max(before[0], 50_000), *before[1:])
    assert gc.get_threshold() == before
    with pytest.raises(RuntimeError), young_collections(50_000):
        raise RuntimeError("restored on the way out too")
    assert gc.get_threshold() == before
    gc.set_threshold(90_000, *before[1:])
    try:
        with young_collections(50_000):  # never lowered
            assert gc.get_threshold()[0] == 90_000
    finally:
        gc.set_threshold(*before)


def test_the_per_parse_memos_give_what_they_replace() -> None:
    from accord.news.nlp.coder import (
        DEFAULT_RULES,
        MEMO,
        _sentence_background,
        _sentence_predicates,
    )
    from accord.news.nlp.models import spacy_pipeline
    from accord.news.nlp.roles import LEGACY_RULES, background_words, predicates

    doc = spacy_pipeline()(
        "The envoy, who had failed to reach Ankara, met the Greek minister. "
        "Officials said Turkey would send aid to Greece."
    )
    for sent in doc.sents:
        for rules in (DEFAULT_RULES, LEGACY_RULES):
            first = _sentence_predicates(sent, rules)
            assert list(first) == predicates(sent, rules)
            assert _sentence_predicates(sent, rules) is first  # read back, not worked out
        assert _sentence_background(sent) == background_words(sent)
    assert len(doc.user_data[MEMO]) == 2 * 2 + 2
    fresh = spacy_pipeline()(doc.text)
    assert MEMO not in fresh.user_data  # a new parse starts empty


def test_the_rules_fallback_reads_the_cached_tokens_and_mentions() -> None:
    import datetime as dt

    from accord.news.coding import code_sentence
    from accord.news.gazetteer import load
    from accord.news.nlp.coder import NlpCoder
    from accord.news.types import ActorRef

    text = "He later accused Russia of shelling the port."
    previous = (ActorRef("UKR", "GOV"),)
    day = dt.date(2025, 3, 1)
    coder = NlpCoder()
    found = []
    for prev in ((), previous):
        got = coder._sentence_events(text, day, "doc-1", 40, prev, "UKR")
        assert got and got == code_sentence(
            text, day, "doc-1", 40, load(), prev, "UKR", object_recipient=False
        )
        found.append(got)
    assert found[0] != found[1]  # the antecedent is read ("He" is the source)
    assert coder._sentence_events("", day, "doc-1", 0, (), None) == []


def test_overlapping_threads_restore_the_collector_when_the_last_one_leaves() -> None:
    """A plain save-and-restore context left the raised threshold in place when two threads'
    blocks overlapped (the first out restored, the second out put back the raised value)."""
    import threading

    from accord.news.nlp.coder import young_collections

    before = gc.get_threshold()
    first_in, second_in, first_out = threading.Event(), threading.Event(), threading.Event()
    seen: list[int] = []

    def first() -> None:
        with young_collections(50_000):
            first_in.set()
            second_in.wait(5)
        first_out.set()

    def second() -> None:
        first_in.wait(5)
        with young_collections(60_000):
            second_in.set()
            first_out.wait(5)
            seen.append(gc.get_threshold()[0])  # still held for the thread inside

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert seen == [max(before[0], 50_000)]
    assert gc.get_threshold() == before


def test_a_shared_scope_applies_once_and_restores_once() -> None:
    from accord.news.nlp.models import SharedScope

    calls: list[str] = []

    def apply() -> Callable[[], None]:
        calls.append("apply")
        return lambda: calls.append("restore")

    scope = SharedScope()
    with scope.held(apply), scope.held(apply):
        assert calls == ["apply"]
    assert calls == ["apply", "restore"]
    with pytest.raises(ValueError), scope.held(apply):
        raise ValueError("restored on the way out too")
    assert calls == ["apply", "restore", "apply", "restore"]
