"""The census of session 27 (s27-expel): every READING record whose gold is SANCTION ``expel``
or whose sentence names an expulsion of people (a word of expelling, "persona non grata",
"undesirable", an order or a number of days or hours to leave), with the gold (type, mode,
actors) and what each coder emits there (its first event: type, trigger, actors), coded with
the code on ``PYTHONPATH``. The CHECK files are refused by name before anything is read.

Run from the worktree root with the start code (``/tmp/s27-start/src``)::

    PYTHONPATH=/tmp/s27-start/src nice python3 docs/data/expel-2026-12-05-s27-expel/census.py \
        docs/data/expel-2026-12-05-s27-expel/census.json
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

CHECK = {f"heldout-s2{n}{x}" for n in (5, 6) for x in ("", "b", "c")}
EXPULSION = re.compile(
    r"\bexpel|\bexpuls|persona non grata|non grata|undesirable|"
    r"\b(days|hours) to leave|\bordered\b[^.;]{0,80}\bto leave\b|\bto leave the country\b",
    re.IGNORECASE,
)


def first(events: list[Any]) -> str:
    """A coder's first event in one line: type, trigger, sources -> targets."""
    if not events:
        return "none"
    e = events[0]
    return (
        f"{e.event_type} [{e.trigger}] {[a.code for a in e.sources]}->{[a.code for a in e.targets]}"
    )


def main() -> None:
    from accord.news.coders import get_coder
    from accord.news.evaluate import read_gold
    from accord.news.nlp.rules_cv import dev_sets

    rules = get_coder("rules", strict=True).coder
    nlp = get_coder("nlp", strict=True).coder
    root = Path.cwd()
    out = []
    for dev in dev_sets(root, root.parent / "shared"):
        if dev.name in CHECK:
            continue
        raw = json.loads(Path(dev.path).read_text(encoding="utf-8"))
        modes = {r.get("id"): r.get("mode") for r in raw if isinstance(r, dict)}
        for record in read_gold(dev.path, dev.split):
            mode = modes.get(record.id)
            gold_expel = record.event == "SANCTION" and mode == "expel"
            if not gold_expel and not EXPULSION.search(record.text):
                continue
            row = {
                "set": dev.name,
                "id": record.id,
                "gold": f"{record.event} {mode} {sorted(record.sources)}->{sorted(record.targets)}",
                "gold_expel": gold_expel,
                "rules": first(rules.code_sentence(record.text, record.date, record.home)),
                "nlp": first(nlp.code_sentence(record.text, record.date, record.home)),
                "text": record.text,
            }
            out.append(row)
            print(
                row["set"],
                row["id"],
                "|",
                row["gold"],
                "| rules",
                row["rules"],
                "| nlp",
                row["nlp"],
                flush=True,
            )
            print("   ", record.text[:400], flush=True)
    Path(sys.argv[1]).write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    print(f"{len(out)} records, {sum(r['gold_expel'] for r in out)} gold SANCTION expel")


if __name__ == "__main__":
    main()
