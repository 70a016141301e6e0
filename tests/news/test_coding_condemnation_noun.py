"""Session 23 (s23-call): a noun of condemnation ("condemnation", "denunciation", "criticism")
is an accusation (CAMEO 111, PLOVER ACCUSE) where the sentence names who condemns: "X issued a
condemnation of Y's strikes" (X -> the attacker, the gold convention "a condemned attack is an
accusation of its attacker") and "Y's decision drew criticism from X" (X -> Y). Sentences of
our own, not from any gold file."""

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


@settings(max_examples=30, deadline=None)
@given(
    verb=st.sampled_from(["issued", "has issued", "voiced", "published"]),
    noun=st.sampled_from(["condemnation", "denunciation", "criticism"]),
    modifier=st.sampled_from(["a strong ", "a ", "its ", "sharp "]),
)
def test_a_condemnation_of_an_attack_accuses_the_attacker(
    verb: str, noun: str, modifier: str
) -> None:
    sentence = f"Kenya {verb} {modifier}{noun} of the Ugandan strikes on Sudan."
    kind, _trigger, sources, targets = _first(sentence)
    assert (kind, sources, targets) == ("ACCUSE", ["KEN"], ["UGA"])


@settings(max_examples=20, deadline=None)
@given(
    verb=st.sampled_from(["drew", "has drawn", "triggered"]),
    noun=st.sampled_from(["condemnation", "criticism", "sharp criticism"]),
)
def test_criticism_from_an_actor_accuses_the_subject(verb: str, noun: str) -> None:
    sentence = f"Russia's decision {verb} {noun} from Ukraine and Poland."
    kind, trigger, sources, targets = _first(sentence)
    assert (kind, trigger, sorted(sources), targets) == (
        "ACCUSE",
        noun.split()[-1],
        ["POL", "UKR"],
        ["RUS"],
    )


def test_a_noun_with_no_actor_condemning_is_no_act() -> None:
    unvoiced = "There was wide criticism of the Ugandan strikes on Sudan."
    assert all(e.event_type != "ACCUSE" for e in code_sentence(unvoiced))
    assert code_sentence("Diplomatic condemnation of Uganda is growing.") == []
    negated = "The statement did not include a condemnation of Uganda's strikes."
    assert all(e.event_type != "ACCUSE" for e in code_sentence(negated))


def test_an_earlier_act_keeps_the_first_event() -> None:
    sentence = "Uganda arrested two Kenyan envoys, drawing condemnation from Kenya."
    assert _first(sentence)[:2] == ("COERCE", "arrested")
