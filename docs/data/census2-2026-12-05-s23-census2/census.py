"""The census of s23-census2: every record of heldout-s19, -s19b, -s20 and -s20b that either
coder gets wrong in a harness run, with the cause read for it (``classes.json``), counted per
coder, file, cause and construction. A wrong record with no cause read is listed as such.
s24-census3's census calls :func:`main` with its own files and classes.

Run from the worktree root::

    python3 docs/data/census2-2026-12-05-s23-census2/census.py RUN.json > census.md
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).parent
FILES = ("heldout-s19", "heldout-s19b", "heldout-s20", "heldout-s20b")
CODERS = ("rules", "nlp")
CAUSES = ("type", "roles", "uncoded", "false event", "gold question")
COUNT = {3: "three", 4: "four"}


def _cause(entry: object, coder: str) -> tuple[str, str]:
    if isinstance(entry, dict):
        entry = entry[coder]
    assert isinstance(entry, list)
    return entry[0], entry[1]


def main(files: tuple[str, ...] = FILES, classes_path: Path = HERE / "classes.json") -> None:
    run = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    classes = json.loads(classes_path.read_text(encoding="utf-8"))
    all_of = f"the {COUNT[len(files)]}"
    by_cause: Counter[tuple[str, str, str]] = Counter()
    by_construction: dict[tuple[str, str], dict[str, list[str]]] = defaultdict(
        lambda: {c: [] for c in CODERS}
    )
    unread: list[str] = []
    print("| coder | file | gold events | wrong | " + " | ".join(CAUSES) + " |")
    print("|---|---|---|---|" + "---|" * len(CAUSES))
    for coder in CODERS:
        for name in files:
            figures = run[coder][name]
            for error in figures["errors"]:
                rid = error["id"]
                if rid not in classes:
                    unread.append(f"{coder} {name} {rid}")
                    continue
                cause, construction = _cause(classes[rid], coder)
                by_cause[coder, name, cause] += 1
                by_construction[cause, construction][coder].append(f"{name[8:]} {rid}")
            row = [str(by_cause[coder, name, c]) for c in CAUSES]
            total = len(figures["errors"])
            print(f"| {coder} | {name} | {figures['n']} | {total} | " + " | ".join(row) + " |")
        row = [str(sum(by_cause[coder, f, c] for f in files)) for c in CAUSES]
        total = sum(len(run[coder][f]["errors"]) for f in files)
        print(f"| {coder} | {all_of} | | {total} | " + " | ".join(row) + " |")
    print()
    print(f"| cause | construction | rules | nlp | files (of {all_of}) | records |")
    print("|---|---|---|---|---|---|")
    ranked = sorted(
        by_construction.items(),
        key=lambda kv: (-len(set(kv[1]["rules"]) | set(kv[1]["nlp"])), kv[0]),
    )
    for (cause, construction), ids in ranked:
        records = sorted(set(ids["rules"]) | set(ids["nlp"]))
        files = len({r.split()[0] for r in records})
        listed = ", ".join(
            r
            + (
                ""
                if r in ids["rules"] and r in ids["nlp"]
                else " (rules)"
                if r in ids["rules"]
                else " (nlp)"
            )
            for r in records
        )
        print(
            f"| {cause} | {construction} | {len(ids['rules'])} | {len(ids['nlp'])} | {files} "
            f"| {listed} |"
        )
    if unread:
        print("\nwrong records with no cause read: " + ", ".join(unread))


if __name__ == "__main__":
    main()
