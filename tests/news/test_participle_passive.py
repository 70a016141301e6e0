"""s32-participle: a past participle after its noun with no auxiliary is a reduced passive
("Afghans expelled from Iran"): the noun is the recipient and the place's state after
"from"/"in" the source, as for the full passive (docs/event-coding.md, "Source"). Sentences of
our own."""

from __future__ import annotations

import pytest

from accord.news.coders import get_coder


def _first(coder: str, text: str) -> tuple[str, str | None, list[str], list[str]]:
    events = get_coder(coder, strict=True).coder.code_sentence(text, None, None)
    assert events, text
    e = events[0]
    return e.event_type, e.mode, [a.code for a in e.sources], [a.code for a in e.targets]


def test_rules_participle_in_place() -> None:
    text = "Two Turkish journalists detained in Iran were released on Friday."
    assert _first("rules", text) == ("COERCE", "arrest", ["IRN"], ["TUR"])


def test_rules_participle_from_place() -> None:
    text = "Hundreds of Afghans expelled from Iran arrived in Herat on Monday."
    assert _first("rules", text) == ("SANCTION", "expel", ["IRN"], ["AFG"])


def test_rules_intransitive_verb_kept() -> None:
    # an active past verb with the same words: no coercion, no reversal
    text = "Pakistani Prime Minister Shehbaz Sharif arrived in Riyadh on Wednesday."
    kind, _mode, sources, _targets = _first("rules", text)
    assert kind == "CONSULT" and sources == ["PAK"]


def test_nlp_headline_participle() -> None:
    pytest.importorskip("spacy")
    assert _first("nlp", "Afghans expelled from Iran.") == ("SANCTION", "expel", ["IRN"], ["AFG"])
