"""The fast type head of the nlp coder: static clause embeddings (issue 14, session 3).

Skipped without the ``[nlp]`` extra. The head was trained by
``python -m accord.news.nlp.train ... --embedder static --seed 0`` and chosen by its CV event
F1 on the development data (docs/validation-events/session-03.md); these tests check the encoder and
that the shipped head is the one the trainer records, not its accuracy.
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.errors import AccordError
from accord.news.coders import nlp_available

pytestmark = pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")


def test_static_embeddings_are_unit_rows_and_order_free_of_batching() -> None:
    from accord.news.nlp.models import EMBED_DIM, static_embed

    texts = ["Russia attacked Kyiv", "France and Germany met in Paris", "Russia attacked Kyiv"]
    x = static_embed(texts)
    assert x.shape == (3, EMBED_DIM) and x.dtype == np.float32
    assert np.allclose(np.linalg.norm(x, axis=1), 1.0, atol=1e-5)
    assert np.array_equal(x[0], x[2]) and not np.allclose(x[0], x[1])
    assert np.allclose(static_embed(texts[1:2])[0], x[1])  # a row does not depend on the batch
    assert static_embed([]).shape == (0, EMBED_DIM)


WORDS = ["Russia", "attacked", "Kyiv", "met", "in", "Paris", "sanctions", "Köln", "", "U.N.", "--"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.sampled_from(WORDS), max_size=12).map(" ".join), max_size=8))
def test_static_embeddings_are_the_per_clause_means_bit_for_bit(texts: list[str]) -> None:
    """The batched sums (session 18) give the floats of ``table[pieces].mean(axis=0)`` per
    clause, then the same unit rows; a clause without word pieces stays a zero row."""
    from accord.news.nlp.models import _token_table, static_embed, word_pieces

    table, _ = _token_table()
    means = np.zeros((len(texts), table.shape[1]), dtype=np.float32)
    for row, pieces in enumerate(word_pieces(texts)):
        if pieces:
            means[row] = table[pieces].mean(axis=0)
    expected = means / np.maximum(np.linalg.norm(means, axis=1, keepdims=True), 1e-12)
    got = static_embed(texts)
    assert got.dtype == np.float32 and got.shape == expected.shape
    assert got.tobytes() == expected.tobytes()


def test_the_static_head_records_its_encoder_and_the_coder_uses_it() -> None:
    from accord.news.nlp.classifier import LABELS, packaged_head, static_head
    from accord.news.nlp.coder import NlpCoder
    from accord.news.nlp.models import embed, static_embed

    head = static_head()
    assert head.labels == LABELS and head.meta["embedder_kind"] == "static"
    assert head.meta["seed"] == 0 and head.meta["n_gold"] > 200
    assert NlpCoder(head=head).embed is static_embed
    assert NlpCoder(head=packaged_head()).embed is embed
    [meet] = NlpCoder(head=head).code_sentence(
        "French President Emmanuel Macron met Donald Trump in Washington."
    )
    assert (meet.event_type, [a.code for a in meet.sources]) == ("CONSULT", ["FRA"])


def test_an_unknown_encoder_is_a_clear_error() -> None:
    from accord.news.nlp.models import embedding_function

    with pytest.raises(AccordError, match=r"embedder_kind.*'glove'"):
        embedding_function("glove")


def test_the_static_encoder_reads_the_package_files_without_truncating() -> None:
    """The word pieces come from tokenizer.json with its fixed truncation and padding (128)
    turned off, as the transformers wrapper does (checked equal to it on 1,593 clauses and
    sentences, commit message of this change); a long text keeps all its pieces."""
    from accord.news.nlp.models import EMBED_DIM, _token_table, word_pieces

    table, _ = _token_table()
    assert table.shape == (30522, EMBED_DIM) and table.dtype == np.float32
    long_text = " ".join(["Russia attacked Kyiv and France met Germany in Paris"] * 30)
    [pieces] = word_pieces([long_text])
    assert len(pieces) == 270 and pieces[:2] == word_pieces(["Russia attacked"])[0]
    assert word_pieces([""]) == [[]]
