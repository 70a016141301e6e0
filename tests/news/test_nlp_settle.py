"""The nlp coder freezes its loaded models out of the garbage collector's scans once per
process (issue 14 item 4, speed; output unchanged: test_nlp_snapshot.py)."""

from __future__ import annotations

import gc

import pytest

from accord.news.coders import nlp_available

pytestmark = pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")


def test_coding_freezes_the_loaded_models_once() -> None:
    from accord.news.nlp.coder import NlpCoder, _settle_models

    # another module of the same process may have settled the models already and then given the
    # heap back (tests/news/test_preload.py unfreezes): start from an unsettled process
    _settle_models.cache_clear()
    NlpCoder().code_sentence("France met Germany in Paris.")
    frozen = gc.get_freeze_count()
    assert frozen > 100_000  # the parser's and the gazetteer's objects
    NlpCoder().code_sentence("Russia attacked Kyiv.")
    # once per process (the call is cached): a second freeze would move the objects coding
    # allocated into the permanent generation and raise the count; a frozen object that dies
    # lowers it, so the count may fall by a few but must not grow
    assert gc.get_freeze_count() <= frozen
    assert _settle_models.cache_info().currsize == 1
