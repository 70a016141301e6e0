"""Every READING record's events from both coders, with its gold (session 21, s21-seed).

Writes ``census-LABEL.json.gz``: per record the set, id, gold type and actors, and every event the
coder emits on the record's sentence (type, trigger, sources, targets). The CHECK files
(``heldout-s19``, ``s19b``, ``s20``, ``s20b``) are never read. Used to count how often a
construction fires on READING records and whether gold says it is right.

Run from the worktree root: ``PYTHONPATH=src nice python3 census.py LABEL``."""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

from accord.news.coders import RulesCoder
from accord.news.evaluate import fold, load
from accord.news.nlp.coder import NlpCoder
from accord.news.nlp.rules_cv import dev_sets, load_records

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
CHECK = {"heldout-s19", "heldout-s19b", "heldout-s20", "heldout-s20b"}


def main() -> None:
    label = sys.argv[1] if len(sys.argv) > 1 else "start"
    sets = [d for d in dev_sets(ROOT, ROOT.parent / "shared") if d.name not in CHECK]
    records, _groups, names = load_records(sets)
    classes = load().org_classes
    out = {}
    for cname, coder in (("rules", RulesCoder()), ("nlp", NlpCoder())):
        rows = []
        for record, name in zip(records, names, strict=True):
            events = coder.code_sentence(record.text, record.date, record.home)
            rows.append(
                {
                    "set": name,
                    "id": record.id,
                    "gold": record.event,
                    "gold_source": sorted(classes.get(c, c) for c in record.sources),
                    "gold_target": sorted(classes.get(c, c) for c in record.targets),
                    "text": record.text,
                    "events": [
                        {
                            "type": e.event_type,
                            "trigger": e.trigger,
                            "source": sorted(fold(e.sources)),
                            "target": sorted(fold(e.targets)),
                        }
                        for e in events
                    ],
                }
            )
        out[cname] = rows
    data = json.dumps(out, indent=0, ensure_ascii=False).encode("utf-8")
    (HERE / f"census-{label}.json.gz").write_bytes(gzip.compress(data, mtime=0))


if __name__ == "__main__":
    main()
