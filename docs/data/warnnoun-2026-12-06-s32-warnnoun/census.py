"""s32-warnnoun's census: both coders (the code under ``SRC``) on every READING record whose
sentence holds the noun warning, caution or threat, listing those where either coder's first
three events hold THREATEN or ACCUSE or the gold is THREATEN or ACCUSE, with the noun's
construction. The CHECK files of session 32 (heldout-s30* and heldout-s31*) are skipped by
name, never opened.

Run from the worktree root::

    python3 docs/data/warnnoun-2026-12-06-s32-warnnoun/census.py SRC OUT.json > OUT.txt
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

CHECK = {f"heldout-s{x}" for x in ("30", "30b", "30c", "31", "31b", "31c")}
NOUN = re.compile(r"\b(warnings?|cautions?|threats?)\b", re.I)
KINDS = (
    ("noun-that", re.compile(r"\b(warnings?|cautions?|threats?)\s+(\w+\s+){0,3}?that\b", re.I)),
    (
        "noun-prep",
        re.compile(r"\b(warnings?|cautions?|threats?)\s+(of|about|against|over)\b", re.I),
    ),
    ("noun-to", re.compile(r"\b(warnings?|cautions?|threats?)\s+(\w+\s+){0,2}?to\b", re.I)),
    (
        "light-verb",
        re.compile(
            r"\b(issu|gave|give|sen[dt]|deliver|repeat|reiterat)\w*\s+(\w+\s+){0,3}?(warnings?|threats?)\b",
            re.I,
        ),
    ),
    (
        "possessive",
        re.compile(r"(['’]s|\b(its|their|his|her))\s+(\w+\s+){0,2}?(warnings?|threats?)\b", re.I),
    ),
    ("noun", NOUN),
)


def _event(e: Any) -> dict[str, Any]:
    return {
        "type": e.event_type,
        "mode": e.mode,
        "src": sorted(a.code for a in e.sources),
        "tgt": sorted(a.code for a in e.targets),
        "trigger": e.trigger,
    }


def _line(e: dict[str, Any] | None) -> str:
    if e is None:
        return "NONE"
    roles = f"{','.join(e['src'])}->{','.join(e['tgt'])}"
    return f"{e['type']}/{e['mode']} {roles} [{e['trigger']}]"


def kind(text: str) -> str:
    """The first construction (of :data:`KINDS`) the sentence's noun matches."""
    return next(name for name, rx in KINDS if rx.search(text))


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
            if not NOUN.search(r.text):
                continue
            row: dict[str, Any] = {
                "set": dev.name,
                "id": r.id,
                "text": r.text,
                "gold": r.event,
                "gold_src": sorted(r.sources),
                "gold_tgt": sorted(r.targets),
                "gold_mode": raw.get(r.id, {}).get("mode"),
                "kind": kind(r.text),
            }
            for name, coder in coders.items():
                row[name] = [_event(e) for e in coder.code_sentence(r.text, r.date, r.home)[:3]]
            rows.append(row)
    Path(out).write_text(json.dumps(rows, indent=0), encoding="utf-8")
    for row in rows:
        types = {e["type"] for c in ("rules", "nlp") for e in row[c]}
        if not (row["gold"] in ("THREATEN", "ACCUSE") or types & {"THREATEN", "ACCUSE"}):
            continue
        gold = f"{row['gold']}/{row['gold_mode']} {','.join(row['gold_src'])}->"
        gold += ",".join(row["gold_tgt"])
        print(f"== {row['set']} {row['id']} ({row['kind']})\n  {row['text']}\n  GOLD {gold}")
        for c in ("rules", "nlp"):
            print(
                f"  {c[:3].upper()}  " + " | ".join(_line(e) for e in row[c])
                if row[c]
                else f"  {c[:3].upper()}  NONE"
            )


if __name__ == "__main__":
    main()
