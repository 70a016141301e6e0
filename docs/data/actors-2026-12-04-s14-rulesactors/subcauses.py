"""Sub-causes of the largest class of ``causes.py`` ("the object's state taken as the source"),
assigned by hand after reading each READING record's sentence (s14-rulesactors); this script
checks that the hand lists cover exactly the class's records and prints counts and files.
Usage (worktree root)::

    python3 docs/data/actors-2026-12-04-s14-rulesactors/subcauses.py \\
        docs/data/actors-2026-12-04-s14-rulesactors/reading-start.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HAND = {
    "unplaced subject (a person the gazetteer lacks, a bare agent, a description, a pronoun)": (
        "HO26-010 HO26-035 HO26-058 HO26B-062 HO26D-012 HO26F-011 HO26F-058 HO26G-054 "
        "HO26G-059 HO26J-006 HO26J-056 HO26M-001 HO26N-039 HO26N-047 HO26N-050 HO26N-051 "
        "HO26L-048 ACCORD-SEED-027 HO26C-041 HO26G-014"
    ),
    "a reported, relative or second clause's actor taken for the act (type mostly wrong)": (
        "ACCORD-2025-060 HO26I-005 HO26I-014 HO26M-017 HO26O-008 HO26O-040 HO26-069 HO26J-022 "
        "HO26J-030 HO26L-038 HO26D-009 ACCORD-FRESH-004 HO26L-002 HO26J-017 HO26K-052 "
        "HO26B-077 HO26-045 HO26G-024 HO26L-044 PLOVER-GSR01-DISAPPROVE-0016 HO26L-029"
    ),
    "visits, hosting, calls (the meeting conventions)": (
        "HO26B-028 HO26L-058 HO26D-015 HO26O-045 PLOVER-GSR01-CONSULT-0006 ACCORD-2025-053 "
        "HO26N-048"
    ),
    "a quotation's first person, its speaker unplaced": (
        "HO26B-039 HO26D-060 HO26C-049 HO26G-039 HO26M-053"
    ),
    "agentless or passive act": "PLOVER-GSR01-ASSAULT-0006 PLOVER-GSR01-INVESTIGATE-0006 HO26H-042",
    "resolution (a demonym's code)": "PLOVER-GSR01-FIGHT-0002",
    "a diplomat's posting": "HO26B-080",
}


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import causes

    figures = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    files: dict[str, str] = {}
    right: dict[str, bool] = {}
    for name, fig in figures["rules"].items():
        for e in fig["errors"]:
            s_bad, t_bad = causes.slots(e)
            if e["got"] != "NONE" and (s_bad or t_bad) and causes.cause(e) == causes.ORDER[4]:
                files[e["id"]] = name
                right[e["id"]] = e["got"] == e["gold"]
    listed = [i for ids in HAND.values() for i in ids.split()]
    assert sorted(listed) == sorted(files), set(listed) ^ set(files)
    for label, ids in HAND.items():
        names = {files[i] for i in ids.split()}
        typed = sum(right[i] for i in ids.split())
        print(f"| {label} | {len(ids.split())} | {typed} | {len(names)} |")
    print(f"| total | {len(listed)} | {sum(right.values())} | {len(set(files.values()))} |")


if __name__ == "__main__":
    main()
