"""The cause classes of s12-nlpactors' listing (``right-type-wrong-actor.json``: READING files,
main's code, shipped head): each record's class assigned by hand after reading its trace
(written here so that the table in docs/validation-events.md can be recounted), and the
count per class with its files. Run from the repository root::

    python3 docs/data/actors-2026-12-04-s12-nlpactors/classes.py \\
        > docs/data/actors-2026-12-04-s12-nlpactors/classes.json
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent

CLASSES = {
    "A of/from list: only the first member read (roles.phrase, _actors)": (
        "ACCORD-FRESH-022 HO26-075 HO26B-055 HO26E-023 HO26E-052 HO26F-005 HO26I-025 HO26K-038"
    ),
    "B the rules coder's whole event (fallback, rules_when_silent): the rules coder's error": (
        "PLOVER-GSR01-AID-0005 ACCORD-2025-005 HO26-058 HO26B-018 HO26C-041 HO26D-007 "
        "HO26D-015 HO26F-025 HO26F-058 HO26J-006 HO26J-039"
    ),
    "C recipient not among the parse's arguments (possessor or complement of an object "
    "noun, a 'with' partner, an implied recipient)": (
        "PLOVER-GSR01-CONCEDE-0001 PLOVER-GSR01-REJECT-0014 PLOVER-GSR01-THREATEN-0018 "
        "HO26-061 HO26C-022 HO26D-006 HO26D-042 HO26D-053 HO26F-008 HO26I-011 "
        "ACCORD-FRESH-004 HO26-056 HO26K-042 HO26J-045 ACCORD-REAL-025 HO26E-003 "
        "HO26F-060 HO26H-035 HO26I-059 HO26D-016"
    ),
    "D reported clause: the clause's subject coded as source, not the speaker": (
        "ACCORD-2025-014 ACCORD-2025-041 ACCORD-2025-060 ACCORD-FRESH-012 HO26-036 HO26-021 "
        "PLOVER-GSR01-DEMAND-0015"
    ),
    "E gold convention: the gold's actor is not named as an argument (host, context, "
    "possessor, both signatories as sources)": (
        "PLOVER-GSR01-ASSAULT-0007 PLOVER-GSR01-DEMAND-0018 ACCORD-2025-020 ACCORD-2025-047 "
        "ACCORD-2025-022 ACCORD-2025-051 HO26B-026 HO26H-011 HO26J-020 HO26-014 "
        "ACCORD-FRESH-020 ACCORD-REAL-030 HO26G-013 PLOVER-GSR01-COOPERATE-0001 HO26E-047 "
        "ACCORD-SEED-009 HO26E-041 HO26I-040 HO26-001 HO26-049"
    ),
    "F gazetteer resolution or code (ITL/ITA, a capital read as a country, an unresolved "
    "name, an organisation's class)": (
        "PLOVER-GSR01-INVESTIGATE-0006 PLOVER-GSR01-SANCTION-0001 PLOVER-GSR01-DEMAND-0025 "
        "PLOVER-GSR01-DISAPPROVE-0005 HO26G-006 HO26G-059 HO26-026 HO26E-015 HO26D-011"
    ),
    "G extra actors in the agent phrase (apposition, modifier, co-agent, place)": (
        "PLOVER-GSR01-AGREE-0007 ACCORD-2025-057 HO26J-044 HO26-013 PLOVER-GSR01-THREATEN-0022"
    ),
    "H same-actor filter (_same) drops a recipient of the source's country": (
        "PLOVER-GSR01-COERCE-0008 PLOVER-GSR01-THREATEN-0020 HO26D-049"
    ),
    "I _fill: a bare agent takes the sentence's first country (the recipient's)": (
        "HO26-010 HO26-035 HO26J-056"
    ),
    "J the rules coder's same-type targets (rules_targets_same_type) replace a right own "
    "target": "PLOVER-GSR01-AGREE-0028 PLOVER-GSR01-ASSAULT-0002 HO26G-003",
    "K other (own target wrong, both coders)": "PLOVER-GSR01-ASSAULT-0006",
}


def main() -> None:
    data = json.loads((HERE / "right-type-wrong-actor.json").read_text(encoding="utf-8"))
    records = {r["id"]: r for r in data["records"]}
    of = {i: name for name, ids in CLASSES.items() for i in ids.split()}
    missing = sorted(set(records) - set(of))
    extra = sorted(set(of) - set(records))
    out = {}
    for name, ids in CLASSES.items():
        rows = [records[i] for i in ids.split() if i in records]
        out[name] = {
            "records": len(rows),
            "files": dict(Counter(r["file"] for r in rows)),
            "rules_coder_right": sum(r["rules_first_right"] for r in rows),
            "ids": [r["id"] for r in rows],
        }
    json.dump({"classes": out, "unclassified": missing, "not_listed": extra}, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
