"""The ``shipped`` column of ``head-lofo.json`` against the lead's READING start run of the nlp
coder (issue 14, session 43, s43-head; session 26's script): per file, event F1, actor accuracy
and the number of records in the error list must be equal, since ``shipped`` is the shipped
coder coding each record alone, as ``accord events evaluate`` does. Prints the files that differ
(none expected).

    python3 docs/data/head-2026-12-07-s43-head/start_check.py /tmp/reading-s43-start.json

A second argument names another ``head_lofo.py`` output to check (s43-headcv:
``docs/data/headcv-2026-12-07-s43-headcv/headcv-lofo.json``, the ``--cv-threshold`` run).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).parent
CHECK = {f"heldout-s4{n}{x}" for n in (1, 2) for x in ("", "b", "c")}
"""Session 43's CHECK files: never in the start run's READING figures nor in ``head-lofo.json``."""


def main(start_path: str, lofo_path: str = str(HERE / "head-lofo.json")) -> None:
    start = json.loads(Path(start_path).read_text(encoding="utf-8"))["nlp"]
    lofo = json.loads(Path(lofo_path).read_text(encoding="utf-8"))["files"]
    assert set(start) == set(lofo), sorted(set(start) ^ set(lofo))
    assert len(lofo) == 95 and not set(lofo) & set(CHECK), "the READING files"
    differ = 0
    for name, figs in lofo.items():
        mine = figs["shipped"]
        theirs = start[name]
        errors = theirs["errors"] if isinstance(theirs["errors"], int) else len(theirs["errors"])
        a = (mine["event_f1"], mine["actor_accuracy"], mine["records"] - mine["right"])
        b = (theirs["event_f1"], theirs["actor_accuracy"], errors)
        if a != b:
            differ += 1
            print(f"{name}: shipped column {a}, start run {b}")
    print(f"{len(lofo)} files, {differ} differ from the start run")


if __name__ == "__main__":
    main(*sys.argv[1:3])
