"""A source named without a country drops no named target (issue 14 item 5, session 15,
s15-barefill): the nlp coder fills such a source with the sentence's first country, a guess,
and a guess no longer makes the target the sentence names with that country the same actor;
a target placed in no country is still the source's. Sentences of our own; the coder tests
are skipped without the ``[nlp]`` extra."""

from __future__ import annotations

import pytest

from accord.news.coders import nlp_available
from accord.news.types import ActorRef

needs_nlp = pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")


def test_a_filled_source_is_not_the_same_actor_as_a_named_target() -> None:
    from accord.news.nlp.coder import _source_again

    ministry = ActorRef("VNM", "GOV", None, "ministry")  # "the ministry", filled with VNM
    vietnam = ActorRef("VNM", None, None, "Vietnam")
    bare = frozenset({"ministry"})
    assert not _source_again(vietnam, (ministry,), bare=bare)
    # without the fill (both named) they are one actor, as before
    assert _source_again(vietnam, (ministry,), bare=frozenset())
    # a target placed in no country is still the source's ("called on the militia")
    usa = ActorRef("USA", None, None, "United States")
    militia = ActorRef("USA", "UAF", None, "militia")
    assert _source_again(militia, (usa,), bare=frozenset({"militia"}))
    # a source named with its country still drops the state named again
    rubio = ActorRef("USA", "GOV", "Marco Rubio", "Rubio")
    washington = ActorRef("USA", None, None, "Washington")
    assert _source_again(washington, (rubio,), bare=frozenset())


def test_another_source_of_the_event_still_drops_the_target() -> None:
    from accord.news.nlp.coder import _source_again

    # "Chile and the ministry ...": Chile named with its country is one of the sources
    chile = ActorRef("CHL", None, None, "Chile")
    ministry = ActorRef("CHL", "GOV", None, "ministry")
    target = ActorRef("CHL", None, None, "Santiago")
    assert _source_again(target, (ministry, chile), bare=frozenset({"ministry"}))


def targets(text: str) -> list[tuple[str, str | None]]:
    from accord.news.nlp.coder import NlpCoder

    events = NlpCoder().code_sentence(text)
    assert events, text
    return [(a.code, a.role) for a in events[0].targets]


@needs_nlp
def test_a_ministry_without_a_country_keeps_the_state_it_rejects() -> None:
    # main: "the ministry" took Vietnam's code and then dropped Vietnam as the same actor
    assert targets("The ministry rejected Vietnam's accusations about the dam.") == [
        ("VNM", None)
    ]


@needs_nlp
def test_a_police_spokesman_keeps_the_people_he_praises() -> None:
    assert targets("A police spokesman praised Kenyans for staying calm during the vote.") == [
        ("KEN", None)
    ]


@needs_nlp
def test_a_named_source_still_drops_its_own_capital() -> None:
    assert ("USA", None) not in targets(
        "Rubio warned that Washington could walk away from the talks."
    )
