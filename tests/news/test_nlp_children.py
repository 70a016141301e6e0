"""The children table of the role rules (:func:`accord.news.nlp.roles.children`, session 16,
speed) gives spaCy's own ``Token.children``: the same tokens in the same order for every word
of real parses, whichever parse was asked last. Skipped without the ``[nlp]`` extra."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.news.coders import nlp_available

pytestmark = pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")

HELD_OUT = ("news-heldout-s15.json", "news-heldout-s15b.json")  # this session's CHECK files


@cache
def _texts() -> tuple[str, ...]:
    # the development sets through session 14's, as the fast parser's tests read (THROUGH
    # there says why: the cost had grown 2.7 times with the gold files by session 35)
    from tests.news.test_nlp_fast_parser import development_sets

    texts: list[str] = []
    for dev in development_sets():
        path = Path(dev.path)
        if path.exists() and path.name not in HELD_OUT:
            records = json.loads(path.read_text(encoding="utf-8"))
            rows = records if isinstance(records, list) else records.get("records", [])
            texts += [str(r["text"]) for r in rows if isinstance(r, dict) and "text" in r]
    return tuple(texts)


def _spacy(tok: object) -> list[int]:
    return [c.i for c in tok.children]  # type: ignore[attr-defined]


def _table(tok: object) -> list[int]:
    from accord.news.nlp.roles import children

    return [c.i for c in children(tok)]


def test_every_words_children_are_spacys_on_the_development_texts() -> None:
    from accord.news.nlp.models import spacy_pipeline

    texts = _texts()
    assert len(texts) > 500
    # whole "articles" too: long parses whose subtrees span many words
    articles = [" ".join(texts[k : k + 40]) for k in range(0, len(texts), 211)]
    for doc in spacy_pipeline().pipe([*texts, *articles], batch_size=16):
        for tok in doc:
            assert _table(tok) == _spacy(tok)


@settings(max_examples=25, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=10_000), min_size=2, max_size=6))
def test_asks_that_switch_between_parses_get_each_parses_children(picks: list[int]) -> None:
    """Words of several parses asked in turn (the table keeps the last parse only): each ask
    answers from the parse of the word asked, never from the one asked before."""
    from accord.news.nlp.models import spacy_pipeline

    texts = _texts()
    docs = list(spacy_pipeline().pipe([texts[k % len(texts)] for k in picks]))
    for i in range(max(len(doc) for doc in docs)):
        for doc in docs:
            if i < len(doc):
                assert _table(doc[i]) == _spacy(doc[i])
                assert _table(doc[len(doc) - 1 - i]) == _spacy(doc[len(doc) - 1 - i])
