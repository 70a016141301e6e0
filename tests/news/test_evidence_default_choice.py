"""The default evidence rules are what the selection picks on the whole development gold
(issue 14, item 6; session 5: forward selection over both gold files, the rules coder): the
test reruns the selection, so a change of the matcher that moves the choice fails it."""

from __future__ import annotations

from dataclasses import replace

from accord.news.evidence import DEFAULT_RULES, SWITCHES
from accord.news.evidence_cv import select_rules
from accord.news.evidence_gold import GoldSentence, load_evidence_gold
from accord.scenario.model import Scenario
from tests.helpers import DATA

GOLD = (DATA / "news" / "evidence-gold.jsonl", DATA / "news" / "evidence-heldout-2026.jsonl")


def _development() -> tuple[list[GoldSentence], dict[str, Scenario]]:
    records: list[GoldSentence] = []
    scenarios: dict[str, Scenario] = {}
    for path in GOLD:
        more, named = load_evidence_gold(path, scenarios)
        records += more
        scenarios.update(named)
    return records, scenarios


def test_the_default_is_the_forward_selection_on_all_development_gold() -> None:
    records, scenarios = _development()
    assert len(records) == 282
    assert select_rules(records, scenarios) == DEFAULT_RULES


def test_no_single_switch_flip_ranks_above_the_default() -> None:
    # a narrower check of the same choice, with given candidates (the default and its
    # neighbours): no switch turned on or off alone does better by the criterion
    records, scenarios = _development()
    flips = [
        replace(DEFAULT_RULES, **{name: not getattr(DEFAULT_RULES, name)}) for name in SWITCHES
    ]
    assert select_rules(records, scenarios, candidates=[DEFAULT_RULES, *flips]) == DEFAULT_RULES
