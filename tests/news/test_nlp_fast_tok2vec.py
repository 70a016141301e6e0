"""The inference forwards of ``tok2vec``'s maxout and layer-norm layers give thinc's floats
bit for bit (issue 14 item 4, speed): on arrays made to probe their edges (ties between
pieces, zeros of both signs, constant rows) and on the token vectors of every development gold
text and long concatenations of them. Skipped without the ``[nlp]`` extra."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import numpy as np
import pytest

from accord.news.coders import nlp_available

pytestmark = pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")


def _thinc_forwards() -> dict[Any, Any]:
    from thinc.layers.layernorm import forward as thinc_layernorm
    from thinc.layers.maxout import forward as thinc_maxout

    from accord.news.nlp.fast_tok2vec import layernorm_forward, maxout_forward

    return {maxout_forward: thinc_maxout, layernorm_forward: thinc_layernorm}


@contextmanager
def _thinc_again(model: Any) -> Iterator[int]:
    """Put thinc's own forwards back into ``model``'s layers for the block."""
    theirs = _thinc_forwards()
    swapped = [(node, node._func) for node in model.walk() if node._func in theirs]
    for node, ours in swapped:
        node._func = theirs[ours]
    try:
        yield len(swapped)
    finally:
        for node, ours in swapped:
            node._func = ours


def _same_bits(a: Any, b: Any) -> bool:
    return bool(a.dtype == b.dtype and a.shape == b.shape and a.tobytes() == b.tobytes())


@pytest.mark.parametrize("pieces", [1, 2, 3])
def test_maxout_and_layernorm_give_thincs_floats(pieces: int) -> None:
    from thinc.api import LayerNorm, Maxout, NumpyOps, chain

    from accord.news.nlp.fast_tok2vec import install

    rng = np.random.default_rng(pieces)
    X = rng.standard_normal((300, 40)).astype("f")
    X[:20] = np.round(X[:20])  # ties between pieces, exact zeros
    X[20:25] = 0.0
    X[25:30] = -0.0
    model = chain(Maxout(12, 40, nP=pieces), LayerNorm(12))
    model.initialize(X=X)
    model.layers[0].set_param("b", np.zeros((12, pieces), dtype="f"))  # zero rows stay zero
    for node in model.walk():
        node.ops = NumpyOps(use_blis=False)
    expected = model.predict(X)
    assert install(model) == 2
    got = model.predict(X)
    assert _same_bits(got, expected)
    with _thinc_again(model) as count:
        assert count == 2
        assert _same_bits(model.predict(X), expected)


@pytest.mark.parametrize("pieces", [1, 2, 3, 4])
def test_the_largest_piece_is_thincs_down_to_the_sign_of_zero(pieces: int) -> None:
    from thinc.api import NumpyOps

    from accord.news.nlp.fast_tok2vec import largest_piece

    rng = np.random.default_rng(pieces)
    Z = rng.choice(np.array([-0.0, 0.0, 1.0, -1.0, 2.5], dtype="f"), size=(500, 7, pieces))
    Z[:50] = rng.standard_normal((50, 7, pieces)).astype("f")
    assert np.signbit(Z).any() and (Z == 0).any()
    expected = NumpyOps().maxout(Z)[0]
    got = largest_piece(Z)
    assert got.flags.c_contiguous
    assert _same_bits(got, expected)


def test_training_still_runs_thincs_forwards() -> None:
    from thinc.api import Maxout

    from accord.news.nlp.fast_tok2vec import install

    X = np.random.default_rng(0).standard_normal((8, 6)).astype("f")
    model = Maxout(4, 6, nP=3, normalize=True)
    model.initialize(X=X)
    install(model)
    Y, backprop = model.begin_update(X)
    assert backprop(np.ones_like(Y)).shape == X.shape  # thinc's backward pass
    _, no_backprop = model.layers[0](X, is_train=False)
    with pytest.raises(RuntimeError):
        no_backprop(Y)


def test_the_pipelines_token_vectors_are_thincs_bit_for_bit() -> None:
    from accord.news.nlp.models import spacy_pipeline
    from tests.news.test_nlp_fast_parser import _texts

    nlp = spacy_pipeline()
    model = nlp.get_pipe("tok2vec").model
    texts = _texts()
    assert len(texts) > 500
    docs = [nlp.make_doc(text) for text in texts]
    batches = [docs[k : k + 8] for k in range(0, len(docs), 8)]
    ours = [v for batch in batches for v in model.predict(batch)]
    with _thinc_again(model) as count:
        assert count == 10  # the mixer and four window layers, a maxout and a norm each
        theirs = [v for batch in batches for v in model.predict(batch)]
    assert sum(len(v) for v in ours) > 40_000
    assert all(_same_bits(a, b) for a, b in zip(ours, theirs, strict=True))


def test_a_layer_with_another_forward_is_left_as_it_is() -> None:
    from thinc.api import Maxout, Model, chain

    from accord.news.nlp.fast_tok2vec import install, maxout_forward

    def other_forward(model: Any, X: Any, is_train: bool) -> Any:
        return X, lambda dY: dY

    other = Model("maxout", other_forward)  # a maxout by name, not thinc's forward
    model = chain(other, Maxout(4, 6, nP=2))
    assert install(model) == 1
    assert other._func is other_forward
    assert model.layers[1]._func is maxout_forward
    assert install(model) == 0  # installed once
