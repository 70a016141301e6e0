"""Session 23 (s23-call): "call X + predicate" is a characterisation. A form of "call" with a
direct object whose predicate holds a word of the session-11 condemnation class is an
accusation (CAMEO 111, PLOVER ACCUSE), like "described ... as"; a phone call, an appeal and
an object relative keep their readings. Sentences of our own, not from any gold file."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from accord.news.coding import code_sentence


def _first(sentence: str) -> tuple[str, str, list[str], list[str]]:
    event = code_sentence(sentence)[0]
    return (
        event.event_type,
        event.trigger,
        [a.code for a in event.sources],
        [a.code for a in event.targets],
    )


@settings(max_examples=40, deadline=None)
@given(
    verb=st.sampled_from(["called", "calls", "has called"]),
    obj=st.sampled_from(
        ["the Argentine tariffs", "Argentina's new tariffs", "the tariffs by Argentina"]
    ),
    predicate=st.sampled_from(
        ["unacceptable", "illegal", "an act of aggression", "“reckless blackmail”", "a provocation"]
    ),
)
def test_a_condemning_predicate_makes_call_an_accusation(
    verb: str, obj: str, predicate: str
) -> None:
    kind, trigger, sources, targets = _first(f"Brazil {verb} {obj} {predicate}.")
    assert (kind, trigger, sources, targets) == ("ACCUSE", verb.split()[-1], ["BRA"], ["ARG"])


def test_a_name_after_the_condemning_word_is_no_recipient() -> None:
    # the judgement names the victim, not the accused: the object carries the recipient
    kind, _trigger, sources, targets = _first(
        "Brazil called the move a violation of Argentina's sovereignty."
    )
    assert (kind, sources) == ("ACCUSE", ["BRA"])
    assert "ARG" not in targets


def test_a_participle_after_the_act_keeps_the_first_event() -> None:
    events = code_sentence("Japan protested to China, calling the drills provocative.")
    assert events[0].trigger == "protested"
    assert any(e.trigger == "calling" and e.event_type == "ACCUSE" for e in events)


def test_other_calls_keep_their_readings() -> None:
    assert _first("Brazil called on Argentina to withdraw its troops.")[0] == "REQUEST"
    assert _first("Macron called Putin on Tuesday.")[:2] == ("CONSULT", "called")
    # a predicate with no word of condemnation is no accusation
    assert _first("Brazil called the Argentine tariffs a surprise.")[0] != "ACCUSE"


@settings(max_examples=20, deadline=None)
@given(
    opening=st.sampled_from(["what Chile", "the strikes, which Chile", "the strikes that Chile"])
)
def test_an_object_relative_is_no_naming(opening: str) -> None:
    # "what Chile called an act of aggression": the object comes before the verb
    sentence = f"Peru condemned {opening} called an act of aggression."
    assert all(e.trigger != "called" or e.event_type != "ACCUSE" for e in code_sentence(sentence))


def test_a_possessor_after_an_object_relative_is_no_object() -> None:
    his = "Spain sanctioned firms tied to what the US calls his reckless regime."
    assert all(e.trigger != "calls" or e.event_type != "ACCUSE" for e in code_sentence(his))
