"""``../protocol-2026-12-04-s13/evaluate_reading.py`` with session 16's CHECK files: the
session-15 sets ``heldout-s15`` and ``heldout-s15b``, scored once at the end of session 15 and
used as CHECK files by session 16; every other set of :func:`accord.news.nlp.rules_cv.dev_sets`
is a READING file. Same options.

Run from the worktree root::

    nice python3 docs/data/protocol-2026-12-04-s16/evaluate_reading_s16.py \\
        --src src --out docs/data/YOUR-DIR/after.json
    nice python3 docs/data/protocol-2026-12-04-s16/evaluate_reading_s16.py --check \\
        --src src --before /tmp/s16-start/src \\
        --out docs/data/YOUR-DIR/check.json

(``/tmp/s16-start``: ``git archive 2d9200d src | tar -x -C /tmp/s16-start``.)
"""

from __future__ import annotations

import sys
from pathlib import Path

CHECK = ("heldout-s15", "heldout-s15b")


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "protocol-2026-12-04-s13"))
    import evaluate_reading

    evaluate_reading.CHECK = CHECK
    evaluate_reading.main()


if __name__ == "__main__":
    main()
