"""Group the records of the largest type-confusion pairs by construction (session 44, s44-types).

A reading aid for the census (``census.py``): for each coder of the start run and each pair
named below, every record (gold type missed or replaced, ``errors`` of the harness's READING
output) is put in the first group whose regular expression its text matches, else "other";
the counts, records and files of each group are printed. The groups were written after reading
the records of ``census-start.md``; they name constructions, not causes proved record by record.
The CHECK files of session 44 must not be in the input (asserted by name).

    D=docs/data/types-2026-12-07-s44-types
    python3 $D/groups.py /tmp/reading-s44-start.json > $D/groups-start.md
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

CHECK = {
    "heldout-s42",
    "heldout-s42b",
    "heldout-s42c",
    "heldout-s43",
    "heldout-s43b",
    "heldout-s43c",
}

GROUPS: dict[tuple[str, str], list[tuple[str, str]]] = {
    ("REJECT", "ACCUSE"): [
        ("oppose / opposition to", r"\boppos(e|ed|es|ing)\b|opposition[”\"']? (to|against)\b"),
        ("dispute, deny, refute, contest", r"disput|\bden(y|ied|ies)\b|refut|contest|challeng"),
        ("responded / replying", r"\brespond|\breply"),
        ("rejection as a noun", r"\brejection\b"),
    ],
    ("CONCEDE", "AGREE"): [
        ("agreed (not) to + a concession", r"\bagreed (not )?to\b"),
        ("will / would + a concession", r"\b(will|would)\b"),
        ("promise, plan, intent", r"\b(vow|promis|plan|prepar|aim|expect|mean)"),
    ],
    ("ACCUSE", "NONE"): [
        (
            "a label or a characterisation",
            r"\b(call(ed|s|ing)?|describ\w*|characteri[sz]\w*|label\w*|brand\w*|view\w*)\b"
            r"|\b(denounc|condemn)\w* .{0,60}\bas\b",
        ),
        ("accused / blamed", r"\baccus\w*|\bblam\w*"),
        ("condemned / criticised / slammed", r"condemn|critic|slamm|denounc|hit out|spoke out"),
        ("cited", r"\bcited\b"),
        (
            "a reported judgement (said / claimed ... that)",
            r"\b(said|says|stated|claim\w*|told|argu\w*|alleg\w*|noted|warn\w*)\b",
        ),
    ],
}


def main() -> None:
    runs: dict[str, Any] = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    for coder, files in runs.items():
        assert not CHECK & set(files), "a CHECK file in the input"
        for (gold, got), groups in GROUPS.items():
            found: dict[str, list[str]] = defaultdict(list)
            where: dict[str, set[str]] = defaultdict(set)
            for name, figures in files.items():
                for error in figures.get("errors", []):
                    if (error["gold"], error["got"]) != (gold, got):
                        continue
                    text = " ".join(str(error["text"]).split())
                    group = next(
                        (g for g, rx in groups if re.search(rx, text, re.IGNORECASE)), "other"
                    )
                    found[group].append(f"{name} {error['id']} [{error.get('trigger')}]")
                    where[group].add(name)
            total = sum(len(v) for v in found.values())
            print(f"## {coder}: {gold} -> {got} ({total} records)\n")
            print("| group | records | files |")
            print("| --- | ---: | ---: |")
            for group in [*(g for g, _ in groups), "other"]:
                print(f"| {group} | {len(found[group])} | {len(where[group])} |")
            print()
            for group in [*(g for g, _ in groups), "other"]:
                if found[group]:
                    print(f"- {group}: " + "; ".join(found[group]))
            print()


if __name__ == "__main__":
    main()
