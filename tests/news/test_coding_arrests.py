"""Session 23 (s23-census2): an arrest is an arrest and a raid on premises a search, PLOVER 2.0
COERCE, whoever is arrested and wherever ("arrested journalists", "detained demonstrators",
"arrested ... during a protest" match CAMEO patterns that code 175, violent repression, which
the 2021 table maps to ASSAULT). Sentences of our own, not from any gold file."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from accord.news.coding import code_sentence


def _first(sentence: str) -> tuple[str, str | None, list[str]]:
    event = code_sentence(sentence)[0]
    return event.event_type, event.trigger, [a.code for a in event.sources]


@settings(max_examples=40, deadline=None)
@given(
    verb=st.sampled_from(["arrested", "detained", "arrests", "detains"]),
    whom=st.sampled_from(
        [
            "four journalists",
            "dozens of protesters",
            "twelve demonstrators",
            "two students during a protest",
            "a lawyer during a demonstration",
        ]
    ),
)
def test_an_arrest_is_coercion_whoever_is_arrested(verb: str, whom: str) -> None:
    kind, trigger, sources = _first(f"Kenyan police {verb} {whom} in Mombasa on Friday.")
    assert (kind, trigger, sources) == ("COERCE", verb, ["KEN"])


@settings(max_examples=30, deadline=None)
@given(
    verb=st.sampled_from(["raided", "raid"]),
    premises=st.sampled_from(
        ["the party's offices", "two locations", "the homes of three activists", "a facility"]
    ),
)
def test_a_raid_on_premises_is_a_search_not_an_attack(verb: str, premises: str) -> None:
    sentence = f"Peruvian police {verb} {premises} in Lima."
    assert _first(sentence) == ("COERCE", verb, ["PER"])


def test_a_raid_with_harm_named_stays_an_attack() -> None:
    kind, trigger, _sources = _first("Syrian troops raided homes in Deraa, killing two men.")
    assert (kind, trigger) == ("ASSAULT", "raided")


def test_an_air_raid_stays_an_attack() -> None:
    assert _first("Russian warplanes raided the town of Idlib on Monday.")[0] == "ASSAULT"
