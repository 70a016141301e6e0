"""The READING records whose sentence holds one of the given words, coded by both coders with
the code on ``PYTHONPATH``: first event against gold, one line each (session 21, s21-seed).

A candidate's quick look: coding is per record, so the records without the words cannot move
for a candidate keyed on them. CHECK files are never read. Run from the worktree root:
``PYTHONPATH=src python3 subset.py WORD [WORD ...] > out.txt``."""

from __future__ import annotations

import re
import sys

from census import CHECK, ROOT  # the same READING sets

from accord.news.coders import RulesCoder
from accord.news.evaluate import fold, load
from accord.news.nlp.coder import NlpCoder
from accord.news.nlp.rules_cv import dev_sets, load_records


def main() -> None:
    pattern = re.compile(r"\b(" + "|".join(sys.argv[1:]) + r")\b", re.IGNORECASE)
    sets = [d for d in dev_sets(ROOT, ROOT.parent / "shared") if d.name not in CHECK]
    records, _groups, names = load_records(sets)
    classes = load().org_classes
    chosen = [(r, n) for r, n in zip(records, names, strict=True) if pattern.search(r.text)]
    for cname, coder in (("rules", RulesCoder()), ("nlp", NlpCoder())):
        for record, name in chosen:
            events = coder.code_sentence(record.text, record.date, record.home)
            best = events[0] if events else None
            got = best.event_type if best else "NONE"
            src = sorted(fold(best.sources)) if best else []
            tgt = sorted(fold(best.targets)) if best else []
            gs = sorted(classes.get(c, c) for c in record.sources)
            gt = sorted(classes.get(c, c) for c in record.targets)
            right = got == record.event and (not gs or src == gs) and (not gt or tgt == gt)
            verdict = "RIGHT" if right else "wrong"
            trigger = best.trigger if best else ""
            print(
                f"{cname}\t{name}\t{record.id}\t{verdict}\tgold {record.event} {gs}->{gt}\t"
                f"got {got} {src}->{tgt} {trigger!r}"
            )


if __name__ == "__main__":
    main()
