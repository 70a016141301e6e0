"""After the decisions (committed): the CHECK records a candidate changed (s15-barefill).

For the CHECK files (heldout-s14, heldout-s14b) runs ``accord events evaluate --errors`` with
the nlp coder and the code before and after, and prints the ids of the records whose error
status changed (fixed or broken) with the error entries before and after. Run only after the
candidate's CHECK decision was committed (COMMON: the changed records may then be listed).

    python3 docs/data/actors-2026-12-04-s15-barefill/check_changes.py BEFORE_SRC AFTER_SRC
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

CHECK = ("heldout-s14", "heldout-s14b")


def main() -> None:
    root = Path.cwd()
    sys.path.insert(0, str(root / "docs/data/protocol-2026-12-04-s13"))
    sys.path.insert(0, str(root / "src"))
    from evaluate_reading import _run

    from accord.news.nlp.rules_cv import dev_sets

    for dev in dev_sets(root, root.parent / "shared"):
        if dev.name not in CHECK:
            continue
        errs = []
        for src in sys.argv[1:3]:
            figures = _run(src, dev.path, "nlp", dev.split)
            errs.append({str(e["id"]): e for e in figures["errors"]})
        for rid in sorted(set(errs[0]) ^ set(errs[1])):
            state = "fixed" if rid in errs[0] else "broken"
            print(dev.name, rid, state)
            print("  before:", json.dumps(errs[0].get(rid)))
            print("  after :", json.dumps(errs[1].get(rid)))


if __name__ == "__main__":
    main()
