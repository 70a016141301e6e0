"""s33-summoned's census: every READING record whose sentence holds "summon" (summon, summons,
summoned, summoning) or "called in" an envoy, with the gold and each coder's outcome in a
READING run of the harness (right, or the error's type and actors). The CHECK files are skipped
by name and never opened.

Run from the worktree root::

    python3 docs/data/summoned-2026-12-06-s33-summoned/census.py /tmp/reading-s33-start.json
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

CHECK = {"heldout-s31", "heldout-s31b", "heldout-s31c", "heldout-s32", "heldout-s32b"}
CHECK |= {"heldout-s32c"}
PATTERN = re.compile(
    r"summon|called in (the |an? |its |\w+'s )?(\w+ )?"
    r"(ambassador|envoy|charg|diplomat|high commissioner)",
    re.I,
)


def main(run_path: str) -> None:
    sys.path.insert(0, "src")
    from accord.news.nlp.rules_cv import dev_sets

    run = json.loads(Path(run_path).read_text())
    for ds in dev_sets(Path("."), Path("../shared")):
        if ds.name in CHECK:
            continue
        errors = {c: {e["id"]: e for e in run[c][ds.name]["errors"]} for c in ("rules", "nlp")}
        for r in json.loads(Path(ds.path).read_text()):
            text = r.get("text") or ""
            if not PATTERN.search(text):
                continue
            print(
                f"== {ds.name} {r['id']} gold={r.get('event')}/{r.get('mode')} "
                f"{[a.get('code') for a in r.get('source') or []]} -> "
                f"{[a.get('code') for a in r.get('target') or []]}"
            )
            print("  ", text[:400])
            for c in ("rules", "nlp"):
                e = errors[c].get(r["id"])
                if e is None:
                    print(f"   {c}: RIGHT")
                else:
                    print(
                        f"   {c}: got={e['got']} src={e['source']} tgt={e['target']} "
                        f"trig={e.get('trigger')}"
                    )


if __name__ == "__main__":
    main(sys.argv[1])
