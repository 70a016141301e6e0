"""Helpers shared by the evidence tests (not a test module itself): what the matcher finds in
one written sentence, the development gold files a past decision was made on, and a tiny gold
set for the cross-validation tests."""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path

from accord.news.evidence import EvidenceRules, extract_evidence
from accord.news.evidence_gold import GoldSentence
from accord.news.types import Document
from accord.scenario.catalogue import resolve
from tests.helpers import DATA

SCENARIOS = cache(resolve)
# The development evidence gold files in the order they became development data (the sets of
# session 4 to 9, each after its one scoring), named one by one: a glob would pick up a set
# still held out.
DEVELOPMENT = (
    "gold",
    "heldout-2026",
    "heldout-s5",
    "heldout-s5c",
    "heldout-s6",
    "heldout-s6b",
    "heldout-s7",
    "heldout-s8",
    "heldout-s8b",
    "heldout-s9",
    "heldout-s9b",
)


def development_through(last: str) -> list[Path]:
    """The development evidence gold files up to ``last`` (as "heldout-s5c"): the files a
    decision of that time was made on."""
    return [
        DATA / "news" / f"evidence-{name}.jsonl"
        for name in DEVELOPMENT[: DEVELOPMENT.index(last) + 1]
    ]


def stances(
    text: str, rules: EvidenceRules, scenario: str = "ukraine-2025-02"
) -> set[tuple[str, str, str]]:
    """(actor, issue, direction) of every stance ``rules`` find in ``text``."""
    doc = Document(id="t", title="", text=text, date=dt.date(2025, 2, 20))
    return {
        (e.actor, e.issue, "high" if e.direction > 0 else "low")
        for e in extract_evidence(doc, SCENARIOS(scenario), rules=rules)
    }


def gold_sentence(rid: str, group: str, text: str, found: list[dict[str, str]]) -> GoldSentence:
    """A gold record of ``group`` (a 'scenario' name the cross-validation groups by)."""
    return GoldSentence.model_validate(
        {
            "id": rid,
            "scenario": group,
            "text": text,
            "url": f"https://example.org/{rid}",
            "publisher": "Example",
            "date": "2025-02-20",
            "stances": found,
        }
    )


def demand_and_ceasefire(groups: tuple[str, ...]) -> list[GoldSentence]:
    """Per group (all over the Ukraine actors and issues): a demand made of another actor (no
    stance in the gold: it rejects the change the demand proposes) and a stance the gold
    confirms, which the matcher finds either way."""
    out = []
    for n, group in enumerate(groups):
        demand = "Putin demanded that Ukraine withdraw from the occupied territory."
        out.append(gold_sentence(f"d{n}", group, demand, []))
        ceasefire = [{"actor": "UKR", "issue": "ceasefire", "direction": "high"}]
        out.append(gold_sentence(f"c{n}", group, "Zelensky called for a ceasefire.", ceasefire))
    return out
