"""Inference forwards for the maxout and layer-norm layers of spaCy's ``tok2vec``, same floats.

``en_core_web_sm``'s shared ``tok2vec`` (``spacy.Tok2Vec.v2``) runs five of thinc's
``Maxout`` layers with ``normalize=True`` (``maxout >> layernorm``): the hash embeddings'
mixer and the four residual window-CNN layers, on every token of a batch at once (about 9,000
tokens for eight articles of 1,000 words). Apart from the matrix product, thinc's forwards do
work that inference does not need:

* ``Maxout``'s forward takes the maximum of each unit's pieces with ``NumpyOps.maxout``, which
  also records which piece won (for the backward pass) in a loop that cost about six times
  NumPy's ``maximum`` over the same pieces (6.7 against 1.1 ms for 9,000 tokens by 96 units by
  three pieces);
* ``LayerNorm``'s forward takes the row means, then ``X.var``, which takes the same means and
  differences again, then the differences a third time, each in a new array.

:func:`maxout_forward` and :func:`layernorm_forward` compute the same values from the same
operations, in the same order, without that work, and hand back to thinc's own forwards when a
layer is trained. Why the floats are the same:

* the maximum of a unit's pieces is one of them, whichever function picks it; on a tie
  (which matters only between zeros of opposite sign) both keep the earlier piece: thinc
  replaces the best so far only by a strictly larger piece, and NumPy's ``maximum`` returns
  its second argument when the two compare equal, so the earlier piece goes second (the
  tests pin this down); they would differ on a NaN, which finite weights and inputs never
  give;
* ``X.var(axis=1, keepdims=True)`` is, in NumPy's own code (``numpy._core._methods._var``),
  the row sums of ``X`` divided by the row length (exactly how ``X.mean`` makes ``mu``), then
  ``X - mu`` squared, summed along the rows and divided by the row length: the mean of the
  squared differences, which :func:`layernorm_forward` takes from the differences it keeps;
* the product, the bias, the scale and the shift are the same NumPy calls on the same arrays
  (in place where thinc makes a new array: the same rounding).

``tests/news/test_nlp_fast_tok2vec.py`` compares the token vectors bit for bit with thinc's
forwards on the development gold texts and the benchmark's articles.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

__all__ = ["install", "largest_piece", "layernorm_forward", "maxout_forward"]


def maxout_forward(model: Any, X: Any, is_train: bool) -> tuple[Any, Callable[[Any], Any]]:
    """thinc's ``Maxout`` forward for inference: ``X W^T + b``, then each unit's largest
    piece (NumPy's ``maximum``, no record of which piece won); thinc's own when training."""
    if is_train:
        return _thinc_maxout(model, X, is_train)
    nO, nP, nI = model.get_dim("nO"), model.get_dim("nP"), model.get_dim("nI")
    W = model.ops.reshape2f(model.get_param("W"), nO * nP, nI)
    Y = model.ops.gemm(X, W, trans2=True)
    Y += model.ops.reshape1f(model.get_param("b"), nO * nP)
    return largest_piece(Y.reshape(Y.shape[0], nO, nP)), _no_backprop


def largest_piece(Z: Any) -> Any:
    """The largest of each unit's pieces (``Z``: rows by units by pieces), as the first value
    of thinc's ``NumpyOps.maxout``, as a new C-contiguous array."""
    if Z.shape[2] == 1:
        return np.ascontiguousarray(Z[:, :, 0])
    # a later piece first: NumPy's ``maximum`` returns its second argument when the two
    # compare equal, so a tie keeps the earlier piece, as thinc's strict ``>`` does
    best = np.maximum(Z[:, :, 1], Z[:, :, 0])
    for piece in range(2, Z.shape[2]):
        np.maximum(Z[:, :, piece], best, out=best)
    return best


def layernorm_forward(model: Any, X: Any, is_train: bool) -> tuple[Any, Callable[[Any], Any]]:
    """thinc's ``LayerNorm`` forward for inference: ``(X - mu) / sqrt(var + 1e-8) * G + b``
    row by row, the differences from the mean taken once; thinc's own when training."""
    if is_train:
        return _thinc_layernorm(model, X, is_train)
    mu = X.mean(axis=1, keepdims=True)
    Y = X - mu
    var = (Y * Y).mean(axis=1, keepdims=True) + 1e-08
    Y *= var ** (-1.0 / 2.0)
    Y *= model.get_param("G")
    Y += model.get_param("b")
    return Y, _no_backprop


def _no_backprop(dY: Any) -> Any:
    raise RuntimeError("an inference forward has no backward pass (is_train was False)")


def _thinc_maxout(model: Any, X: Any, is_train: bool) -> tuple[Any, Callable[[Any], Any]]:
    from thinc.layers.maxout import forward

    result: tuple[Any, Callable[[Any], Any]] = forward(model, X, is_train)
    return result


def _thinc_layernorm(model: Any, X: Any, is_train: bool) -> tuple[Any, Callable[[Any], Any]]:
    from thinc.layers.layernorm import forward

    result: tuple[Any, Callable[[Any], Any]] = forward(model, X, is_train)
    return result


def install(model: Any) -> int:
    """Give every ``Maxout`` and ``LayerNorm`` layer of ``model`` (a thinc model) whose forward
    is thinc's own the inference forwards above; returns how many layers were given one.
    A layer with another forward (another thinc version's, a subclass's) is left as it is."""
    from thinc.layers.layernorm import forward as thinc_layernorm
    from thinc.layers.maxout import forward as thinc_maxout

    ours = {thinc_maxout: maxout_forward, thinc_layernorm: layernorm_forward}
    count = 0
    for node in model.walk():
        forward = ours.get(node._func)
        if forward is not None:
            node._func = forward
            count += 1
    return count
