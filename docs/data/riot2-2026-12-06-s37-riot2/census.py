"""Census of s37-riot2 (session 37): READING records of a crowd's violent or forcing act.

A record is listed where the gold codes PROTEST ``riot``, or where the rules coder (run on every
record) codes PROTEST ``riot`` anywhere in the sentence, or where a crowd word (protesters,
demonstrators, rioters, a mob, a crowd, youths, students, farmers, ...) stands in the sentence
with a violent or forcing verb (threw, hurled, stormed, pushed through, broke into, torched,
set fire, ...). Each row gives the gold and each coder's first event (both coders run on the
listed records).

READING files only: the CHECK files named by ``--check-sets`` are skipped and never opened.
Run from a worktree root with ``PYTHONPATH`` the code to census::

    PYTHONPATH=src nice python3 docs/data/riot2-2026-12-06-s37-riot2/census.py \
        --check-sets heldout-s35,heldout-s35b,heldout-s35c,heldout-s36,heldout-s36b,heldout-s36c \
        --out /tmp/census.json
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path
from typing import Any

CROWD = re.compile(
    r"\b(protest[eo]rs?|demonstrators?|rioters?|youths?|students|crowds?|mobs?|farmers"
    r"|marchers|supporters|villagers|residents|workers|activists|hooligans|fans)\b",
    re.IGNORECASE,
)
VERB = re.compile(
    r"\b(thr[eo]w|throwing|hurl\w*|pelt\w*|storm\w*|push\w* through|broke into|break\w* into"
    r"|torch\w*|set (?:fire|ablaze|alight)|set \w+(?: \w+)? (?:on fire|ablaze|alight)"
    r"|burn\w*|smash\w*|ransack\w*|vandali[sz]\w*|loot\w*|attack\w*|clash\w*|ston\w*"
    r"|forc\w*|barg\w*|tore down|breach\w*|overr?an|attempt to storm|rampag\w*)\b",
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
            words = bool(CROWD.search(record.text) and VERB.search(record.text))
            mine = rules.code_sentence(record.text, record.date, record.home)
            riot = any(e.event_type == "PROTEST" and e.mode == "riot" for e in mine)
            if not (gold_riot or words or riot):
                continue
            theirs = nlp.code_sentence(record.text, record.date, record.home)
            row: dict[str, Any] = {
                "set": dev.name,
                "id": record.id,
                "text": record.text,
                "class": "gold-riot" if gold_riot else ("rules-riot" if riot else "crowd-verb"),
                "gold": {
                    "type": record.event,
                    "mode": modes.get(record.id),
                    "source": sorted(record.sources),
                    "target": sorted(record.targets),
                },
                "rules": _event(mine[0] if mine else None),
                "rules_riot": [_event(e) for e in mine if e.mode == "riot"],
                "nlp": _event(theirs[0] if theirs else None),
                "nlp_riot": [_event(e) for e in theirs if e.mode == "riot"],
            }
            rows.append(row)
            print(json.dumps(row), flush=True)
    Path(args.out).write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
