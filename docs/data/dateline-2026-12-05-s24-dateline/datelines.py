"""READING records whose text opens with a dateline or carries an agency byline (s24-dateline).

The CHECK files of session 24 are dropped by name before any file is read. Run from the
worktree root::

    PYTHONPATH=src python3 docs/data/dateline-2026-12-05-s24-dateline/datelines.py
"""

from __future__ import annotations

import re
from pathlib import Path

from accord.news.evaluate import read_gold
from accord.news.nlp.rules_cv import dev_sets

CHECK = {"heldout-s22", "heldout-s22b", "heldout-s22c", "heldout-s23", "heldout-s23b"}
CHECK |= {"heldout-s23c"}

AGENCY = r"Reuters|AP|AFP|Xinhua|TASS|IANS|PTI|ANI|Anadolu|UPI|dpa|Yonhap|Kyodo|APA|WAM|SPA"
AGENCY += r"|IRNA"
SHAPES = {
    # "BUSAN, South Korea, Oct 30 (Reuters) -", "KYIV —", "WASHINGTON (AP) —"
    "caps-dateline": re.compile(
        r"^\s*[A-Z][A-Z .'-]{2,}(,[^—–-]{0,40})?\s*(\([^)]*\))?\s*[—–-]"
    ),
    "caps-start": re.compile(r"^\s*[A-Z]{3,}[A-Z .'-]*[,:(—–-]"),
    "agency-paren": re.compile(r"\((" + AGENCY + r")\)"),
    "dash-early": re.compile(r"^.{2,60}?\s[—–]\s"),
    "agency-word": re.compile(r"\b(" + AGENCY + r")\b"),
}


def main() -> None:
    root = Path.cwd()
    for dev in dev_sets(root, Path("/work/shared")):
        if dev.name in CHECK:
            continue
        for record in read_gold(dev.path):
            hits = [name for name, pattern in SHAPES.items() if pattern.search(record.text)]
            if hits:
                print(f"{dev.name}:{record.id}\t{','.join(hits)}\t{record.text[:160]!r}")


if __name__ == "__main__":
    main()
