"""The census of s24-census3: every record of heldout-s21, -s21b and -s21c that either
coder gets wrong in a harness run, with the cause read for it (``classes.json`` here), counted
per coder, file, cause and construction, by s23-census2's census (its ``main``).

Run from the worktree root::

    python3 docs/data/census3-2026-12-05-s24-census3/census.py RUN.json > census.md
"""

from __future__ import annotations

import runpy
from pathlib import Path

HERE = Path(__file__).parent
FILES = ("heldout-s21", "heldout-s21b", "heldout-s21c")


def main() -> None:
    census2 = runpy.run_path(str(HERE.parent / "census2-2026-12-05-s23-census2" / "census.py"))
    census2["main"](FILES, HERE / "classes.json")


if __name__ == "__main__":
    main()
