"""The rules coder's coordinated subject: every conjunct is a source (s13-rulesactors' code,
re-tested by s14-rulesactors on session 14's CHECK files)."""

from __future__ import annotations

import pytest

from accord.news.coding import code_sentence


def _first(sentence: str) -> tuple[str, set[str], set[str]]:
    events = code_sentence(sentence)
    assert events
    best = events[0]
    return best.event_type, {a.code for a in best.sources}, {a.code for a in best.targets}


@pytest.mark.parametrize(
    ("sentence", "sources"),
    [
        # conjuncts with an "of" attribute each
        (
            "Presidents Lula of Brazil and Boric of Chile signed a trade pact on Tuesday.",
            {"BRA", "CHL"},
        ),
        # a comma list after "of"
        (
            "The ministers of Brazil, Chile, and Peru on Monday condemned the blockade of Cuba.",
            {"BRA", "CHL", "PER"},
        ),
        # a parenthesised short name after the first conjunct
        ("Brazil (BR) and Chile signed a border agreement in Lima.", {"BRA", "CHL"}),
        # conjuncts set off by appositions
        (
            "Luis Arce, the President of Bolivia, and Mario Abdo, the President of Paraguay, agreed"
            " to reopen the border crossing.",
            {"BOL", "PRY"},
        ),
    ],
)
def test_every_conjunct_of_the_subject_acts(sentence: str, sources: set[str]) -> None:
    assert _first(sentence)[1] == sources


def test_a_name_after_the_verb_is_no_conjunct() -> None:
    kind, sources, targets = _first(
        "The foreign ministers of Brazil and Chile condemned the blockade of Cuba and Venezuela."
    )
    assert kind == "ACCUSE"
    assert sources == {"BRA", "CHL"}
    assert "BRA" not in targets and "CHL" not in targets
