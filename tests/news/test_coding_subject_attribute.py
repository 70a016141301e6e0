"""The rules coder's subject head before a name in its attribute (s13-rulesactors)."""

from __future__ import annotations

import pytest

from accord.news.coding import code_sentence


def _sources(sentence: str) -> set[str]:
    events = code_sentence(sentence)
    assert events
    return {a.code for a in events[0].sources}


@pytest.mark.parametrize(
    ("sentence", "sources"),
    [
        # a name after "to" describes the envoy's posting, not who acts
        ("Ana Ruiz, the Spanish envoy to Kenya, welcomed the ceasefire on Monday.", {"ESP"}),
        # a name after "in" describes the body's field, not who acts
        ("The African Union Commission on Refugees in Sudan criticized the raids.", {"AU"}),
    ],
)
def test_the_head_of_the_subject_acts(sentence: str, sources: set[str]) -> None:
    assert _sources(sentence) == sources


def test_agents_coded_by_their_attribute_keep_it() -> None:
    # "envoys from X and Y": the agents have no state but their attribute's
    assert _sources("Envoys from Peru and Chile signed the accord on Monday.") == {"PER", "CHL"}
