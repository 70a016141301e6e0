"""s31-expelsource's probe: the rules coder (the code under ``SRC``) on every READING record,
printing each call of ``accord.news.coding._expulsion_announcer`` (set, id, the group it gives,
the sentence). The CHECK files (session 31: heldout-s29* and heldout-s30*) are skipped by name,
never opened.

Run from the worktree root::

    python3 docs/data/expelsource-2026-12-06-s31-expelsource/probe.py SRC > OUT.txt
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

CHECK = {f"heldout-s{x}" for x in ("29", "29b", "29c", "30", "30b", "30c")}


def main() -> None:
    sys.path.insert(0, sys.argv[1])
    import accord.news.coding as coding
    from accord.news.coders import get_coder
    from accord.news.evaluate import read_gold
    from accord.news.nlp.rules_cv import dev_sets

    hits: list[tuple[str, int | None]] = []
    announcer = coding._expulsion_announcer

    def wrapped(tokens: Any, mentions: Any, trig: Any, attribution: int, victim: Any) -> Any:
        group = announcer(tokens, mentions, trig, attribution, victim)
        hits.append((" ".join(t.text for t in tokens), group))
        return group

    coding._expulsion_announcer = wrapped
    coder = get_coder("rules", strict=True).coder
    root = Path.cwd()
    n = 0
    for dev in dev_sets(root, root.parent / "shared"):
        if dev.name in CHECK:
            continue
        for r in read_gold(dev.path, dev.split):
            seen = len(hits)
            coder.code_sentence(r.text, r.date, r.home)
            n += 1
            for text, group in hits[seen:]:
                print(dev.name, r.id, group, text)
    print("records", n)


if __name__ == "__main__":
    main()
