"""The reach of the census's largest classes over every READING file: the wrong records of a
harness run (its error lists, which hold no CHECK file) that fit each class's test, per coder,
with their files and ids (s24-census3). Run from the worktree root::

    python3 docs/data/census3-2026-12-05-s24-census3/reach.py RUN.json > reach.txt
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

sys.path.insert(0, "src")

from accord.news.gazetteer import load

CHECK = frozenset(
    {"heldout-s22", "heldout-s22b", "heldout-s22c", "heldout-s23", "heldout-s23b", "heldout-s23c"}
)
Error = dict[str, Any]


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, set[str]]:
    """Each state's demonyms (lower case) in the gazetteer."""
    out: dict[str, set[str]] = {}
    for key, code in load().demonyms.items():
        out.setdefault(code, set()).add(" ".join(key).lower())
    return out


def _trigger(e: Error, *stems: str) -> bool:
    return str(e["trigger"] or "").lower().startswith(stems)


def _demonym_target(e: Error) -> bool:
    """Type right, the coded recipient the source's own state (or none), and a demonym of a
    gold recipient in the sentence that no coded recipient names."""
    if e["gold"] in ("NONE", "CONSULT") or e["got"] != e["gold"]:
        return False
    missed = [c for c in e["gold_target"] if c not in e["target"]]
    if not missed or not set(e["target"]) <= set(e["source"]):
        return False
    text = e["text"].lower()
    return any(
        re.search(r"\b" + re.escape(d) + r"\b", text)
        for c in missed
        for d in _demonyms().get(c, ())
    )


TESTS: dict[str, Callable[[Error], bool]] = {
    "a warning that states a fact coded THREATEN, gold ACCUSE": lambda e: (
        e["gold"] == "ACCUSE" and e["got"] == "THREATEN" and _trigger(e, "warn")
    ),
    "any 'warn' trigger coded THREATEN, gold another": lambda e: (
        e["got"] == "THREATEN" and e["gold"] != "THREATEN" and _trigger(e, "warn")
    ),
    "a demonym names the recipient (type right, coded recipient self or none)": _demonym_target,
    "a verb of criticism read as violence (blasted, slammed), gold ACCUSE": lambda e: (
        e["gold"] == "ACCUSE" and e["got"] == "ASSAULT" and _trigger(e, "blast", "slam")
    ),
    "sanctions eased said otherwise, coded SANCTION / COERCE, gold RETREAT": lambda e: (
        e["gold"] == "RETREAT"
        and e["got"] in ("SANCTION", "COERCE")
        and re.search(r"lift|relax|relief|remov|eas(e|ing)", e["text"], re.I) is not None
    ),
    "an announced decision coded THREATEN, gold SANCTION / COERCE": lambda e: (
        e["got"] == "THREATEN" and e["gold"] in ("SANCTION", "COERCE") and "announc" in e["text"]
    ),
    "an agreement to a sanction or concession coded AGREE": lambda e: (
        e["got"] == "AGREE" and e["gold"] in ("SANCTION", "CONCEDE") and _trigger(e, "agree")
    ),
    "a veto read as coercion ('blocked'), gold REJECT": lambda e: (
        e["gold"] == "REJECT" and e["got"] == "COERCE" and _trigger(e, "block")
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
