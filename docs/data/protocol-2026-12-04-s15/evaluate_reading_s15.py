"""``../protocol-2026-12-04-s13/evaluate_reading.py`` with session 15's CHECK files: the
session-14 sets ``heldout-s14`` and ``heldout-s14b``, scored once at the end of session 14 and
used as CHECK files by session 15; every other set of :func:`accord.news.nlp.rules_cv.dev_sets`
is a READING file. Same options.

Run from the worktree root::

    nice python3 docs/data/protocol-2026-12-04-s15/evaluate_reading_s15.py \\
        --src src --out docs/data/YOUR-DIR/after.json
    nice python3 docs/data/protocol-2026-12-04-s15/evaluate_reading_s15.py --check \\
        --src src --before /tmp/s15-start/src \\
        --out docs/data/YOUR-DIR/check.json

(``/tmp/s15-start``: ``git archive e321268 src | tar -x -C /tmp/s15-start``.)
"""

from __future__ import annotations

import sys
from pathlib import Path

CHECK = ("heldout-s14", "heldout-s14b")


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "protocol-2026-12-04-s13"))
    import evaluate_reading

    evaluate_reading.CHECK = CHECK
    evaluate_reading.main()


if __name__ == "__main__":
    main()
