"""Session 22 (s22-fix): the evidence finder's findings on the seed article for the bundled
ukraine-2025-02 scenario, under the rules named (default: ``DEFAULT_RULES``), one line each
(actor, issue, direction, the sentence's start). Run from the worktree root::

    PYTHONPATH=src python3 docs/data/fix-2026-12-05-s22-fix/seed_evidence.py [RULES ...]
"""

from __future__ import annotations

import sys
from pathlib import Path

import accord.news.evidence as ev
from accord.news.readers import read_file
from accord.scenario.catalogue import resolve

SEED = Path(__file__).resolve().parents[4] / "shared" / "seed" / "000_3ead7e23d2ba6687.txt"


def main() -> None:
    (doc,) = read_file(SEED).documents
    scenario = resolve("ukraine-2025-02")
    for name in sys.argv[1:] or ["DEFAULT_RULES"]:
        found = ev.extract_evidence(doc, scenario, rules=getattr(ev, name))
        print(f"== {name}: {len(found)} findings")
        for e in found:
            print(e.actor, e.issue, f"{e.direction:+.0f}", "|", " ".join(e.quote.split())[:90])


if __name__ == "__main__":
    main()
