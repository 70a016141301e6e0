"""Session 47 (s47-sanctiontype): the READING records where a coder emits SANCTION.

Reads a harness run (docs/data/protocol-2026-12-04-s13/evaluate_reading.py --out, READING
files only; the lead's start run /tmp/reading-s47-start.json) and prints, per coder, the
records whose first event is SANCTION (from each file's confusion matrix: right where the gold
is SANCTION) and those against another gold type (from the error lists), with the gold type,
trigger and text. Run from the worktree root::

    python3 docs/data/sanctiontype-2026-12-08-s47-sanctiontype/emitted.py \
        /tmp/reading-s47-start.json
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path


def main(path: str) -> None:
    run = json.loads(Path(path).read_text("utf-8"))
    for coder in ("rules", "nlp"):
        emitted = right = 0
        wrong: list[tuple[str, str, str, str, str]] = []
        for name, result in run[coder].items():
            for gold, row in result["confusion"].items():
                n = int(row.get("SANCTION", 0))
                emitted += n
                right += n if gold == "SANCTION" else 0
            for err in result["errors"]:
                if err["got"] == "SANCTION" and err["gold"] != "SANCTION":
                    wrong.append((name, err["id"], err["gold"], str(err["trigger"]), err["text"]))
        kinds = Counter(w[2] for w in wrong)
        print(
            f"{coder}: SANCTION emitted on {emitted} records, gold SANCTION on {right}; "
            f"against another gold type {len(wrong)}: {dict(kinds.most_common())}"
        )
        for name, rid, gold, trigger, text in sorted(wrong, key=lambda w: (w[2], w[1])):
            print(f"  {rid} ({name}) gold {gold}, trigger {trigger!r}: {text[:160]}")


if __name__ == "__main__":
    main(sys.argv[1])
