"""An office holder named by surname alone fills an actor missing from an event a coder codes
without it (session 29, s29-surname; :mod:`accord.news.surname_fill`): it never makes an event
of a sentence the coder does not code, never changes a type and never replaces a resolved
actor. Session 29, s29-surname2: a source the coder did not read from the clause's subject (the
state of the verb's object, or the object itself) is unresolved when the subject is a surname.
"""

from __future__ import annotations

import datetime as dt

import pytest

from accord.news.coders import RulesCoder, nlp_available
from accord.news.coding import code_sentence
from accord.news.gazetteer import load, surname_reading, tokenize
from accord.news.resolve import find_mentions
from accord.news.surname_fill import filled, lacks_actor, sentence_people, stood_in
from accord.news.types import ActorRef, Event

JUNE_2025 = dt.date(2025, 6, 10)

needs_nlp = pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")

Shown = list[tuple[str, list[str], list[str]]]


def _shown(events: list[Event]) -> Shown:
    return [
        (e.event_type, [a.code for a in e.sources], [a.code for a in e.targets]) for e in events
    ]


def test_the_first_reading_has_no_surname_alone() -> None:
    text = "Fico said the plan was bad for the country."
    assert find_mentions(tokenize(text), text, JUNE_2025, load()) == []
    twin = surname_reading(load())
    assert twin.surname_alone and surname_reading(twin) is twin
    assert surname_reading(load()) is twin  # made once per gazetteer
    assert sentence_people(text, JUNE_2025, load(), None) == {("SVK", "Robert Fico")}
    assert sentence_people(text, None, load(), None) == frozenset()


def test_rules_a_surname_fills_a_missing_target() -> None:
    text = "The European Union criticised Fico on Monday."
    assert _shown(code_sentence(text, JUNE_2025)) == [("ACCUSE", ["EU"], ["SVK"])]
    assert _shown(RulesCoder().code_sentence(text, JUNE_2025)) == [("ACCUSE", ["EU"], ["SVK"])]


def test_rules_a_resolved_actor_is_not_replaced() -> None:
    # the start reading resolves Ukraine as the source (its twin reads Fico there): no fill
    text = "Fico met Zelensky in Kyiv on Monday."
    assert _shown(code_sentence(text, JUNE_2025)) == [("CONSULT", ["UKR", "UKR"], [])]


@pytest.mark.parametrize(
    "text",
    [
        "Fico said on Monday that the government would veto the package.",
        "It is not yet clear if Fico has joined the coalition.",
    ],
)
def test_a_sentence_the_start_code_does_not_code_gives_no_event(text: str) -> None:
    assert code_sentence(text, JUNE_2025) == []


@needs_nlp
def test_nlp_a_surname_fills_a_missing_target() -> None:
    from accord.news.nlp.coder import NlpCoder

    coder = NlpCoder()
    text = "Ukraine thanked Sikorski for the support."
    assert _shown(coder.code_sentence(text, JUNE_2025)) == [("SUPPORT", ["UKR"], ["POL"])]
    assert coder.code_sentence("Fico said on Monday that the plan was bad.", JUNE_2025) == []


def _event(sources: tuple[ActorRef, ...], targets: tuple[ActorRef, ...], kind: str) -> Event:
    return Event(kind, sources, targets, id="e1", sentence="s")


def test_filled_takes_only_a_slot_with_a_person_and_a_twin_that_agrees() -> None:
    eu, svk = ActorRef("EU", text="the EU"), ActorRef("SVK", "GOV", "Robert Fico", "Fico")
    rus = ActorRef("RUS", text="Russia")
    people = frozenset({("SVK", "Robert Fico")})
    event = _event((eu,), (), "ACCUSE")
    assert lacks_actor(event)
    assert filled([event], people, lambda: [_event((eu,), (svk,), "ACCUSE")])[0].targets == (svk,)
    # another type, another resolved source, or no person in the slot: unchanged
    for twin in (
        _event((eu,), (svk,), "REJECT"),
        _event((rus,), (svk,), "ACCUSE"),
        _event((eu,), (rus,), "ACCUSE"),
    ):
        assert filled([event], people, lambda twin=twin: [twin]) == [event]
    # nothing lacks an actor, or no person: the second reading is not read
    whole = _event((eu,), (rus,), "ACCUSE")
    assert filled([whole], people, lambda: pytest.fail("read")) == [whole]
    assert filled([event], frozenset(), lambda: pytest.fail("read")) == [event]


