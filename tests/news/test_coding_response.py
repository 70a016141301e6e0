"""Verbs of response (CAMEO's REACT block): the response's means is the act (s21-census)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from accord.news.coding import RESPONSE_BLOCKS, code_sentence, lexicon


def _coded(text: str) -> list[tuple[str, list[str], list[str], str | None]]:
    return [
        (e.event_type, [a.code for a in e.sources], [a.code for a in e.targets], e.trigger)
        for e in code_sentence(text)
    ]


def _response_forms() -> list[str]:
    return sorted(
        " ".join(key).lower()
        for key, senses in lexicon().verbs.items()
        if len(key) == 1 and any(s.block.name in RESPONSE_BLOCKS for s in senses)
    )


def test_the_act_is_what_the_response_consists_of() -> None:
    text = "Chile's government has responded by deploying troops along its border with Bolivia."
    assert _coded(text)[0][:2] == ("MOBILIZE", ["CHL"])
    text = "Peru has responded with urgency, sending relief teams to Ecuador."
    assert _coded(text)[0][:3] == ("AID", ["PER"], ["ECU"])
    text = "Bolivian police reacted with tear gas and batons, injuring dozens of Bolivian miners."
    assert _coded(text)[0][0] == "ASSAULT"


def test_a_bare_response_keeps_its_reading() -> None:
    # nothing else says what the response is: the block's reading stays
    text = "Chile said it would respond to any incursion by Bolivian troops."
    assert [e[:2] for e in _coded(text)] == [("ACCUSE", ["CHL"])]


def test_what_a_response_answers_is_background() -> None:
    text = "Ecuador responded to the new sanctions by accusing Peru of economic blackmail."
    first = _coded(text)[0]
    assert (first[0], first[3]) == ("ACCUSE", "accusing")


def test_the_manner_of_a_response_still_codes() -> None:
    # the dictionary's own patterns of the block: an angry reaction is a disapproval
    assert _coded("Chile reacted angrily to Bolivia's new claim.")[0][0] == "ACCUSE"


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(_response_forms()))
def test_no_bare_verb_of_response_comes_before_its_means(form: str) -> None:
    text = f"Uruguay {form} on Monday by recalling its ambassador from Argentina."
    first = _coded(text)[0]
    assert first[3] is not None and first[3].lower() != form
