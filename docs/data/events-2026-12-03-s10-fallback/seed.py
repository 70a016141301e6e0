"""The seed article's nlp events (coded as one document, the shipped head) under a
configuration of ``fallback_lofo.py``, against ``base``: ``python seed.py CONFIG`` prints the
events removed (-) and added (+); s9-silent's ``seed.py`` with this branch's configurations."""

import sys
from pathlib import Path

HERE = Path(__file__).parent
ARGV = sys.argv[:2]  # importing silent_lofo rewrites sys.argv
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "events-2026-12-03-s9-silent"))

import fallback_lofo  # noqa: E402,F401  (puts this branch's configurations into silent_lofo)
import seed as s9_seed  # noqa: E402  (s9-silent's seed.py)

if __name__ == "__main__":
    sys.argv = ARGV
    s9_seed.main()
