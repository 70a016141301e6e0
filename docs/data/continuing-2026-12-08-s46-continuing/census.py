"""Session 46 (s46-continuing): a continuing act or a standing state on the READING files.

The convention (docs/event-coding.md, "Four more, written by the lead in session 46's
declaration commit"): "A continuing act is the act; a standing state is a statement". This
census finds the READING gold records whose sentence tells something as continuing or standing
("continue(s) to", "continues", "remain(s)", "still", "ongoing", "already" + a verb of
cooperating, talking, supporting or fighting, "remains committed", "reaffirm(s/ed)", and any
"commitment" or "committed") and prints, for each, the gold and both coders' first event (the code
under PYTHONPATH, coded as ``accord events evaluate`` does), right or wrong as the evaluation
scores it (type, source set, and target set where the gold names one; organisations folded).

Every READING file (:func:`accord.news.nlp.rules_cv.dev_sets` less session 46's CHECK files,
skipped by name before any file is opened). Run from the worktree root::

    PYTHONPATH=/tmp/s46-start/src nice python3 \
        docs/data/continuing-2026-12-08-s46-continuing/census.py --out census-start.json \
        > census-start.txt
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

CHECK = (
    "heldout-s44",
    "heldout-s44b",
    "heldout-s44c",
    "heldout-s45",
    "heldout-s45b",
    "heldout-s45c",
)
CODERS = ("rules", "nlp")

ACTS = (
    r"cooperat\w*|collaborat\w*|work\w*|talk\w*|negotiat\w*|engag\w*|support\w*|back\w*|"
    r"help\w*|assist\w*|fight\w*|attack\w*|strik\w*|shell\w*|bomb\w*|clash\w*|protest\w*|"
    r"hold\w*|held|seek\w*|push\w*|press\w*|call\w*|demand\w*|urg\w*|reject\w*|refus\w*|"
    r"oppos\w*|accus\w*|deny\w*|block\w*|detain\w*|occup\w*|provid\w*|send\w*|supply\w*"
)
PATTERNS: dict[str, re.Pattern[str]] = {
    "continue(s) to": re.compile(r"\bcontinu\w* to\b", re.I),
    "continue(s) + noun or -ing": re.compile(r"\bcontinu(e|es|ed|ing)\b(?! to\b)", re.I),
    "remain(s)": re.compile(r"\bremain(s|ed|ing)?\b", re.I),
    "still": re.compile(r"\bstill\b", re.I),
    "ongoing": re.compile(r"\bongoing\b", re.I),
    "already + act": re.compile(rf"\balready (been |be )?({ACTS})\b", re.I),
    "reaffirm(s/ed)": re.compile(r"\breaffirm\w*\b", re.I),
    "remain(s) committed": re.compile(r"\bremain\w* (firmly |fully |deeply )?committed\b", re.I),
    "commitment / committed": re.compile(r"\bcommit(ment|ments|ted)\b", re.I),
}


def reading(root: Path, shared: Path) -> list[dict[str, Any]]:
    """Every READING gold record that a pattern finds, with its set's name, path and split."""
    from accord.news.nlp.rules_cv import dev_sets

    out: list[dict[str, Any]] = []
    for dev in dev_sets(root, shared):
        if dev.name in CHECK:  # skipped by name: never opened
            continue
        for record in json.loads(Path(dev.path).read_text("utf-8")):
            if str(record.get("event", "")).upper() == "DOCUMENT":
                continue
            hits = [name for name, p in PATTERNS.items() if p.search(record.get("text", ""))]
            if hits:
                out.append(
                    {
                        **record,
                        "_set": dev.name,
                        "_path": dev.path,
                        "_split": dev.split,
                        "_hits": hits,
                    }
                )
    return out


def run(records: list[dict[str, Any]]) -> dict[str, dict[str, dict[str, Any]]]:
    """coder -> id -> the first event (type, sources, targets, trigger) and whether it is right."""
    from accord.news.coders import get_coder
    from accord.news.evaluate import fold, read_gold
    from accord.news.gazetteer import load

    classes = load().org_classes
    wanted: dict[tuple[str, str | None], set[str]] = {}
    for r in records:
        wanted.setdefault((r["_path"], r["_split"]), set()).add(str(r["id"]))
    out: dict[str, dict[str, dict[str, Any]]] = {}
    for name in CODERS:
        coder = get_coder(name, strict=True).coder
        rows: dict[str, dict[str, Any]] = {}
        for (path, split), ids in wanted.items():
            for gold in read_gold(path, split):
                if gold.id not in ids:
                    continue
                events = coder.code_sentence(gold.text, gold.date, gold.home)
                best = events[0] if events else None
                got = best.event_type if best else "NONE"
                src = sorted(fold(best.sources)) if best else []
                tgt = sorted(fold(best.targets)) if best else []
                gold_s = sorted(frozenset(classes.get(c, c) for c in gold.sources))
                gold_t = sorted(frozenset(classes.get(c, c) for c in gold.targets))
                ok = got == gold.event and (not gold_s or src == gold_s)
                ok = ok and (not gold_t or tgt == gold_t)
                rows[gold.id] = {
                    "type": got,
                    "source": src,
                    "target": tgt,
                    "trigger": best.trigger if best else None,
                    "right": ok,
                    "gold": [gold.event, gold_s, gold_t],
                }
        out[name] = rows
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", default=".")
    parser.add_argument("--shared", default="../shared")
    parser.add_argument("--out", help="write the records and both coders' first events here")
    args = parser.parse_args()
    records = reading(Path(args.root), Path(args.shared))
    print(f"READING records a pattern finds: {len(records)}")
    print("by pattern: " + str(dict(Counter(h for r in records for h in r["_hits"]))))
    got = run(records)
    for coder in CODERS:
        right = sum(row["right"] for row in got[coder].values())
        print(f"{coder}: right {right} of {len(records)}")
    for r in records:
        i = str(r["id"])
        g = got["rules"][i]["gold"]
        print(
            f"\n{i} ({r['_set']}; {', '.join(r['_hits'])}) gold {g[0]} "
            f"{'+'.join(g[1]) or '-'} -> {'+'.join(g[2]) or '-'}"
        )
        print(f"  {r['text']}")
        for coder in CODERS:
            row = got[coder][i]
            print(
                f"  {coder}: {'right' if row['right'] else 'wrong'} {row['type']} "
                f"{'+'.join(row['source']) or '-'} -> {'+'.join(row['target']) or '-'} "
                f"on {row['trigger']!r}"
            )
    if args.out:
        keep = {
            str(r["id"]): {"set": r["_set"], "hits": r["_hits"], "text": r["text"]} for r in records
        }
        Path(args.out).write_text(
            json.dumps({"records": keep, "coders": got}, indent=1, sort_keys=True) + "\n", "utf-8"
        )


if __name__ == "__main__":
    main()
