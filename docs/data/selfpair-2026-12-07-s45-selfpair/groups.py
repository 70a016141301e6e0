"""Groups of the census's events whose source and target share a code (session 45,
s45-selfpair): by what the gold says (the same pair; no gold target, so the coded one is not
scored; another pair; NONE), by how the shared code arose (each side's words name the state
themselves, or the side took it from the sentence: a "filled" side), and by the coded type,
with the number of records right as they stand (type, source and, where the gold has one,
target as the gold). Run from the worktree root with the start code::

    PYTHONPATH=/tmp/s45-start/src python3 docs/data/selfpair-2026-12-07-s45-selfpair/groups.py \\
        docs/data/selfpair-2026-12-07-s45-selfpair/census-rules.json \\
        docs/data/selfpair-2026-12-07-s45-selfpair/census-nlp.json
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from typing import Any

KINDS = ("same", "no gold target", "other pair", "NONE")


def kind(row: dict[str, Any]) -> str:
    """What the gold says of the record's pair."""
    source, target = set(row["gold_source"]), set(row["gold_target"])
    if row["gold"] == "NONE":
        return "NONE"
    if source and source == target:
        return "same"
    return "no gold target" if not target else "other pair"


def right(row: dict[str, Any]) -> bool:
    """The record is right as it stands (the harness's test)."""
    return (
        row["got"] == row["gold"]
        and set(row["source"]) == set(row["gold_source"])
        and (not row["gold_target"] or set(row["target"]) == set(row["gold_target"]))
    )


def cause(row: dict[str, Any]) -> str:
    """How the shared code arose: whether each side's own words name the state."""
    from accord.news.gazetteer import tokenize
    from accord.news.resolve import find_mentions

    def own(text: str | None, code: str) -> bool:
        if not text:
            return False
        return any(m.actor.code[:3] == code for m in find_mentions(tokenize(text), text, None))

    shared = set(row["source"]) & set(row["target"])
    sources = [a for a in row["source_refs"] if a[0] in shared]
    targets = [a for a in row["target_refs"] if a[0] in shared]
    if {a[2] for a in sources} & {a[2] for a in targets}:
        return "one mention both"
    named_source = any(own(a[2], a[0]) for a in sources)
    named_target = any(own(a[2], a[0]) for a in targets)
    return {
        (True, True): "both named",
        (True, False): "target filled",
        (False, True): "source filled",
        (False, False): "both filled",
    }[(named_source, named_target)]


def table(rows: list[dict[str, Any]], key: Any) -> None:
    """One line per group: records by what the gold says, records right, files."""
    counts: Counter[tuple[str, str]] = Counter()
    files: dict[str, set[str]] = {}
    for row in rows:
        group = key(row)
        counts[(group, kind(row))] += 1
        counts[(group, "right")] += right(row)
        files.setdefault(group, set()).add(row["set"])
    print(f"| group | {' | '.join(KINDS)} | right now | files |")
    print("|---|" + "---:|" * (len(KINDS) + 2))
    for group in sorted(files):
        cells = " | ".join(str(counts[(group, k)]) for k in (*KINDS, "right"))
        print(f"| {group} | {cells} | {len(files[group])} |")


def main() -> None:
    """Print the tables (imported, it does nothing: tests/test_docs.py imports it)."""
    for path in sys.argv[1:]:
        with open(path, encoding="utf-8") as handle:
            census = json.load(handle)
        rows = census["rows"]
        print(f"\n## {census['coder']}: {census['totals']}\n")
        print("By how the shared code arose:\n")
        table(rows, cause)
        print("\nBy the coded type:\n")
        table(rows, lambda row: row["got"])


if __name__ == "__main__":
    main()
