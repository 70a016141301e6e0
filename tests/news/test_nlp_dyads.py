"""Domestic dyads in the nlp coder's same-actor filter (issue 14 item 5, session 11,
s11-dyads): two mentions of one country are two actors when their sides differ (the state,
its people, rebels, ...), even where one of them carries no role; the source named twice is
still one actor. Sentences of our own; skipped without the ``[nlp]`` extra."""

from __future__ import annotations

import pytest

from accord.news.coders import nlp_available
from accord.news.types import ActorRef

pytestmark = pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")


def targets(text: str) -> list[tuple[str, str | None]]:
    from accord.news.nlp.coder import NlpCoder

    events = NlpCoder().code_sentence(text)
    assert events, text
    return [(a.code, a.role) for a in events[0].targets]


def test_a_state_named_without_role_and_a_rebel_group_of_it_are_two_actors() -> None:
    # main counted the missing role of "Colombia" as the same actor and dropped the target
    assert targets("Colombia accused the ELN rebels of attacking a police station.") == [
        ("COL", "REB")
    ]


def test_police_and_a_people_named_by_demonym_are_two_actors() -> None:
    assert targets("Hungarian police detained dozens of Hungarians at the march.") == [
        ("HUN", None)
    ]


def test_a_protest_police_dyad_keeps_both() -> None:
    assert targets("Belarus riot police beat protesters in Minsk.") == [("BLR", "CVL")]


def test_the_source_named_again_by_its_capital_is_still_dropped() -> None:
    # "X's president warned that X ...": the president and the capital are one actor
    assert ("USA", None) not in targets(
        "Rubio warned that Washington could walk away from the talks."
    )
    assert ("GHA", None) not in targets(
        "Ghana's president warned that Accra would not accept foreign interference."
    )


def test_a_state_and_its_own_forces_stay_one_actor() -> None:
    # the state's name and its troops are of one side: no target of its own forces
    assert ("KEN", "MIL") not in targets("Kenya deployed troops to Nairobi after the unrest.")


def test_the_sector_test() -> None:
    from accord.news.nlp.coder import _same, _side

    state = ActorRef("COL", None, None, "Colombia")
    minister = ActorRef("COL", "GOV", None, "Colombia's defence minister")
    rebels = ActorRef("COL", "REB", None, "ELN rebels")
    assert _side(state) == _side(minister) == "STATE"
    assert _side(ActorRef("SRB", None, None, "Albanians")) == "CVL"
    assert _side(ActorRef("UKR", "UNK", None, "land")) is None
    assert not _same(state, rebels)
    assert _same(state, minister)  # the state and its government: one actor
    assert _same(state, ActorRef("COL", "MIL", None, "troops"))  # and its forces
    # a government and its own forces named with both roles stay two actors, as before
    assert not _same(minister, ActorRef("COL", "COP", None, "police officers"))
    # a mention the sentence places in no country takes no side ("the militia")
    militia = ActorRef("USA", "UAF", None, "militia")
    usa = ActorRef("USA", None, None, "United States")
    assert not _same(usa, militia)
    assert _same(usa, militia, bare=frozenset({"militia"}))
    # the same role, no names: one actor, as before ("authorities" and "mayor")
    assert _same(minister, ActorRef("COL", "GOV", None, "mayor"))
