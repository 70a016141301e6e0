"""s34-warnedto's census: both coders (the code under ``SRC``) on every READING record whose
sentence holds a warn word (warn, warned, warning, warns), listing every one with the gold and
each coder's first event, and the construction of the warning word. The CHECK files of session
34 (heldout-s32* and heldout-s33*) are skipped by name, never opened. Adapted from s31-warning's
census (docs/data/warning-2026-12-06-s31-warning/census.py).

Run from the worktree root::

    python3 docs/data/warnedto-2026-12-06-s34-warnedto/census.py SRC OUT.json > OUT.txt
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

CHECK = {f"heldout-s{x}" for x in ("32", "32b", "32c", "33", "33b", "33c")}
WORDS = re.compile(r"\bwarn(s|ed|ing|ings)?\b", re.I)
KINDS = (
    ("X-to", re.compile(r"\bwarn(s|ed|ing)?\s+(\w+\s+){1,6}?(not\s+)?to\s+[a-z]+", re.I)),
    ("that", re.compile(r"\b(warn|caution)\w*\b[^.;,]{0,60}?\bthat\b", re.I)),
    ("noun", re.compile(r"\b(warnings?|threats?|cautions?|ultimatums?)\b", re.I)),
    ("of", re.compile(r"\b(warn|caution)\w*\s+(\w+\s+){0,3}?of\b", re.I)),
    ("against", re.compile(r"\b(warn|caution)\w*\s+(\w+\s+){0,3}?against\b", re.I)),
    ("about", re.compile(r"\b(warn|caution)\w*\s+(\w+\s+){0,3}?(about|over)\b", re.I)),
    ("to", re.compile(r"\b(warn|caution)\w*\s+(\w+\s+){0,3}?(to|not to)\b", re.I)),
    ("bare", re.compile(r"\b(warn|caution)(ed|s|ing)?\b", re.I)),
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
    """The first construction (of :data:`KINDS`) the sentence's warning word matches."""
    return next((name for name, rx in KINDS if rx.search(text)), "threat-verb")


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
            if not WORDS.search(r.text):
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
        firsts = [row[c][0] if row[c] else None for c in ("rules", "nlp")]
        gold = f"{row['gold']}/{row['gold_mode']} {','.join(row['gold_src'])}->"
        gold += ",".join(row["gold_tgt"])
        print(f"== {row['set']} {row['id']} ({row['kind']})\n  {row['text']}\n  GOLD {gold}")
        print(f"  RUL  {_line(firsts[0])}\n  NLP  {_line(firsts[1])}")


if __name__ == "__main__":
    main()
