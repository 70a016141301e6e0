"""s33-responded2's census (s33-responded's script, the same; only its name and path): both coders
(the code under ``SRC``) on every READING record whose sentence holds a response verb (respond,
react, retaliate, reply, hit back, and the noun response) followed within a few words by "with"
+ noun phrase or "by" + gerund, or by a comma and a gerund clause; gold and each coder's first
event. The CHECK files of session 33 (heldout-s31* and heldout-s32*) are skipped by name, never
opened.

Run from the worktree root::

    python3 docs/data/responded2-2026-12-06-s33-responded2/census.py SRC OUT.json > OUT.txt
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

CHECK = {f"heldout-s{x}" for x in ("31", "31b", "31c", "32", "32b", "32c")}
VERB = r"\b(respond\w*|response|react\w*|retaliat\w*|repl(?:y|ied|ies)|hit(?:s|ting)? back)\b"
KINDS = (
    ("with", re.compile(VERB + r"(?:\s+[\w'’-]+){0,10}?\s+with\b", re.I)),
    ("by", re.compile(VERB + r"(?:\s+[\w'’-]+){0,10}?\s+by\s+\w+ing\b", re.I)),
    ("comma-ing", re.compile(VERB + r"[^.;,]{0,40},\s+\w+ing\b", re.I)),
)
WORDS = re.compile(VERB, re.I)


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


def kind(text: str) -> str | None:
    """The first construction (of :data:`KINDS`) the sentence's response word matches."""
    return next((name for name, rx in KINDS if rx.search(text)), None)


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
        for r in read_gold(dev.path, dev.split):
            k = kind(r.text) if WORDS.search(r.text) else None
            if k is None:
                continue
            row: dict[str, Any] = {
                "set": dev.name,
                "id": r.id,
                "text": r.text,
                "gold": r.event,
                "gold_src": sorted(r.sources),
                "gold_tgt": sorted(r.targets),
                "kind": k,
            }
            for name, coder in coders.items():
                row[name] = [_event(e) for e in coder.code_sentence(r.text, r.date, r.home)[:3]]
            rows.append(row)
    Path(out).write_text(json.dumps(rows, indent=0), encoding="utf-8")
    for row in rows:
        firsts = [row[c][0] if row[c] else None for c in ("rules", "nlp")]
        gold = f"{row['gold']} {','.join(row['gold_src'])}->{','.join(row['gold_tgt'])}"
        print(f"== {row['set']} {row['id']} ({row['kind']})\n  {row['text']}\n  GOLD {gold}")
        print(f"  RUL  {_line(firsts[0])}\n  NLP  {_line(firsts[1])}")


if __name__ == "__main__":
    main()
