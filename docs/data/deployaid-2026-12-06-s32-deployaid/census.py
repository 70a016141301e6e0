"""s32-deployaid's census: both coders (the code under ``SRC``) on the READING records that
hold a deployment verb (deploy, dispatch and their forms), or whose gold
is AID or ASSAULT ``crowd-control``; every such record printed (gold, each coder's first three
events). The CHECK files (session 32: heldout-s30* and heldout-s31*) are skipped by name,
never opened.

Run from the worktree root::

    python3 docs/data/expelsource-2026-12-06-s32-deployaid/census.py SRC OUT.json > OUT.txt
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

CHECK = {f"heldout-s{x}" for x in ("30", "30b", "30c", "31", "31b", "31c")}
WORDS = re.compile(r"\b(deploy\w*|dispatch\w*)\b", re.I)



def _event(e: Any) -> dict[str, Any]:
    return {
        "type": e.event_type,
        "mode": e.mode,
        "src": sorted(a.code for a in e.sources),
        "tgt": sorted(a.code for a in e.targets),
        "trigger": e.trigger,
    }


def _line(e: dict[str, Any]) -> str:
    roles = f"{','.join(e['src'])}->{','.join(e['tgt'])}"
    return f"{e['type']}/{e['mode']} {roles} [{e['trigger']}]"


def main() -> None:
    src, out = sys.argv[1], sys.argv[2]
    sys.path.insert(0, src)
    from accord.news.coders import get_coder
    from accord.news.evaluate import read_gold
    from accord.news.nlp.rules_cv import dev_sets

    root = Path.cwd()
    coders = {name: get_coder(name, strict=True).coder for name in ("rules", "nlp")}
    rows = []
    for dev in dev_sets(root, root.parent / "shared"):
        if dev.name in CHECK:
            continue
        raw = {str(x.get("id")): x for x in json.loads(Path(dev.path).read_text("utf-8"))}
        for r in read_gold(dev.path, dev.split):
            mode = raw.get(r.id, {}).get("mode")
            if not (WORDS.search(r.text) or r.event == "AID" or mode == "crowd-control"):
                continue
            row: dict[str, Any] = {
                "set": dev.name,
                "id": r.id,
                "text": r.text,
                "gold": r.event,
                "gold_src": sorted(r.sources),
                "gold_tgt": sorted(r.targets),
                "gold_mode": mode,
            }
            for name, coder in coders.items():
                row[name] = [_event(e) for e in coder.code_sentence(r.text, r.date, r.home)[:3]]
            rows.append(row)
    Path(out).write_text(json.dumps(rows, indent=0), encoding="utf-8")
    for row in rows:
        gold = f"{row['gold']}/{row['gold_mode']} {','.join(row['gold_src'])}->"
        gold += ",".join(row["gold_tgt"])
        print(f"== {row['set']} {row['id']}\n  {row['text']}\n  GOLD {gold}")
        for c, tag in (("rules", "RUL"), ("nlp", "NLP")):
            print(f"  {tag}  " + (" | ".join(_line(e) for e in row[c]) or "NONE"))


if __name__ == "__main__":
    main()
