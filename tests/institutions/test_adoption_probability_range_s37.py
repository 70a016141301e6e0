"""A draft's adoption probability stays within 0..1 (session 37). The passing tallies' mass
was summed in floating point and returned as it came: on the General Assembly, with members
who lean to yes, it read 1.0000000000000009 to 1.000000000000003 on about one draft in six of
the seeded draws below (found by session 37's UN trial, docs/trial-2026-12-06-s37.md; the test
failed on 0904e6cb's source)."""

from __future__ import annotations

import numpy as np
import pytest

from accord.institutions.resolutions import MemberVote, adoption_probability
from accord.institutions.rules import load_body


@pytest.mark.parametrize("kind", ["substantive", "procedural", "important"])
def test_the_assemblys_adoption_probability_is_a_probability(kind: str) -> None:
    body = load_body("unga")
    rule = body.rule(kind)
    rng = np.random.default_rng(20261207)
    for lean in ([5.0, 1.0, 1.0], [1.0, 5.0, 1.0], [0.05, 0.05, 0.05]):
        for _ in range(8):
            votes = {}
            for member in body.members:
                yes, no, abstain = rng.dirichlet(lean)
                votes[member.code] = MemberVote(
                    float(yes), float(no), float(abstain), 0.0, "scenario"
                )
            p = adoption_probability(rule, body.members, votes)
            assert 0.0 <= p <= 1.0, (kind, lean, repr(p))
