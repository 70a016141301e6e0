"""Census of s38-riot3 (session 38): READING records of a crowd heading a relative clause.

A record is listed where the gold codes PROTEST ``riot``, or where a crowd word (protesters,
demonstrators, rioters, youths, students, a crowd, a mob, farmers, marchers, people, ...) stands
at most four words before "who", "which" or "that" (a relative clause the crowd may head), or
where a crowd word is followed within three words by "armed with" (a reduced relative). Each
row gives the gold and each coder's events (both coders run on the listed records only).

READING files only: the CHECK files named by ``--check-sets`` are skipped and never opened.
Run from a worktree root with ``PYTHONPATH`` the code to census::

    PYTHONPATH=src nice python3 docs/data/riot3-2026-12-07-s38-riot3/census.py \
        --check-sets heldout-s36,heldout-s36b,heldout-s36c,heldout-s37,heldout-s37b,heldout-s37c \
        --out /tmp/census.json
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path
from typing import Any

CROWD = (
    r"\b(?:protest[eo]rs?|demonstrators?|rioters?|youths?|students|crowds?|mobs?|farmers"
    r"|marchers|supporters|villagers|residents|workers|activists|people|citizens|men)\b"
)
RELATIVE = re.compile(CROWD + r"(?:\W+\w+){0,3}?\W+(?:who|which|that)\b", re.IGNORECASE)
REDUCED = re.compile(CROWD + r"(?:\W+\w+){0,2}?\W+armed with\b", re.IGNORECASE)


def _event(event: Any) -> dict[str, Any]:
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
    rules = get_coder("rules", strict=True).coder
    nlp = get_coder("nlp", strict=True).coder
    rows = []
    for dev in dev_sets(root, root.parent / "shared"):
        if dev.name in check:
            continue
        raw = [r for r in json.loads(Path(dev.path).read_text("utf-8")) if isinstance(r, dict)]
        modes = {str(r.get("id")): r.get("mode") for r in raw}
        for record in read_gold(dev.path, dev.split):
            gold_riot = record.event == "PROTEST" and modes.get(record.id) == "riot"
            relative = bool(RELATIVE.search(record.text))
            reduced = bool(REDUCED.search(record.text))
            if not (gold_riot or relative or reduced):
                continue
            mine = rules.code_sentence(record.text, record.date, record.home)
            theirs = nlp.code_sentence(record.text, record.date, record.home)
            kinds = [k for k, v in (("gold-riot", gold_riot), ("relative", relative)) if v]
            row: dict[str, Any] = {
                "set": dev.name,
                "id": record.id,
                "text": record.text,
                "class": kinds + (["reduced"] if reduced else []),
                "gold": {
                    "type": record.event,
                    "mode": modes.get(record.id),
                    "source": sorted(record.sources),
                    "target": sorted(record.targets),
                },
                "rules": [_event(e) for e in mine],
                "nlp": [_event(e) for e in theirs],
            }
            rows.append(row)
            print(json.dumps(row), flush=True)
    Path(args.out).write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
