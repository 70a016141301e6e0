"""The nlp coder's type head takes exactly equal probabilities in label order on every CPU.

Session 42 (s42-stablesort, docs/validation-events/session-42-stablesort.md): ``_head_choice``
walked the probabilities in ``np.argsort(-p)`` order, whose default kernel numpy picks by CPU;
on an AVX-512 host it put label 3 before label 2 for the tie below.
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from accord.news.nlp.coder import NlpCoder, by_probability

# Six labels share the top probability 0.2; the earliest of them is label 2.
TIED = [0.1, 0.1, 0.2, 0.2, 0.05, 0.05, 0.2, 0.2, 0.05, 0.05]
TIED += [0.2, 0.1, 0.05, 0.2, 0.05, 0.1, 0.1, 0.1, 0.05, 0.05]


@given(st.lists(st.sampled_from([0.0, 0.05, 0.1, 0.2, 0.5]), min_size=1, max_size=64))
def test_by_probability_orders_ties_by_label(values: list[float]) -> None:
    p = np.array(values)
    expected = sorted(range(len(values)), key=lambda k: (-values[k], k))
    assert by_probability(p).tolist() == expected


def test_head_choice_takes_the_earliest_of_tied_labels() -> None:
    labels = [f"TYPE{k:02d}" for k in range(len(TIED))]  # no NONE, no violent type
    coder = SimpleNamespace(head=SimpleNamespace(labels=labels, threshold=0.01))
    choice = NlpCoder._head_choice(coder, None, np.array(TIED))  # type: ignore[arg-type]
    assert choice == ("TYPE02", 0.2)
