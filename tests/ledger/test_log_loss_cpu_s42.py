"""Session 42: the ledger's log loss is the C library's ``log``, the same on every CPU.

``np.log`` on an AVX-512 machine rounds about one argument in two hundred differently from
its AVX2 and baseline kernels (and from ``math.log``); ``accord ledger score`` printed it.
"""

from __future__ import annotations

import math

import numpy as np

from accord.ledger.scores import log_loss


def test_log_loss_is_the_c_library_log() -> None:
    for p in np.linspace(0.001, 0.999, 4001):
        p = float(p)
        assert log_loss(p, True) == -math.log(p)
        assert log_loss(p, False) == -math.log(1.0 - p)
