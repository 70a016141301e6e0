"""One ``RoleRules`` switch of the nlp coder on the READING files, off against on (s14-nlpactors).

Code level, one process, shipped head: ``DEFAULT_RULES`` with the switch off (``before``) and
on (``after``), every READING file (``rules_cv.dev_sets`` less heldout-s13 / heldout-s13b,
never opened) scored by :func:`accord.news.evaluate.evaluate` as ``accord events evaluate
--errors`` scores it. Nothing is fitted, so this is also the leave-one-file-out figure. Prints
the pooled figures, the records fixed / broken per file, and writes the per-file counts.

    PYTHONPATH=src nice python3 docs/data/actors-2026-12-04-s14-nlpactors/reading_switch.py \\
        SWITCH OUT.json
"""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

CHECK = ("heldout-s13", "heldout-s13b")


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from reading_lifts import figures, pooled

    from accord.news.evaluate import evaluate, read_gold
    from accord.news.nlp.coder import DEFAULT_RULES, NlpCoder
    from accord.news.nlp.rules_cv import dev_sets

    switch = sys.argv[1]
    root = Path.cwd()
    devs = [d for d in dev_sets(root, root.parent / "shared") if d.name not in CHECK]
    out: dict[str, Any] = {}
    for side, on in (("before", False), ("after", True)):
        coder = NlpCoder(rules=replace(DEFAULT_RULES, **{switch: on}))
        out[side] = {
            d.name: figures(evaluate(read_gold(d.path, d.split), True, coder)) for d in devs
        }
        out[side + "_pooled"] = pooled(list(out[side].values()))
        print(side, json.dumps(out[side + "_pooled"]), flush=True)
    fixed = broken = 0
    for d in devs:
        b, a = set(out["before"][d.name]["wrong"]), set(out["after"][d.name]["wrong"])
        fixed, broken = fixed + len(b - a), broken + len(a - b)
        if b != a:
            print(d.name, "fixed", sorted(b - a), "broken", sorted(a - b), flush=True)
    out["fixed"], out["broken"] = fixed, broken
    print("fixed", fixed, "broken", broken)
    Path(sys.argv[2]).write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
