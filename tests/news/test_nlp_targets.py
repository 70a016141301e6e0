"""The nlp coder's recipients and negation after the issue 14 accuracy round (session 3).

One sentence of our own per rule; the rules were chosen on the development data only
(docs/validation-events/session-03.md). Skipped without the ``[nlp]`` extra.
"""

from __future__ import annotations

import pytest

from accord.news.coders import nlp_available
from accord.news.gazetteer import Gazetteer

pytestmark = pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")


def first(text: str, fallback: bool = True) -> tuple[str, list[str], list[tuple[str, str | None]]]:
    from accord.news.nlp.coder import NlpCoder

    events = NlpCoder(fallback=fallback).code_sentence(text)
    assert events, text
    e = events[0]
    return e.event_type, [a.code for a in e.sources], [(a.code, a.role) for a in e.targets]


def test_a_request_targets_its_object_not_the_objects_of_what_is_asked() -> None:
    # "urged X to stop the attacks on Kyiv": X is asked; Kyiv is inside the request
    kind, sources, targets = first("Trump urged Putin to stop the attacks on Kyiv.")
    assert (kind, sources, [t[0] for t in targets]) == ("REQUEST", ["USA"], ["RUS"])


def test_a_negation_inside_the_request_does_not_negate_it() -> None:
    kind, sources, targets = first("Macron urged Trump not to be weak in front of Putin.")
    assert (kind, sources, [t[0] for t in targets]) == ("REQUEST", ["FRA"], ["USA"])


def test_the_maker_of_a_rejected_call_is_the_recipient() -> None:
    kind, sources, targets = first(
        "Berlin rejected recent calls by Belarus's rulers for immediate economic aid."
    )
    assert (kind, sources, [t[0] for t in targets]) == ("REJECT", ["DEU"], ["BLR"])


def test_a_protest_at_home_targets_the_government_as_another_actor() -> None:
    # the domestic convention, without a target that is the source again (issue 14 item 5)
    kind, sources, targets = first(
        "Young Algerians blocked roads leading to the city centre on Sunday.", fallback=False
    )
    assert (kind, sources, targets) == ("PROTEST", ["DZA"], [("DZA", "GOV")])


def test_a_state_attacking_with_no_recipient_or_place_gets_no_target() -> None:
    from accord.news.nlp.coder import _implicit_target
    from accord.news.types import ActorRef

    assert _implicit_target("ASSAULT", (ActorRef("RUS", "MIL"),), None) == ()
    assert _implicit_target("ASSAULT", (ActorRef("RUS", "REB"),), None) == (ActorRef("RUS", "GOV"),)


def test_the_rules_coder_supplies_a_target_the_parse_misses() -> None:
    from accord.news.nlp.coder import _rules_targets
    from accord.news.types import ActorRef

    sentence = "The Kremlin accused Ukraine of sabotage on Thursday."
    assert [a.code for a in _rules_targets(sentence, None, (ActorRef("RUS"),))] == ["UKR"]
    # only from a rules event that shares a source, and never the source itself
    assert _rules_targets(sentence, None, (ActorRef("FRA"),)) == ()


def _renamed_trump() -> Gazetteer:
    """The default gazetteer with "Trump" coded CAN instead of USA: a custom gazetteer that
    the default one cannot stand in for."""
    from dataclasses import replace

    from accord.news.gazetteer import Entry, Term, load

    gaz = load()
    entry = Entry("person", "CAN", "Donald Trump", "GOV", (Term("CAN", "GOV"),), priority=2)
    return replace(gaz, names={**gaz.names, ("TRUMP",): [entry]})


def test_the_rules_fallback_reads_the_sentence_with_the_coders_gazetteer() -> None:
    # session 7: the fallback used the default gazetteer whatever the coder was given, so a
    # target the custom gazetteer codes differently was borrowed with the default's code
    # (and then dropped by fallback_in_clause, which no longer found it among the mentions)
    from accord.news.nlp.coder import NlpCoder, _rules_targets
    from accord.news.types import ActorRef

    sentence = "Putin rejected a full 30-day ceasefire during his call with Trump."
    gaz = _renamed_trump()
    own = _rules_targets(sentence, None, (ActorRef("RUS"),), gaz=gaz)
    assert [a.code for a in own] == ["CAN"]
    assert [a.code for a in _rules_targets(sentence, None, (ActorRef("RUS"),))] == ["USA"]
    events = NlpCoder(gaz=gaz).code_sentence(sentence)
    assert [[a.code for a in e.targets] for e in events[:1]] == [["CAN"]]
    default = NlpCoder().code_sentence(sentence)
    assert [[a.code for a in e.targets] for e in default[:1]] == [["USA"]]
