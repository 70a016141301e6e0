"""The reach of the census's classes over every READING file: the wrong records of a harness
run (its error lists, which hold no CHECK file) that fit each class's test, per coder, with
their files and ids (s23-census2). Run from the worktree root::

    python3 docs/data/census2-2026-12-05-s23-census2/reach.py RUN.json > reach.txt
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

CHECK = frozenset(
    {"heldout-s21", "heldout-s21b", "heldout-s21c", "heldout-s22", "heldout-s22b", "heldout-s22c"}
)
Error = dict[str, Any]


def _trigger(e: Error, *stems: str) -> bool:
    return str(e["trigger"] or "").lower().startswith(stems)


TESTS: dict[str, Callable[[Error], bool]] = {
    "source filled from the object (coded source = coded target, gold source another)": lambda e: (
        bool(e["source"])
        and e["source"] == e["target"]
        and e["gold_source"] != e["source"]
        and e["gold"] != "NONE"
    ),
    "meeting direction (CONSULT coded joint, gold directed)": lambda e: (
        e["gold"] == e["got"] == "CONSULT"
        and not e["target"]
        and bool(e["gold_target"])
        and len(e["source"]) > 1
    ),
    "arrest or raid coded ASSAULT, gold COERCE": lambda e: (
        e["gold"] == "COERCE" and e["got"] == "ASSAULT" and _trigger(e, "arrest", "detain", "raid")
    ),
    "a verb of response as the trigger": lambda e: _trigger(e, "respond", "react"),
    "'add' coded COOPERATE": lambda e: _trigger(e, "add") and e["got"] == "COOPERATE",
    "crowds blocking coded COERCE, gold PROTEST": lambda e: (
        e["gold"] == "PROTEST" and e["got"] == "COERCE" and _trigger(e, "block")
    ),
    "disarmament (their / its weapons, guns, arms), gold RETREAT": lambda e: (
        e["gold"] == "RETREAT"
        and re.search(r"(their|its) (weapons|guns|arms)", e["text"]) is not None
    ),
}


def main() -> None:
    run = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    for coder, files in run.items():
        for name, test in TESTS.items():
            found = [
                (s, e["id"])
                for s, f in files.items()
                if s not in CHECK
                for e in f["errors"]
                if test(e)
            ]
            ids = " ".join(f"{s}:{i}" for s, i in found)
            n_files = len({s for s, _ in found})
            print(f"{coder} | {name} | {len(found)} records, {n_files} files | {ids}")


if __name__ == "__main__":
    main()
