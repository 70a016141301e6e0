"""Census of s30-source: every event either coder emits with no source on the READING files.

Reads a dump of :mod:`dump` (``dump.py``: each READING record's gold and both coders' events in
order) and prints, per coder, every event with an empty source: its record, gold, rank (0 is
the scored first event), type, targets and trigger, and what dropping it would do to the
record (the next event becomes first where it was first). Then per coder and type: how many
sourceless events, how many are first, how many of those match the gold's type (a loss if
dropped) and how many are false alarms or wrong types (a gain or nothing). Run::

    python3 docs/data/source-2026-12-06-s30-source/census.py dump-start.json
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any


def main() -> None:
    dump: dict[str, dict[str, Any]] = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    for coder in ("rules", "nlp"):
        table: Counter[tuple[str, str]] = Counter()
        print(f"## {coder}")
        for key, row in dump.items():
            if coder not in row:
                continue
            kind, gold_s, gold_t = row["gold"]
            events = row[coder]
            for rank, (etype, mode, src, tgt, trigger) in enumerate(events):
                if src:
                    continue
                table[(etype, "all")] += 1
                verdict = ""
                if rank == 0:
                    table[(etype, "first")] += 1
                    rest = [e for e in events[1:] if e[2]]
                    after = rest[0][0] if rest else "NONE"
                    if etype == kind:
                        verdict = "TYPE-MATCH"
                        table[(etype, "match")] += 1
                    elif kind == "NONE":
                        verdict = "FALSE-ALARM"
                        table[(etype, "alarm")] += 1
                    else:
                        verdict = "WRONG-TYPE"
                        table[(etype, "wrong")] += 1
                    verdict += f" next={after}{'(right)' if after == kind else ''}"
                print(
                    f"{key} rank{rank} {etype}/{mode} []->{tgt} [{trigger}] gold {kind} "
                    f"{gold_s}->{gold_t} {verdict}\n    {row['text'][:300]}"
                )
        print(f"### {coder}: type all first match alarm wrong")
        for etype in sorted({t for t, _ in table}):
            cells = [table[(etype, c)] for c in ("all", "first", "match", "alarm", "wrong")]
            print(f"  {etype}: {cells}")


if __name__ == "__main__":
    main()
