"""``RoleRules.coder_threshold`` (s19-silent): the coder's own threshold for typing a candidate,
a sentence of our own and the threshold's arithmetic."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.news.coders import nlp_available

needs_nlp = pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")


@needs_nlp
@settings(max_examples=60, deadline=None)
@given(best=st.floats(0.12, 0.6), on=st.booleans())
def test_the_coder_types_a_candidate_at_its_own_threshold(best: float, on: bool) -> None:
    from accord.news.nlp.classifier import NONE
    from accord.news.nlp.coder import CODER_THRESHOLD, DEFAULT_RULES, VIOLENT_TYPES, NlpCoder

    coder = NlpCoder(rules=replace(DEFAULT_RULES, coder_threshold=on))
    labels = list(coder.head.labels)
    p = np.full(len(labels), (1.0 - best) / (len(labels) - 1))
    # a label that needs no violent word: ``_choose`` reads no candidate for it
    k = next(i for i, label in enumerate(labels) if label != NONE and label not in VIOLENT_TYPES)
    p[k] = best
    threshold = CODER_THRESHOLD if on else coder.head.threshold
    typed = coder._typed(p)
    assert typed == (best >= threshold)  # from 0.12 on, ``best`` is the largest of ``p``
    chosen = coder._choose(None, p)  # type: ignore[arg-type]
    assert (chosen is not None) == typed
    if chosen is not None:
        assert chosen == (labels[k], best)


@needs_nlp
def test_a_clause_the_head_types_between_the_two_thresholds() -> None:
    """The head's best label for the clause lies between the coder's threshold and its own
    (about 0.23 with the bundled head): coded with the switch, left to the rules coder (who
    codes nothing here) without it."""
    from accord.news.nlp.coder import DEFAULT_RULES, NlpCoder

    text = "Brazil voiced appreciation to Argentina for backing its candidacy."
    on = NlpCoder().code_sentence(text)
    off = NlpCoder(rules=replace(DEFAULT_RULES, coder_threshold=False)).code_sentence(text)
    assert off == []
    assert [(sorted(a.code for a in e.sources), sorted(a.code for a in e.targets)) for e in on] == [
        (["BRA"], ["ARG"])
    ]
