"""Session 19 (s19-evdir): session 18's ``table18.py`` on the ``items-CODER[-RULES].json`` of
``measure19.py``, with session 19's candidates: per READING file and pooled, for each coder,
the findings, the right ones, the wrong ones by why, precision and recall; for each candidate
its pooled figures and the per-file changes against the default. Writes ``table19.json`` and
``table19.txt`` here::

    python3 docs/data/evidence-2026-12-04-s19-evdir/table19.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "evidence-2026-12-04-s18-evdir"))
import table18  # noqa: E402  (session 18's tables)

table18.HERE = HERE
table18.CANDIDATES = ("PRICE_GATES", "TEXT_GATES", "PRICE_TEXT_GATES")

if __name__ == "__main__":
    table18.main()
    for ext in ("json", "txt"):
        (HERE / f"table18.{ext}").replace(HERE / f"table19.{ext}")
