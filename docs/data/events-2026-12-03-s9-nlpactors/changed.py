"""Every development record whose nlp events change with a switch, shipped head (in sample):
python changed.py SWITCH (from the repository root; prints one line per changed record, and
the seed article coded as one document)."""
import sys
from dataclasses import replace
from pathlib import Path

from accord.news.nlp.coder import DEFAULT_RULES, NlpCoder
from accord.news.nlp.rules_cv import dev_sets, load_records
from accord.news.readers import make_document

ROOT = Path(".")


def rows(coder, text, date=None):
    return [
        (e.event_type, [a.code for a in e.sources], [a.code for a in e.targets], e.trigger)
        for e in coder.code_sentence(text, date)
    ]


def main():
    switch = sys.argv[1]
    off = NlpCoder(rules=replace(DEFAULT_RULES, **{switch: False}))
    on = NlpCoder(rules=replace(DEFAULT_RULES, **{switch: True}))
    records, _, names = load_records(dev_sets(ROOT, ROOT / ".." / "shared"))
    n = 0
    for record, name in zip(records, names):
        a, b = rows(off, record.text, record.date), rows(on, record.text, record.date)
        if a != b:
            n += 1
            print(f"{name} {record.id} gold {record.event}: {a} -> {b} | {record.text[:100]}")
    print(n, "of", len(records), "records changed")
    seed = make_document((ROOT / ".." / "shared/seed/000_3ead7e23d2ba6687.txt").read_text())
    a, b = off(seed), on(seed)
    print("seed document:", len(a), "->", len(b), "events; equal:", a == b)


if __name__ == "__main__":
    main()
