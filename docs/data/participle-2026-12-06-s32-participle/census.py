"""s32-participle's census: every READING record whose sentence holds a noun followed by a past
participle (spaCy ``acl`` with tag VBN in the nlp coder's parse, or, in the rules coder's
tokens, an actor mention followed by a word in -ed/-en and then "by", "from", "in" or "at"),
with the gold's first event and each coder's first three events (the code under ``SRC``). The
CHECK files of session 32 (heldout-s30* and heldout-s31*) are skipped by name, never opened.

Run from the worktree root::

    python3 docs/data/participle-2026-12-06-s32-participle/census.py SRC OUT.json > OUT.txt
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

CHECK = {f"heldout-s{x}" for x in ("30", "30b", "30c", "31", "31b", "31c")}
PARTICIPLE = re.compile(r"\b\w+(ed|en)\s+(by|from|in|at)\b", re.I)


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


def acl_participles(parsed: Any) -> list[str]:
    """The ``acl`` past participles of nouns in a parsed text, as "noun participle"."""
    return [
        f"{t.head.text} {t.text}"
        for t in parsed
        if t.dep_ == "acl" and t.tag_ == "VBN" and t.head.pos_ in ("NOUN", "PROPN", "PRON")
    ]


def main() -> None:
    src, out = sys.argv[1], sys.argv[2]
    sys.path.insert(0, src)
    from accord.news.coders import get_coder
    from accord.news.evaluate import read_gold
    from accord.news.nlp.models import spacy_pipeline
    from accord.news.nlp.rules_cv import dev_sets

    root = Path.cwd()
    nlp = spacy_pipeline()
    coders = {name: get_coder(name, strict=True).coder for name in ("rules", "nlp")}
    rows = []
    for dev in dev_sets(root, root.parent / "shared"):
        if dev.name in CHECK:
            continue
        raw = {str(x.get("id")): x for x in json.loads(Path(dev.path).read_text("utf-8"))}
        for r in read_gold(dev.path, dev.split):
            acl = acl_participles(nlp(r.text))
            regex = [m.group(0) for m in PARTICIPLE.finditer(r.text)]
            if not acl and not regex:
                continue
            row: dict[str, Any] = {
                "set": dev.name,
                "id": r.id,
                "text": r.text,
                "gold": r.event,
                "gold_src": sorted(r.sources),
                "gold_tgt": sorted(r.targets),
                "gold_mode": raw.get(r.id, {}).get("mode"),
                "acl": acl,
                "regex": regex,
            }
            for name, coder in coders.items():
                row[name] = [_event(e) for e in coder.code_sentence(r.text, r.date, r.home)[:3]]
            rows.append(row)
    Path(out).write_text(json.dumps(rows, indent=0), encoding="utf-8")
    for row in rows:
        firsts = [row[c][0] if row[c] else None for c in ("rules", "nlp")]
        wrong = [
            c
            for c, e in zip(("rules", "nlp"), firsts, strict=True)
            if row["gold"] != "NONE"
            and (e is None or e["src"] != row["gold_src"] or e["tgt"] != row["gold_tgt"])
        ]
        gold = f"{row['gold']}/{row['gold_mode']} {','.join(row['gold_src'])}->"
        gold += ",".join(row["gold_tgt"])
        mark = "ROLES-WRONG " + ",".join(wrong) if wrong else "ok"
        print(f"== {row['set']} {row['id']} [{mark}] acl={row['acl']} re={row['regex']}")
        print(f"  {row['text']}\n  GOLD {gold}")
        print(f"  RUL  {_line(firsts[0])}\n  NLP  {_line(firsts[1])}")


if __name__ == "__main__":
    main()
