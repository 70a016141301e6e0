"""The evidence finder (default rules) on the 15 READING evidence files, for the rules finder
(nearest actor) and the nlp coder's clause agents, with the code under ``--src``: per file
the exact counts (gold, found gold, predicted, correct) and per record the items found, to
compare the session-start code with this branch's (the evidence finder uses
``resolve.find_mentions`` too). Not part of the brief's adoption rule (which concerns the
event coders); reported for completeness. CHECK file ``evidence-heldout-s14.jsonl`` skipped.

Run from the worktree root::

    nice python3 docs/data/names-2026-12-04-s15-names/evidence_reading.py --src /tmp/s15-start/src \\
        > docs/data/names-2026-12-04-s15-names/evidence-before.json
    nice python3 docs/data/names-2026-12-04-s15-names/evidence_reading.py --src src \\
        > docs/data/names-2026-12-04-s15-names/evidence-after.json
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

SKIP = ("evidence-heldout-s14.jsonl",)
NOT_GOLD = ("evidence-labels-A.jsonl", "evidence-labels-B.jsonl", "evidence-sentences.jsonl")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--src", required=True)
    args = parser.parse_args()
    sys.path.insert(0, str(Path(args.src).resolve()))
    from accord.news.coders import get_coder
    from accord.news.evidence_gold import evaluate_evidence, load_evidence_gold

    root = Path.cwd()
    paths = [
        p
        for p in sorted((root / "tests" / "data" / "news").glob("evidence-*.jsonl"))
        if p.name not in SKIP and p.name not in NOT_GOLD
    ]
    out: dict[str, Any] = {}
    for coder_name in ("rules", "nlp"):
        coder = None if coder_name == "rules" else get_coder(coder_name, strict=True).coder
        files = {}
        for path in paths:
            records, scenarios = load_evidence_gold(path)
            ev = evaluate_evidence(records, scenarios, coder, keep_errors=True)
            o = ev.overall
            files[path.name] = {
                "gold": o.gold,
                "found_gold": o.found_gold,
                "predicted": o.predicted,
                "correct": o.correct,
                "errors": {e["id"]: e["found"] for e in ev.errors},
            }
        out[coder_name] = files
    json.dump(out, sys.stdout, indent=0)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
