"""The ``shipped`` column of ``lofo-A.json`` and ``lofo-B.json`` against the lead's READING start
run of the nlp coder (issue 14, session 27, s27-learned; session 26's ``start_check.py``): per
file, event F1, actor accuracy and the number of records in the error list must be equal, since
``shipped`` is the shipped coder coding each record alone, as ``accord events evaluate`` does.
Prints the files that differ (none expected); asserts that no CHECK file is in either.

    python3 docs/data/learned-2026-12-05-s27-learned/start_check.py /tmp/reading-s27-start.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).parent
CHECK = (
    "heldout-s25",
    "heldout-s25b",
    "heldout-s25c",
    "heldout-s26",
    "heldout-s26b",
    "heldout-s26c",
)


def main(start_path: str) -> None:
    start = json.loads(Path(start_path).read_text(encoding="utf-8"))["nlp"]
    assert not set(start) & set(CHECK), "a CHECK file in the start run"
    for which in ("A", "B"):
        path = HERE / f"lofo-{which}.json"
        if not path.is_file():
            print(f"{path.name}: not there")
            continue
        lofo = json.loads(path.read_text(encoding="utf-8"))["files"]
        assert not set(lofo) & set(CHECK), "a CHECK file in the table"
        assert set(start) == set(lofo), sorted(set(start) ^ set(lofo))
        differ = 0
        for name, figs in lofo.items():
            mine = figs["shipped"]
            theirs = start[name]
            errors = theirs["errors"]
            errors = errors if isinstance(errors, int) else len(errors)
            a = (mine["event_f1"], mine["actor_accuracy"], mine["records"] - mine["right"])
            b = (theirs["event_f1"], theirs["actor_accuracy"], errors)
            if a != b:
                differ += 1
                print(f"{path.name} {name}: shipped column {a}, start run {b}")
        print(f"{path.name}: {len(lofo)} files, {differ} differ from the start run")


if __name__ == "__main__":
    main(sys.argv[1])
