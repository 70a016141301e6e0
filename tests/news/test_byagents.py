"""A passive's coordinated agents are all sources (session 38, s38-byagents), as
docs/event-coding.md's written conventions say: "for a passive ('...by Y') the actor after
'by'" ("Source") and "Mentions joined only by 'and' (or a comma list ending in 'and') form a
compound actor, coded as several actors of one event". The rules coder reads the "by" phrase's
coordination (``accord.news.coding._coordinated_agents``); none of its agents is the target.
Sentences of our own: type, mode, source and target of the first event, for each coder.
Session 39 (s39-byagents) re-runs the reading and adds a verb other than signing."""

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
    # session 39: a verb other than signing, two titles with names the gazetteer does not know
    (
        "The ceasefire plan was endorsed by Norway's Foreign Minister Kari Holm and Finland's"
        " Foreign Minister Mikko Salo.",
        ("SUPPORT", None, ["FIN", "NOR"], []),
        ("SUPPORT", None, ["FIN", "NOR"], []),
    ),
    # a class opened by "including" with its members listed, closed by "and"
    (
        "A first loan of 300 million euros will be provided by partners including Austria,"
        " Belgium, and Ireland, the minister said.",
        ("AGREE", None, ["AUT", "BEL", "IRL"], []),
        ("AGREE", None, ["AUT", "BEL", "IRL"], []),
    ),
]

# no coordination of agents: an appositive after a comma, a later clause after ", and"
KEPT: list[tuple[str, list[str]]] = [
    ("The pact was signed by Chile, the host, on Monday.", ["CHL"]),
    ("The deal was signed by Chile's foreign minister, and was praised by Peru.", ["CHL"]),
]


@pytest.mark.parametrize(("text", "rules", "nlp"), BY_AGENTS)
def test_coordinated_agents_of_a_passive_are_sources(text: str, rules: Coded, nlp: Coded) -> None:
    assert _first(text) == rules


@needs_nlp
@pytest.mark.parametrize(("text", "rules", "nlp"), BY_AGENTS)
def test_coordinated_agents_of_a_passive_in_the_nlp_coder(
    text: str, rules: Coded, nlp: Coded
) -> None:
    assert _first(text, "nlp") == nlp


@pytest.mark.parametrize(("text", "sources"), KEPT)
def test_one_agent_stays_the_only_source(text: str, sources: list[str]) -> None:
    assert _first(text)[2] == sources
