"""Census of s33-gathered (session 33): the READING records with an assembly or obstruction verb
(gather, assemble, converge, descend, flood, brave, throng, mass, rally, march, block, blockade,
barricade, "took to the streets"), with the gold and each coder's first event.

READING files only: the CHECK files named by ``--check-sets`` are skipped and never opened.
Run from a worktree root with ``PYTHONPATH`` the code to census::

    PYTHONPATH=src nice python3 docs/data/gathered-2026-12-06-s33-gathered/census.py \
        --check-sets heldout-s31,heldout-s31b,heldout-s31c,heldout-s32,heldout-s32b,heldout-s32c \
        --out /tmp/census.json
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path
from typing import Any

VERB = re.compile(
    r"\b(gather(?:s|ed|ing)?|rall(?:y|ies|ied|ying)|march(?:es|ed|ing)?|"
    r"block(?:s|ed|ing)?|blockad(?:e|es|ed|ing)|barricad(?:e|es|ed|ing)|assembl(?:e|es|ed)|"
    r"converged|descend(?:s|ed)?|flood(?:s|ed)?|braved|thronged|massed|"
    r"(?:take|takes|took|taken|taking) to the streets?)"
    r"\b",
    re.IGNORECASE,
)


def _event(event: Any) -> dict[str, Any] | None:
    if event is None:
        return None
    return {
        "type": event.event_type,
        "mode": event.mode,
        "source": sorted(a.code for a in event.sources),
        "target": sorted(a.code for a in event.targets),
        "trigger": event.trigger,
    }


def main() -> None:
    from accord.news.coders import get_coder
    from accord.news.evaluate import read_gold
    from accord.news.nlp.rules_cv import dev_sets

    parser = argparse.ArgumentParser()
    parser.add_argument("--check-sets", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    check = set(args.check_sets.split(","))
    root = Path.cwd()
    coders = {name: get_coder(name, strict=True).coder for name in ("rules", "nlp")}
    rows = []
    for dev in dev_sets(root, root.parent / "shared"):
        if dev.name in check:
            continue
        raw = [r for r in json.loads(Path(dev.path).read_text("utf-8")) if isinstance(r, dict)]
        modes = {str(r.get("id")): r.get("mode") for r in raw}
        for record in read_gold(dev.path, dev.split):
            found = VERB.search(record.text)
            if not found:
                continue
            row: dict[str, Any] = {
                "set": dev.name,
                "id": record.id,
                "verb": found.group(0),
                "text": record.text,
                "gold": {
                    "type": record.event,
                    "mode": modes.get(record.id),
                    "source": sorted(record.sources),
                    "target": sorted(record.targets),
                },
            }
            for name, coder in coders.items():
                events = coder.code_sentence(record.text, record.date, record.home)
                row[name] = _event(events[0] if events else None)
            rows.append(row)
            print(json.dumps(row), flush=True)
    Path(args.out).write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
