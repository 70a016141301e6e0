"""A continuing act is the act; a standing state is a statement (session 46, s46-continuing),
as docs/event-coding.md's convention written in session 46's declaration commit says: "A
commitment, a relation or a quality restated with no act ("remains committed to", ...) is a
statement (CAMEO 01), no event. A continuation promised ("will continue") follows the intent
rule (AGREE)".

The rules coder: a commitment restated (``accord.news.coding.restated_commitment``, a
``_retype`` rule) is no event; "continue (to)" between "will" or "pledged to" and the verb is
read through by the intent rule (``accord.news.coding._intent``). The nlp coder: the same
reading of its predicate's verb (``_restates_commitment``), and the rules coder's type for the
promised continuation. Sentences of our own: type, mode, source and target of the first event,
for each coder (None: no event)."""

from __future__ import annotations

import pytest

from tests.news.test_armsale import Coded, _first, needs_nlp

SENTENCES: list[tuple[str, Coded | None]] = [
    # a commitment restated: a statement, no event
    ("Chile reaffirmed its commitment to the peace process.", None),
    ("Chile remains committed to peace in Peru.", None),
    # a continuation promised: the intent rule's AGREE (a hostile one THREATEN)
    (
        "Chile will continue cooperating with Peru on the military level.",
        ("AGREE", None, ["CHL"], ["PER"]),
    ),
    (
        "Chile will continue assisting Peru in developing its fishing industry.",
        ("AGREE", None, ["CHL"], ["PER"]),
    ),
    ("Chile will continue to strike Peru.", ("THREATEN", None, ["CHL"], ["PER"])),
    # kept: support restated, a commitment to an act, a continuing act told as done
    ("Chile reaffirmed its support for Peru.", ("SUPPORT", None, ["CHL"], ["PER"])),
    ("Chile reaffirmed its commitment to support Peru.", ("SUPPORT", None, ["CHL"], ["PER"])),
    ("Chile has continued to strike Peru.", ("ASSAULT", None, ["CHL"], ["PER"])),
]


def _coded(text: str, coder: str) -> Coded | None:
    try:
        return _first(text, coder)
    except IndexError:  # no event
        return None


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_the_rules_coder_on_continuing_acts_and_states(text: str, expected: Coded | None) -> None:
    assert _coded(text, "rules") == expected


@needs_nlp
@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_the_nlp_coder_on_continuing_acts_and_states(text: str, expected: Coded | None) -> None:
    assert _coded(text, "nlp") == expected


def test_a_participle_restating_a_commitment_is_left() -> None:
    from accord.news.coding import restated_commitment
    from accord.news.gazetteer import tokenize

    tokens = tokenize("Peru sent aid, reaffirming its commitment to the neighbourhood policy")
    at = next(i for i, t in enumerate(tokens) if t.key == "REAFFIRMING")
    assert not restated_commitment(tokens, at)
