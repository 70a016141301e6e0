"""The READING records a switch moves (s19-silent): each record's gold and the nlp coder's
first event with the switch off and on, and whether the sentence was uncoded with it off.

    PYTHONPATH=SRC nice python3 docs/data/silent-2026-12-04-s19-silent/moved.py SWITCH COMPARE.txt

(``SRC``: a tree whose coder has the switch, e.g. candidate T's, ``git archive 569ec6f src``.)
"""

from __future__ import annotations

import ast
import re
import sys
from dataclasses import replace
from pathlib import Path

CHECK = ("heldout-s18", "heldout-s18b")


def main() -> None:
    from accord.news.nlp.coder import DEFAULT_RULES, NlpCoder
    from accord.news.nlp.rules_cv import dev_sets, load_records

    switch, compare = sys.argv[1], Path(sys.argv[2]).read_text(encoding="utf-8")
    moved = {}
    for line in compare.splitlines():
        m = re.match(r"\s+(\S+): fixed (\[.*?\]) broken (\[.*?\])", line)
        if m:
            moved.update(dict.fromkeys(ast.literal_eval(m[2]), "fixed"))
            moved.update(dict.fromkeys(ast.literal_eval(m[3]), "broken"))
    on = NlpCoder(rules=replace(DEFAULT_RULES, **{switch: True}))
    off = NlpCoder(rules=replace(DEFAULT_RULES, **{switch: False}))
    root = Path.cwd()
    sets = [d for d in dev_sets(root, root.parent / "shared") if d.name not in CHECK]
    records, _, names = load_records(sets)

    def first(coder: NlpCoder, rec: object) -> str:
        events = coder.code_sentence(rec.text, rec.date, rec.home)  # type: ignore[attr-defined]
        if not events:
            return "-"
        e = events[0]
        sources, targets = sorted(a.code for a in e.sources), sorted(a.code for a in e.targets)
        return f"{e.event_type} {sources}->{targets}"

    for rec, name in zip(records, names, strict=True):
        if rec.id in moved:
            gold = f"{rec.event} {sorted(rec.sources)}->{sorted(rec.targets)}"
            coded = f"off {first(off, rec)} | on {first(on, rec)}"
            print(f"{moved[rec.id]:6} {name} {rec.id} gold {gold} | {coded}")


if __name__ == "__main__":
    main()
