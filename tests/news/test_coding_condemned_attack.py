"""The recipient of a condemned attack is its attacker, never its victim (s16-condemn).

A condemnation (CAMEO 111, PLOVER ACCUSE) is directed at whoever did what is condemned: in
"Chile condemned the strike on Bolivia by Peru" Peru is accused and Bolivia is the victim,
named inside the object. The sentences are our own; the gold records that led to the rule are
listed in docs/validation-events/session-16-condemn.md.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from accord.news.coding import code_sentence

COUNTRIES = {"Chile": "CHL", "Peru": "PER", "Bolivia": "BOL", "Argentina": "ARG"}
DEMONYMS = {"CHL": "Chilean", "PER": "Peruvian", "BOL": "Bolivian", "ARG": "Argentine"}
VERBS = ["condemned", "denounced", "strongly condemned", "deplored", "has condemned"]
NOUNS = ["attack", "strike", "airstrikes", "bombing", "raid", "aggression", "armed incursion"]
PREPOSITIONS = ["on", "against"]

three = st.lists(st.sampled_from(sorted(COUNTRIES)), min_size=3, max_size=3, unique=True)


def _first(text: str) -> tuple[str, list[str], list[str]]:
    event = code_sentence(text)[0]
    return event.event_type, [a.code for a in event.sources], [a.code for a in event.targets]


@settings(max_examples=80, deadline=None)
@given(
    names=three,
    verb=st.sampled_from(VERBS),
    noun=st.sampled_from(NOUNS),
    prep=st.sampled_from(PREPOSITIONS),
    agent_named=st.sampled_from(["by", "possessor", "demonym", "none"]),
)
def test_the_attacks_agent_is_the_recipient_and_its_victim_never(
    names: list[str], verb: str, noun: str, prep: str, agent_named: str
) -> None:
    speaker, victim, agent = names
    owner = {"possessor": f"{agent}'s", "demonym": f"the {DEMONYMS[COUNTRIES[agent]]}"}
    tail = f"by {agent}" if agent_named == "by" else "on Monday"
    text = f"{speaker} {verb} {owner.get(agent_named, 'the')} {noun} {prep} {victim} {tail}."
    expected = [] if agent_named == "none" else [COUNTRIES[agent]]
    assert _first(text) == ("ACCUSE", [COUNTRIES[speaker]], expected)


@settings(max_examples=40, deadline=None)
@given(names=three, verb=st.sampled_from(VERBS), noun=st.sampled_from(NOUNS))
def test_a_later_characterisation_names_the_attacker(
    names: list[str], verb: str, noun: str
) -> None:
    speaker, victim, agent = names
    demonym = DEMONYMS[COUNTRIES[agent]]
    text = f"{speaker} {verb} the {noun} on {victim}, calling it a cowardly {demonym} attack."
    assert _first(text) == ("ACCUSE", [COUNTRIES[speaker]], [COUNTRIES[agent]])


def test_a_condemned_act_that_is_no_attack_keeps_its_recipient() -> None:
    # no attack noun with a victim: the object's owner, as before
    assert _first("Chile condemned Peru's decision on Monday.") == ("ACCUSE", ["CHL"], ["PER"])
    # a victim without "on" or "against" is not read as one
    text = "Chile condemned the attack, accusing Peru of aggression."
    assert _first(text)[2] != ["CHL"]
