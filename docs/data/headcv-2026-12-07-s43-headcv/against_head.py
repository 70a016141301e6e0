"""This run (``head_lofo.py --cv-threshold``) against s43-head's (``head_lofo.py``), record by
record (issue 14, session 43, s43-headcv). The two runs' fold heads have the same weights, so a
file whose nested CV chose s43-head's threshold 0.3 must have s43-head's ``fold`` rows exactly,
and the ``shipped``, ``old-fold`` and ``baseline`` rows must be equal on every file (both runs
code with the same heads; this one in forked workers). Asserts that, then prints, per file whose
threshold is not 0.3, the records the other threshold fixes or breaks against s43-head's fold
head and against the baseline.

    python3 docs/data/headcv-2026-12-07-s43-headcv/against_head.py
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).parent
HEAD = HERE.parent / "head-2026-12-07-s43-head"
SAME = ("shipped", "old-fold", "baseline", "shipped-off", "old-fold-off", "baseline-off")


def main() -> None:
    mine = json.loads((HERE / "rows-lofo.json").read_text(encoding="utf-8"))
    theirs = json.loads((HEAD / "rows-lofo.json").read_text(encoding="utf-8"))
    chosen = {
        f: v["threshold"]
        for f, v in json.loads((HERE / "headcv-lofo.json").read_text(encoding="utf-8"))[
            "thresholds"
        ].items()
    }
    assert set(mine) == set(theirs) == set(chosen) and len(mine) == 95
    for name, rec in mine.items():
        assert rec["ids"] == theirs[name]["ids"], name
        for col in SAME:
            assert rec.get(col) == theirs[name].get(col), (name, col)
        if chosen[name] == 0.3:
            assert rec["fold"] == theirs[name]["fold"], name
            assert rec["fold-off"] == theirs[name]["fold-off"], name
    print(f"{len(mine)} files: shipped, old-fold and baseline rows equal to s43-head's;")
    print(f"fold rows equal where the threshold is 0.3 ({sum(v == 0.3 for v in chosen.values())})")
    for name, threshold in chosen.items():
        if threshold == 0.3:
            continue
        rec, old = mine[name], theirs[name]
        print(f"\n{name}: threshold {threshold}")
        for k, rid in enumerate(rec["ids"]):
            now, head, base = rec["fold"][k], old["fold"][k], rec["baseline"][k]
            if now != head:
                print(
                    f"  {rid}: right {head[-1]} -> {now[-1]} (baseline {base[-1]}); "
                    f"predicted {head[1]} -> {now[1]}, correct {head[2]} -> {now[2]}, "
                    f"gold events {now[0]}"
                )


if __name__ == "__main__":
    main()
