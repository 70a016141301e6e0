"""The default evidence rules are what the cross-validation's selection picks on the whole
development gold (issue 14, item 6): no single switch turned on or off, and no distance limit
or threshold, ranks higher by the selection's criterion (F0.5, then fewer switches)."""

from __future__ import annotations

from dataclasses import replace

from accord.news.evidence import DEFAULT_RULES, SWITCHES
from accord.news.evidence_cv import candidate_rules, cross_validate
from accord.news.evidence_gold import load_evidence_gold
from tests.helpers import DATA

GOLD = DATA / "news" / "evidence-gold.jsonl"


def test_the_default_is_the_selection_on_the_whole_gold_among_its_neighbours() -> None:
    records, scenarios = load_evidence_gold(GOLD)
    flips = [
        replace(DEFAULT_RULES, **{name: not getattr(DEFAULT_RULES, name)}) for name in SWITCHES
    ]
    limits = [
        replace(DEFAULT_RULES, max_distance=c.max_distance, min_strength=c.min_strength)
        for c in candidate_rules()
        if c.max_distance is not None or c.min_strength > 0
    ]
    candidates = list(dict.fromkeys([DEFAULT_RULES, *flips, *limits]))
    report = cross_validate(records, scenarios, by="scenario", candidates=candidates)
    assert report.chosen_on_all == DEFAULT_RULES
