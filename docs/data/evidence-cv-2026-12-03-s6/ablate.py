"""Session 6: the default (ABSTAINING_GATES) with one gate off at a time, correct / items per
development file and pooled. ``python docs/data/evidence-cv-2026-12-03-s6/ablate.py rules|nlp``
from the repository root. A fixed rule set has nothing to choose, so its figure on each file is
its leave-one-file-out figure."""

from __future__ import annotations

import sys
from dataclasses import replace
from functools import lru_cache

from candidates import GOLD  # the four files of round 1, next to this script

from accord.news.coders import get_coder
from accord.news.evidence import (
    ABSTAINING_GATES,
    SWITCHES,
    EvidenceRules,
    SpeakerFinder,
    evidence_with_gaps,
)
from accord.news.evidence_gold import _gold_keys, _key, load_evidence_golds
from accord.news.types import Document


def main(coder: str) -> None:
    records, scenarios, files = load_evidence_golds(GOLD)
    finder: SpeakerFinder | None = None
    if coder != "rules":
        finder = lru_cache(maxsize=None)(get_coder(coder, strict=True).coder.clause_agents)  # type: ignore[attr-defined]

    def run(rules: EvidenceRules) -> str:
        counts = {name: [0, 0] for name in sorted(set(files.values()))}
        for r in records:
            doc = Document(id=r.id, title="", text=r.text, date=r.date, url=r.url)
            found = evidence_with_gaps(doc, scenarios[r.scenario], finder, rules)
            keys = {_key(e) for e, _ in found}
            counts[files[r.id]][0] += len(keys & _gold_keys(r))
            counts[files[r.id]][1] += len(keys)
        correct = sum(c for c, _ in counts.values())
        items = sum(n for _, n in counts.values())
        per_file = ", ".join(f"{c}/{n}" for c, n in counts.values())
        return f"{per_file}: {correct}/{items} = {correct / items:.3f}"

    print("none off:", run(ABSTAINING_GATES))
    for name in SWITCHES:
        if getattr(ABSTAINING_GATES, name):
            print(f"{name} off:", run(replace(ABSTAINING_GATES, **{name: False})))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "rules")
