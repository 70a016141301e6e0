"""Session 27 (s27-deny): dismissing or denying a claim is REJECT, not ACCUSE (docs/event-coding.md,
session 8's convention; ``accord.news.coding.rejects_claim``), in both coders: the near words of a
claim (a charge, a statement, a concern, a victory declared, an idea), "slammed" an accusation,
and a participle of accusing after the verb ranked after its REJECT. Sentences of our own."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

import pytest

from accord.news.coders import nlp_available
from accord.news.coding import code_sentence, rejects_claim

DATE = dt.date(2025, 3, 1)
needs_nlp = pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")

CASES = [
    # a verb of denial, its object a near word of a claim: subject the source, owner the target
    ("Poland rebuffed the charges, calling them absurd.", "POL", []),
    ("Chile dismissed Peru's statements on the border.", "CHL", ["PER"]),
    ("The Chinese embassy in Oslo slammed the unfounded accusations against Beijing.", "CHN", []),
    # the participle of accusing does not outrank the main verb
    ("Ghana denied the claim, accusing Togo of spreading lies.", "GHA", ["TGO"]),
]


def _codes(actors: Any) -> list[str]:
    return sorted({a.code for a in actors})


def test_word_class() -> None:
    assert rejects_claim("DENIED", ["CHARGE"])
    assert rejects_claim("DISMISSED", ["STATEMENT"])
    assert rejects_claim("SLAMMED", ["ACCUSATION"])
    assert not rejects_claim("DISMISSED", ["CHARGE"])  # a court dismissing charges acquits
    assert not rejects_claim("SLAMMED", ["PLAN"])  # criticising a plan stays an accusation
    assert not rejects_claim("PRAISED", ["CLAIM"])


@pytest.mark.parametrize(("text", "source", "targets"), CASES)
def test_rules(text: str, source: str, targets: list[str]) -> None:
    first = code_sentence(text, DATE)[0]
    assert first.event_type == "REJECT", text
    assert _codes(first.sources) == [source]
    if targets:
        assert _codes(first.targets) == targets


@needs_nlp
@pytest.mark.parametrize(("text", "source", "targets"), CASES)
def test_nlp(text: str, source: str, targets: list[str]) -> None:
    from accord.news.nlp.coder import NlpCoder

    first = NlpCoder().code_sentence(text, DATE)[0]
    assert first.event_type == "REJECT", text
    assert _codes(first.sources) == [source]
    if targets:
        assert _codes(first.targets) == targets


@needs_nlp
def test_nlp_switch_off_ranks_the_participle_first() -> None:
    from accord.news.nlp.coder import DEFAULT_RULES, NlpCoder

    text = "Ghana denied the claim, accusing Togo of spreading lies."
    off = NlpCoder(rules=replace(DEFAULT_RULES, rejected_claim=False)).code_sentence(text, DATE)
    on = NlpCoder().code_sentence(text, DATE)
    assert on[0].event_type == "REJECT" and on[0].trigger == "denied"
    assert off[0].event_type == "ACCUSE" and off[0].trigger == "accusing"
