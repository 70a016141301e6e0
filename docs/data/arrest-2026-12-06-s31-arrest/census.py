"""Census of s31-arrest (session 31): the READING records with an arrest or detention word, or
whose gold is COERCE ``arrest``, with the gold and each coder's first event.

READING files only: the CHECK files named by ``--check-sets`` are skipped and never opened.
Run from a worktree root with ``PYTHONPATH=src``::

    PYTHONPATH=src nice python3 docs/data/arrest-2026-12-06-s31-arrest/census.py \
        --check-sets heldout-s29,heldout-s29b,heldout-s29c,heldout-s30,heldout-s30b,heldout-s30c \
        --out /tmp/census.json
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path
from typing import Any

ARREST = re.compile(
    r"\b(arrest\w*|detain\w*|detention\w*|jail\w*|imprison\w*|apprehend\w*|custody|"
    r"round(?:ed|s|ing)? up|rounded-up|round-up)\b",
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


def _cameo(text: str, trigger: str | None) -> str | None:
    """The CAMEO code of the rules coder's trigger, read from the dictionary match."""
    from accord.news.coding import find_triggers
    from accord.news.gazetteer import tokenize

    if not trigger:
        return None
    tokens = tokenize(text)
    first = trigger.split()[0].upper()
    for trig in find_triggers(tokens):
        if tokens[trig.start].key == first:
            return trig.cameo
    return None


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
            mode = modes.get(record.id)
            if not (ARREST.search(record.text) or (record.event == "COERCE" and mode == "arrest")):
                continue
            row: dict[str, Any] = {
                "set": dev.name,
                "id": record.id,
                "text": record.text,
                "gold": {
                    "type": record.event,
                    "mode": mode,
                    "source": sorted(record.sources),
                    "target": sorted(record.targets),
                },
            }
            for name, coder in coders.items():
                events = coder.code_sentence(record.text, record.date, record.home)
                first = _event(events[0] if events else None)
                if first is not None and name == "rules":
                    first["cameo"] = _cameo(record.text, first["trigger"])
                row[name] = first
            rows.append(row)
            print(json.dumps(row), flush=True)
    Path(args.out).write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
