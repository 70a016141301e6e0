"""The census of session 28 (s28-surname): the READING records where a word resolves to an
office holder by surname alone (``resolve._surname_alone``, the candidate's construction).
For each READING record, the sentence's mentions are found with the candidate's resolver; a
record is listed for each mention that the resolver finds only with the surname index (the
same resolver with the index emptied does not find it). Each listed record carries its gold,
the surname, the person, the code the person gets, whether that code is a gold source or
target, and whether each coder had the record right in the start run. The CHECK files are
refused by name before anything is read.

Run from the worktree root with the candidate's code (``src``)::

    PYTHONPATH=src nice python3 docs/data/surname-2026-12-05-s28-surname/census.py \\
        /tmp/reading-s28-start.json docs/data/surname-2026-12-05-s28-surname/census.json
"""

from __future__ import annotations

import collections
import dataclasses
import json
import sys
from pathlib import Path
from typing import Any

CHECK = {f"heldout-s2{n}{x}" for n in (6, 7) for x in ("", "b", "c")}


def main() -> None:
    from accord.news.evaluate import read_gold
    from accord.news.gazetteer import load, tokenize
    from accord.news.nlp.rules_cv import dev_sets
    from accord.news.resolve import find_mentions

    start = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    gaz = load()
    bare_gaz = dataclasses.replace(gaz, surnames={})  # the start's resolver: no surname alone
    root = Path.cwd()
    out: list[dict[str, Any]] = []
    for dev in dev_sets(root, root.parent / "shared"):
        if dev.name in CHECK or dev.name not in start["nlp"]:
            continue
        errs = {c: {e["id"] for e in start[c][dev.name]["errors"]} for c in ("rules", "nlp")}
        for record in read_gold(dev.path, dev.split):
            tokens = tokenize(record.text)
            args = (record.date, gaz, True, record.home)
            before = {
                (m.start, m.end, m.actor.code)
                for m in find_mentions(
                    tokens, record.text, record.date, bare_gaz, True, record.home
                )
            }
            for m in find_mentions(tokens, record.text, *args):
                if (m.start, m.end, m.actor.code) in before:
                    continue
                alone = [t.text for t in tokens[m.start : m.end] if t.key in gaz.surnames]
                if not alone:
                    continue
                gold = set(record.sources) | set(record.targets)
                out.append(
                    {
                        "set": dev.name,
                        "id": record.id,
                        "gold": f"{record.event} {sorted(record.sources)}->"
                        f"{sorted(record.targets)}",
                        "surname": alone[0],
                        "person": m.actor.name,
                        "code": m.actor.code,
                        "in_gold": m.actor.code in gold,
                        "rules_right": record.id not in errs["rules"],
                        "nlp_right": record.id not in errs["nlp"],
                        "text": record.text,
                    }
                )
    Path(sys.argv[2]).write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n")
    print(f"{len(out)} mentions in {len({(r['set'], r['id']) for r in out})} records")
    print("code a gold actor:", collections.Counter(r["in_gold"] for r in out))
    print("files:", len({r["set"] for r in out}))
    for r in out:
        right = "".join(k[0] for k in ("rules_right", "nlp_right") if r[k]) or "-"
        print(
            f"{r['set']:14} {r['id']:28} {r['surname']:14} -> {r['code']} "
            f"{'GOLD' if r['in_gold'] else 'not-gold':8} right:{right:3} {r['person']} | "
            f"{r['gold']}"
        )


if __name__ == "__main__":
    main()
