"""Census of s34-blocked (session 34): both coders on every READING record whose sentence holds
block / blockade / veto / obstruct (any form); the CHECK files are skipped by name, never opened.

Run from the worktree root, with the code to census first on the path::

    PYTHONPATH=/tmp/s34-start/src python3 docs/data/blocked-2026-12-06-s34-blocked/census.py \
        > docs/data/blocked-2026-12-06-s34-blocked/census-start.txt
    PYTHONPATH=src python3 docs/data/blocked-2026-12-06-s34-blocked/census.py \
        > docs/data/blocked-2026-12-06-s34-blocked/census-candidate.txt
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

CHECK = {"heldout-s32", "heldout-s32b", "heldout-s32c", "heldout-s33", "heldout-s33b"}
CHECK |= {"heldout-s33c"}
WORDS = re.compile(r"\b(block(s|ed|ing|ade)?|veto(es|ed|ing)?|obstruct\w*)\b", re.I)
DATE = dt.date(2025, 11, 14)


def _codes(side: Any) -> str:
    return ",".join(a["code"] if isinstance(a, dict) else str(a) for a in side or [])


def main() -> None:
    from accord.news.coders import get_coder
    from accord.news.coding import code_sentence
    from accord.news.nlp.rules_cv import dev_sets

    nlp = get_coder("nlp", strict=True).coder
    for ds in dev_sets(Path("."), Path("../shared")):
        if ds.name in CHECK:
            continue
        for rec in json.loads(Path(ds.path).read_text(encoding="utf-8")):
            text = rec.get("text", "")
            if rec.get("event") == "DOCUMENT" or not WORDS.search(text):
                continue
            gold = f"{rec.get('event')} {_codes(rec.get('source'))}->{_codes(rec.get('target'))}"
            print(f"{ds.name} | {rec['id']} | gold {gold}")
            for name, events in (
                ("rules", code_sentence(text, DATE)),
                ("nlp", nlp.code_sentence(text, DATE, None)),
            ):
                shown = [
                    f"{e.event_type} {','.join(a.code for a in e.sources)}->"
                    f"{','.join(a.code for a in e.targets)}"
                    for e in events[:3]
                ]
                print(f"    {name}: {'; '.join(shown) or '-'}")
            print(f"    {text[:300]}")


if __name__ == "__main__":
    main()