# s29-surname2: the subject names no actor until its surname is read; the state of the verb's
# object (a source no words name), or the object itself, stood for it


@pytest.mark.parametrize(
    ("text", "start", "shown"),
    [
        # the state of the object stood in for the subject (the domestic convention)
        (
            "Fico accused the German government of lying.",
            [("ACCUSE", ["DEU"], ["DEU"])],
            [("ACCUSE", ["SVK"], ["DEU"])],
        ),
        # the object itself was the source
        (
            "Fico extended his congratulations to Tajikistan and Kyrgyzstan.",
            [("SUPPORT", ["TJK", "KGZ"], [])],
            [("SUPPORT", ["SVK"], ["TJK", "KGZ"])],
        ),
    ],
)
def test_rules_a_surname_subject_replaces_a_source_from_the_object(
    text: str, start: Shown, shown: Shown, monkeypatch: pytest.MonkeyPatch
) -> None:
    import accord.news.coding as coding

    assert _shown(code_sentence(text, JUNE_2025)) == shown
    monkeypatch.setattr(coding, "filled", lambda events, *_: events)
    assert _shown(code_sentence(text, JUNE_2025)) == start


@needs_nlp
def test_nlp_a_surname_subject_replaces_a_source_from_the_object() -> None:
    from accord.news.nlp.coder import NlpCoder

    coder = NlpCoder()
    text = "Sikorski criticised the Hungarian government on Monday."
    assert _shown(coder.code_sentence(text, JUNE_2025)) == [("ACCUSE", ["POL"], ["HUN"])]
    text = "Fico extended his congratulations to Tajikistan and Kyrgyzstan."
    assert _shown(coder.code_sentence(text, JUNE_2025)) == [("SUPPORT", ["SVK"], ["TJK", "KGZ"])]


def test_filled_a_source_not_read_from_the_subject() -> None:
    svk = ActorRef("SVK", "GOV", "Robert Fico", "Fico")
    deu = ActorRef("DEU", "GOV", None, "the German government")
    tjk = ActorRef("TJK", None, None, "Tajikistan")
    people = frozenset({("SVK", "Robert Fico")})
    # the object's state, named by no words, stood for the subject
    stood = _event((ActorRef("DEU"),), (deu,), "ACCUSE")
    assert stood_in(stood.sources) and lacks_actor(stood)
    twin = _event((svk,), (deu,), "ACCUSE")
    assert filled([stood], people, lambda: [twin]) == [twin]
    # the object itself was the source: the twin's object
    taken = _event((tjk,), (), "SUPPORT")
    twin = _event((svk,), (tjk,), "SUPPORT")
    assert filled([taken], people, lambda: [twin]) == [twin]
    # no person as the twin's source, a resolved target that differs, another type: unchanged
    for other in (
        _event((ActorRef("DEU", text="Germany"),), (deu,), "ACCUSE"),
        _event((svk,), (ActorRef("FRA", text="France"),), "ACCUSE"),
        _event((svk,), (deu,), "REJECT"),
    ):
        assert filled([stood], people, lambda other=other: [other]) == [stood]
    # a source read from a word that the twin does not take as its object stays
    named = _event((ActorRef("RUS", text="Russia"),), (), "SUPPORT")
    assert filled([named], people, lambda: [_event((svk,), (tjk,), "SUPPORT")]) == [named]
