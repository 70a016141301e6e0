"""s15-speed's ``same_events_s15.py`` for session 16: the same groups and output, with this
session's CHECK files (news-heldout-s15 and s15b) as the digest-only group; the s14 files are
READING files now. No event of a CHECK file is written or printed (COMMON's rule: aggregate
only). Run it once per build from the repository root, that build's ``src`` first on
``PYTHONPATH``, and compare the digests and the ``--out`` files with ``cmp``:
``PYTHONPATH=/tmp/s16w/start/src nice python3 $HERE/same_events_s16.py --out old.txt`` then
``PYTHONPATH=src nice python3 $HERE/same_events_s16.py --out new.txt``
(``HERE=docs/data/speed-2026-12-04-s16-workers``)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

S15 = Path(__file__).resolve().parents[1] / "speed-2026-12-04-s15-speed" / "same_events_s15.py"

if __name__ == "__main__":
    spec = importlib.util.spec_from_file_location("same_events_s15", S15)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.CHECK = ("news-heldout-s15.json", "news-heldout-s15b.json")
    module.main()
