"""s32-calledlabel's census: both coders (the code under ``SRC``) on every READING record whose
sentence holds call, calls, called or calling, with the gold, each coder's first three events
and the shape of the "call" (a regular expression's guess: "for", "on", "off", "so-called",
"what ... called", a naming with a quotation mark or an article after an object, other). The
CHECK files of session 32 (heldout-s30*, heldout-s31*) and any session-32 set are skipped by
name, never opened.

Run from the worktree root::

    python3 docs/data/calledlabel-2026-12-06-s32-calledlabel/census.py SRC OUT.json > OUT.txt
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

SKIPPED = ("heldout-s30", "heldout-s31", "heldout-s32")
CALL = re.compile(r"\bcall(s|ed|ing)?\b", re.I)
SHAPES = (
    ("so-called", re.compile(r"\bso[- ]called\b", re.I)),
    ("what-called", re.compile(r"\bwhat\s+(\S+\s+){1,3}call(s|ed)?\b", re.I)),
    ("for", re.compile(r"\bcall(s|ed|ing)?\s+for\b", re.I)),
    ("on", re.compile(r"\bcall(s|ed|ing)?\s+(on|upon)\b", re.I)),
    ("off", re.compile(r"\bcall(s|ed|ing)?\s+off\b", re.I)),
    ("naming", re.compile(r"\bcall(s|ed|ing)?\s+(\S+\s+){1,12}?(\"|“|‘|'|an?\s)", re.I)),
)


def shape(text: str) -> str:
    """The first shape (of :data:`SHAPES`) the sentence's "call" matches."""
    return next((name for name, rx in SHAPES if rx.search(text)), "other")


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
    return f"{e['type']}/{e['mode']} {','.join(e['src'])}->{','.join(e['tgt'])} [{e['trigger']}]"


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
        if dev.name.startswith(SKIPPED):
            continue
        raw = {str(x.get("id")): x for x in json.loads(Path(dev.path).read_text("utf-8"))}
        for r in read_gold(dev.path, dev.split):
            if not CALL.search(r.text):
                continue
            row: dict[str, Any] = {
                "set": dev.name,
                "id": r.id,
                "text": r.text,
                "gold": r.event,
                "gold_src": sorted(r.sources),
                "gold_tgt": sorted(r.targets),
                "gold_mode": raw.get(r.id, {}).get("mode"),
                "shape": shape(r.text),
            }
            for name, coder in coders.items():
                row[name] = [_event(e) for e in coder.code_sentence(r.text, r.date, r.home)[:3]]
            rows.append(row)
    Path(out).write_text(json.dumps(rows, indent=0), encoding="utf-8")
    for row in rows:
        firsts = [row[c][0] if row[c] else None for c in ("rules", "nlp")]
        gold = f"{row['gold']}/{row['gold_mode']} {','.join(row['gold_src'])}->"
        gold += ",".join(row["gold_tgt"])
        print(f"== {row['set']} {row['id']} ({row['shape']})\n  {row['text']}\n  GOLD {gold}")
        print(f"  RUL  {_line(firsts[0])}\n  NLP  {_line(firsts[1])}")


if __name__ == "__main__":
    main()
