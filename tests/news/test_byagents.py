"""A passive's "by" list of named agents closed by "and" is all sources (session 40,
s40-byagents, the narrower reading of sessions 38 and 39's s38/s39-byagents), as
docs/event-coding.md's written conventions say: "for a passive ('...by Y') the actor after
'by'" ("Source") and "Mentions joined only by 'and' (or a comma list ending in 'and') form a
compound actor, coded as several actors of one event". The rules coder reads the list
(``accord.news.coding._coordinated_agents``); none of its agents is the target and no other
target is dropped. Outside the reading ("including", a group word before the names, commas
alone, one agent) the start code's output is kept. Sentences of our own: type, mode, source
and target of the first event, for each coder."""

from __future__ import annotations

import pytest

from tests.news.test_armsale import Coded, _first, needs_nlp

BY_AGENTS: list[tuple[str, Coded, Coded]] = [
    # two signatories, each a title with a name the gazetteer does not know
    (
        "The water accord was signed by Chile's Energy Minister Ana Robles and Peru's Energy"
        " Minister Luis Vera.",
        ("SUPPORT", None, ["CHL", "PER"], []),
        # the nlp coder's parse keeps Chile and its minister as two actors (as before)
        ("SUPPORT", None, ["CHL", "CHL", "PER"], []),
    ),
    # session 39: a verb other than signing
    (
        "The ceasefire plan was endorsed by Norway's Foreign Minister Kari Holm and Finland's"
        " Foreign Minister Mikko Salo.",
        ("SUPPORT", None, ["FIN", "NOR"], []),
        ("SUPPORT", None, ["FIN", "NOR"], []),
    ),
    # session 40: the passive's subject stays the target (no other target is dropped)
    (
        "Kenya was visited by Tanzania's President Samia Hassan and Uganda's President Yoweri"
        " Museveni.",
        ("CONSULT", "visit", ["TZA", "UGA"], ["KEN"]),
        ("CONSULT", "visit", ["TZA", "UGA"], ["KEN"]),
    ),
]

# outside the reading: the start code's (0350323a's) first event, kept as it was, right or not
KEPT: list[tuple[str, Coded]] = [
    # "including" after a group word: not a list of named agents
    (
        "A first loan will be provided by allies including Austria, Belgium and Ireland.",
        ("AGREE", None, ["AUT"], ["AUT", "BEL", "IRL"]),
    ),
    # one agent
    ("The loan was approved by Austria.", ("SUPPORT", None, ["AUT"], [])),
    # commas alone, no "and"
    ("The loan was approved by Austria, Belgium.", ("SUPPORT", None, ["AUT"], ["BEL"])),
    # an appositive after a comma, a later clause after ", and"
    ("The pact was signed by Chile, the host, on Monday.", ("SUPPORT", None, ["CHL"], [])),
    (
        "The deal was signed by Chile's foreign minister, and was praised by Peru.",
        ("SUPPORT", None, ["CHL"], ["PER"]),
    ),
]


@pytest.mark.parametrize(("text", "rules", "nlp"), BY_AGENTS)
def test_listed_agents_of_a_passive_are_sources(text: str, rules: Coded, nlp: Coded) -> None:
    assert _first(text) == rules


@needs_nlp
@pytest.mark.parametrize(("text", "rules", "nlp"), BY_AGENTS)
def test_listed_agents_of_a_passive_in_the_nlp_coder(text: str, rules: Coded, nlp: Coded) -> None:
    assert _first(text, "nlp") == nlp


@pytest.mark.parametrize(("text", "rules"), KEPT)
def test_outside_the_reading_the_start_output_is_kept(text: str, rules: Coded) -> None:
    assert _first(text) == rules
