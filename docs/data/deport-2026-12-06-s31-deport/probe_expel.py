"""s31-deport probe: every event of both coders, with the code under SRC, on the READING
records whose sentence holds an "expel" word (the only words the candidate reads), written as
JSON {id: [rules events, nlp events]}; two runs (start code, candidate) compared show which
records the candidate can move. The CHECK files are skipped by name and never opened.

Run from the worktree root::

    PYTHONPATH=SRC python3 docs/data/deport-2026-12-06-s31-deport/probe_expel.py OUT.json SRC
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path

CHECK = frozenset(
    {"heldout-s29", "heldout-s29b", "heldout-s29c", "heldout-s30", "heldout-s30b", "heldout-s30c"}
)
WORDS = re.compile(r"\bexpel\w*", re.I)


def main(out: str, src: str) -> None:
    sys.path.insert(0, src)
    from accord.news.coding import code_sentence
    from accord.news.nlp.coder import NlpCoder
    from accord.news.nlp.rules_cv import dev_sets

    nlp = NlpCoder()
    date = dt.date(2025, 3, 1)
    found = {}
    for dev in dev_sets(Path(".").resolve(), Path("..").resolve() / "shared"):
        if dev.name in CHECK:
            continue
        for rec in json.loads(Path(dev.path).read_text()):
            text = rec.get("text") or ""
            if rec.get("event") == "DOCUMENT" or not WORDS.search(text):
                continue
            found[rec["id"]] = [
                [
                    (e.event_type, e.mode, [a.code for a in e.sources], [a.code for a in e.targets])
                    for e in events
                ]
                for events in (code_sentence(text, date), nlp.code_sentence(text, date, None))
            ]
    Path(out).write_text(json.dumps(found, indent=1))
    print(len(found))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
