"""s16-startup's ``same_events_s16.py`` for session 46 (s46-speed), with this session's CHECK
files (news-heldout-s44, s44b, s44c, s45, s45b and s45c, COMMON.md) left out of the development
sets altogether: not coded, not even for a digest. Everything else is that script's: every
development text of ``rules_cv.dev_sets`` and the benchmark's corpora, coded by the nlp coder
(batched and one by one) and by the rules coder, one sha256 per group, and with ``--out`` every
event's repr (its confidence and id included).

From the repository root, once per build, that build's ``src`` on ``PYTHONPATH``:
``PYTHONPATH=/tmp/START/src nice python3 $HERE/same_events_s46.py --out old.txt``, then
``PYTHONPATH=src nice python3 $HERE/same_events_s46.py --out new.txt``; ``cmp old.txt
new.txt`` and the digests (``HERE=docs/data/speed-2026-12-08-s46-speed``).
"""

from __future__ import annotations

import sys
from pathlib import Path

CHECK = tuple(
    f"news-heldout-{name}.json" for name in ("s44", "s44b", "s44c", "s45", "s45b", "s45c")
)

if __name__ == "__main__":
    sys.path.insert(
        0, str(Path(__file__).resolve().parent.parent / "startup-2026-12-04-s16-startup")
    )
    import same_events_s16

    same_events_s16.CHECK = CHECK  # read by its ``main`` when it runs
    same_events_s16.main()
