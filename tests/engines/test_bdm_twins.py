"""Identical actors stay identical: a BDM invariant that needs bit-equal arithmetic (issue 12).

Two actors with the same capability, salience and position receive the same offers from
everyone (and none from each other), so in exact arithmetic, in the reference port and in
accord they move together for ever. The old vectorised kernel computed the same quantity for
the two twins by different routes (one from the upper triangle, one from the lower) and could
split them after a few rounds; summing in the port's order makes the twins bit-identical.
"""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.engines.bdm import BdmParams, simulate

actor = st.tuples(
    st.floats(1.0, 100.0),  # capability
    st.floats(0.0, 100.0),  # position
    st.floats(0.05, 1.0),  # salience
)


@settings(max_examples=40, deadline=None)
@given(
    st.lists(actor, min_size=2, max_size=6),
    st.data(),
    st.sampled_from(["scholz-code", "paper"]),
)
def test_identical_actors_move_together(
    actors: list[tuple[float, float, float]], data: st.DataObject, variant: str
) -> None:
    twin = data.draw(st.integers(0, len(actors) - 1), label="twin of")
    where = data.draw(st.integers(0, len(actors)), label="inserted at")
    actors = [*actors[:where], actors[twin], *actors[where:]]
    first = twin if twin < where else twin + 1
    c, x, s = (np.array(v, dtype=float) for v in zip(*actors, strict=True))
    trace = simulate(x, c, s, np.ones(len(actors), dtype=bool), BdmParams(variant=variant))
    np.testing.assert_array_equal(trace.positions[:, first], trace.positions[:, where])
