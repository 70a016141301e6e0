"""Census of s36-riot (session 36): the READING records of the rules coder's riot class.

A record is listed where the rules coder codes an event of type PROTEST, mode ``riot`` (a crowd
as the subject of a violent act, ``accord.news.coding._riot`` / ``_crowd_riot``), or where the
gold codes PROTEST ``riot``, or where the sentence names a crowd word of the rules coder
(protesters, demonstrators, rioters, youths, students, a crowd or a mob) and the gold or the
rules coder codes ASSAULT. Each row gives the gold and each coder's first event (the nlp coder
is run on the listed records only).

READING files only: the CHECK files named by ``--check-sets`` are skipped and never opened.
Run from a worktree root with ``PYTHONPATH`` the code to census::

    PYTHONPATH=src nice python3 docs/data/riot-2026-12-06-s36-riot/census.py \
        --check-sets heldout-s34,heldout-s34b,heldout-s34c,heldout-s35,heldout-s35b,heldout-s35c \
        --out /tmp/census.json
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path
from typing import Any

CROWD = re.compile(
    r"\b(protest[eo]rs?|demonstrators?|rioters?|youths|students|crowds?|mobs?)\b", re.IGNORECASE
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
    rules = get_coder("rules", strict=True).coder
    nlp = get_coder("nlp", strict=True).coder
    rows = []
    for dev in dev_sets(root, root.parent / "shared"):
        if dev.name in check:
            continue
        raw = [r for r in json.loads(Path(dev.path).read_text("utf-8")) if isinstance(r, dict)]
        modes = {str(r.get("id")): r.get("mode") for r in raw}
        for record in read_gold(dev.path, dev.split):
            mine = rules.code_sentence(record.text, record.date, record.home)
            riot = any(e.event_type == "PROTEST" and e.mode == "riot" for e in mine)
            gold_riot = record.event == "PROTEST" and modes.get(record.id) == "riot"
            assault = record.event == "ASSAULT" or any(e.event_type == "ASSAULT" for e in mine)
            if not (riot or gold_riot or (CROWD.search(record.text) and assault)):
                continue
            theirs = nlp.code_sentence(record.text, record.date, record.home)
            row: dict[str, Any] = {
                "set": dev.name,
                "id": record.id,
                "text": record.text,
                "class": "rules-riot" if riot else ("gold-riot" if gold_riot else "crowd-assault"),
                "gold": {
                    "type": record.event,
                    "mode": modes.get(record.id),
                    "source": sorted(record.sources),
                    "target": sorted(record.targets),
                },
                "rules": _event(mine[0] if mine else None),
                "rules_riot": [_event(e) for e in mine if e.mode == "riot"],
                "nlp": _event(theirs[0] if theirs else None),
            }
            rows.append(row)
            print(json.dumps(row), flush=True)
    Path(args.out).write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
