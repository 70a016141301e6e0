"""BDM's normaliser over many runs (``_all_pairs_batch``) gives the voter loop's bits (session 39).

Session 39 (s39-perf): where 64 or more sums run side by side, :func:`pair_probability` with the
port's all-pairs normaliser lays the arrays out pair first and computes each voter's votes for
``a < b`` only (``v_k(b, a) = -v_k(a, b)`` exactly). A batch of one run (7 sums) takes the voter
loop, so the batch-equals-single-run tests never met the new path: here each run of a batch is
computed alone (the loop) and compared byte for byte with the batch, for the probabilities and
for whole simulations, on cases built to hit ties: rounded positions, twins, unengaged actors,
zero weights.
"""

from __future__ import annotations

import numpy as np
import pytest

from accord.engines.bdm import BdmParams, pair_probability, simulate
from accord.engines.ordered import MANY_SUMS


def _case(seed: int, runs: int, issues: int, n: int) -> tuple[np.ndarray, ...]:
    rng = np.random.default_rng(seed)
    x = rng.uniform(0, 100, (runs, issues, n))
    if seed % 3 == 0:
        x = np.round(x / 10) * 10  # many equal distances
    if seed % 4 == 1:
        x[..., 1] = x[..., 0]  # twins
    weight = rng.uniform(0, 1, (runs, issues, n))
    if seed % 5 == 2:
        weight[..., 0] = 0.0
    engaged = rng.uniform(size=(runs, issues, n)) > (0.2 if seed % 2 else 0.0)
    return x, weight, engaged


@pytest.mark.parametrize("seed", range(12))
@pytest.mark.parametrize("exponents", [False, True])
def test_all_pairs_batch_equals_each_run_alone(seed: int, exponents: bool) -> None:
    runs, issues, n = 20, 5, 2 + seed % 7
    assert runs * issues >= MANY_SUMS > issues  # the batch takes the new path, a run the loop
    x, weight, engaged = _case(seed, runs, issues, n)
    span = np.full((runs, issues), 100.0)
    rng = np.random.default_rng(100 + seed)
    exponent = rng.choice([0.5, 1.0, 1.3, 2.0], size=(runs, issues, n)) if exponents else None
    batch = pair_probability(x, weight, exponent, engaged, span, "all-pairs")
    for b in range(runs):
        own = None if exponent is None else exponent[b]
        alone = pair_probability(x[b], weight[b], own, engaged[b], span[b], "all-pairs")
        assert batch[b].tobytes() == alone.tobytes()


@pytest.mark.parametrize("seed", range(6))
def test_scholz_code_simulation_of_a_batch_equals_each_run_alone(seed: int) -> None:
    runs, issues, n = 16, 6, 4 + seed % 4
    x, weight, engaged = _case(seed, runs, issues, n)
    salience = np.random.default_rng(200 + seed).uniform(0.05, 1, (runs, issues, n))
    params = BdmParams(variant="scholz-code", rounds=6)
    batch = simulate(x, weight, salience, engaged, params)
    for b in range(runs):
        alone = simulate(x[b], weight[b], salience[b], engaged[b], params)
        assert batch.positions[:, b].tobytes() == alone.positions.tobytes()
        assert batch.outcome[b].tobytes() == alone.outcome.tobytes()
