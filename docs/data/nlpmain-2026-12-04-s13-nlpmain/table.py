"""Table of the nlp coder's first events in subordinate clauses over the round-3 READING files
(s13-nlpmain): by dependency label, tag, own subject and side of the root, how many are right
(type equal to the gold's), and how many dropping the predicate (the next event, or none, then
being first) would fix or break. Reads the output of listing.py::

    PYTHONPATH=src nice python3 docs/data/nlpmain-2026-12-04-s13-nlpmain/listing.py L.json
    python3 docs/data/nlpmain-2026-12-04-s13-nlpmain/table.py L.json
"""

import sys
from pathlib import Path


def main() -> None:
    import collections
    import json

    L = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    SUB = {"advcl", "xcomp", "ccomp", "relcl", "conj"}

    def typ(evs):
        return evs[0]["type"] if evs else "NONE"

    def key(e):
        return (
            e["dep"],
            e.get("tag"),
            e.get("subject"),
            "after" if e.get("after_root") else "before",
        )

    tab = collections.defaultdict(lambda: [0, 0, 0, 0, set()])  # right, wrong, fix, break, files
    for f, rows in L.items():
        for r in rows:
            ev = r["events"]
            if not ev or ev[0]["dep"] not in SUB:
                continue
            e = ev[0]
            k = key(e)
            right = e["type"] == r["gold"]
            after = typ(ev[1:]) == r["gold"]
            t = tab[k]
            t[0] += right
            t[1] += not right
            t[2] += (not right) and after
            t[3] += right and not after
            if (not right) and after:
                t[4].add(f)
    for k, v in sorted(tab.items(), key=lambda kv: -(kv[1][0] + kv[1][1])):
        print(k, "right", v[0], "wrong", v[1], "drop: fix", v[2], "break", v[3], sorted(v[4]))


if __name__ == "__main__":
    main()
