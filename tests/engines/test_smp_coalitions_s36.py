"""``coalitions`` computes every voter's votes at once where they are few (session 36).

The bits must be those of the voter-by-voter loop it replaced (KTAB's order decides ties, issue
12): ``_by_voter`` below is the function as it was at 7adc0f35, kept as the reference, and both
paths (all voters at once, and one at a time above ``_ALL_VOTERS_AT_ONCE``) are compared with
it for every voting rule, on random utilities with exact ties and mirror-image voters.
"""

from __future__ import annotations

import numpy as np
import pytest
from numpy.typing import NDArray

from accord.engines.smp import kernels
from accord.engines.smp.kernels import MIN_COALITION, coalitions, vote

F64 = NDArray[np.float64]
RULES = ["Proportional", "Binary", "PropBin", "PropCbc", "Cubic", "ASymProsp"]


def _by_voter(weight: F64, util: F64, rule: str) -> F64:
    """The implementation before session 36 (the reference)."""
    n = util.shape[-1]
    lower = np.asarray(np.tri(n, n, -1, dtype=bool))
    c = np.full((*util.shape[:-2], n, n), MIN_COALITION)
    odd = rule != "ASymProsp"
    for k in range(util.shape[-2]):
        u_k = util[..., k, :]
        v = vote(rule, weight[..., k, None, None], u_k[..., :, None] - u_k[..., None, :])
        if odd:
            c += np.maximum(v, 0.0)
        else:
            c += np.where(lower, np.maximum(v, 0.0), np.swapaxes(np.maximum(-v, 0.0), -1, -2))
    diag = np.eye(n, dtype=bool)
    return np.asarray(np.where(diag, MIN_COALITION, c))


def _inputs(seed: int, batch: tuple[int, ...], voters: int, options: int) -> tuple[F64, F64]:
    rng = np.random.default_rng(seed)
    util = rng.random((*batch, voters, options))
    if options > 1:
        util[..., 1] = util[..., 0]  # tied options
    if voters > 2:
        util[..., 2, :] = 1.0 - util[..., 1, :]  # a mirror-image voter
    util = np.round(util, 2)  # many exact ties between differences
    weight = rng.random((*batch, voters)) * 100.0
    if voters > 3:
        weight[..., 3] = weight[..., 2]
    return weight, util


@pytest.mark.parametrize("rule", RULES)
@pytest.mark.parametrize(
    ("batch", "voters", "options"), [((), 1, 1), ((), 4, 4), ((), 12, 9), ((3,), 7, 5)]
)
def test_all_voters_at_once_gives_the_loops_bits(
    rule: str, batch: tuple[int, ...], voters: int, options: int
) -> None:
    for seed in range(5):
        weight, util = _inputs(seed, batch, voters, options)
        fast, slow = coalitions(weight, util, rule), _by_voter(weight, util, rule)
        assert fast.shape == slow.shape and fast.dtype == slow.dtype
        assert fast.tobytes() == slow.tobytes()


@pytest.mark.parametrize("rule", RULES)
def test_one_voter_at_a_time_above_the_threshold_gives_the_same_bits(
    rule: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    weight, util = _inputs(7, (2,), 6, 6)
    at_once = coalitions(weight, util, rule)
    monkeypatch.setattr(kernels, "_ALL_VOTERS_AT_ONCE", 0)
    one_by_one = coalitions(weight, util, rule)
    assert at_once.tobytes() == one_by_one.tobytes() == _by_voter(weight, util, rule).tobytes()
