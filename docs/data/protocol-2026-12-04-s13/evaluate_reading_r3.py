"""``evaluate_reading.py`` (beside this file) with round 3's CHECK files: the session-13 sets
``heldout-s13`` and ``heldout-s13b``, scored once before round 3 and used as CHECK files by it;
every other set of :func:`accord.news.nlp.rules_cv.dev_sets` is a READING file. Same options.

Run from the worktree root::

    nice python3 docs/data/protocol-2026-12-04-s13/evaluate_reading_r3.py \\
        --src src --out docs/data/YOUR-DIR/after.json
    nice python3 docs/data/protocol-2026-12-04-s13/evaluate_reading_r3.py --check \\
        --src src --before /tmp/s13-r3-start/src \\
        --out docs/data/YOUR-DIR/check.json

(``/tmp/s13-r3-start``: ``git archive ace11a8 src | tar -x -C /tmp/s13-r3-start``.)
"""

from __future__ import annotations

import sys
from pathlib import Path

CHECK = ("heldout-s13", "heldout-s13b")


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import evaluate_reading

    evaluate_reading.CHECK = CHECK
    evaluate_reading.main()


if __name__ == "__main__":
    main()
