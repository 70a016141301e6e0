"""s33-addedlist census: every READING record whose sentence holds add/adds/added/adding and a
list (entity list, sanctions list, blacklist, watch list: any "list") or a levy noun (tariff,
duty, levy, surcharge), with the gold and each coder's events under the code in ``SRC``.

Run from the worktree root (``../shared`` a link to /work/shared): ``python3
docs/data/addedlist-2026-12-06-s33-addedlist/census.py SRC > OUT.txt``, SRC the start code
(/tmp/s33-start/src) or the candidate (src). No date or home is passed, so a first event may
differ from the harness's. The CHECK files are skipped by name and never opened."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

CHECK = {"heldout-s31", "heldout-s31b", "heldout-s31c", "heldout-s32", "heldout-s32b"}
CHECK |= {"heldout-s32c"}
ADD = re.compile(r"\b(add|adds|added|adding)\b", re.I)
LIST_OR_LEVY = re.compile(
    r"\b(lists?|blacklist\w*|watch-?lists?|tariffs?|duty|duties|levy|levies|surcharges?)\b",
    re.I,
)


def main(src: str) -> None:
    sys.path.insert(0, src)
    from accord.news.coders import RulesCoder
    from accord.news.nlp.coder import NlpCoder
    from accord.news.nlp.rules_cv import dev_sets

    coders: list[object] = [RulesCoder(), NlpCoder()]
    root = Path.cwd()
    for dev in dev_sets(root, root.parent / "shared"):
        if dev.name in CHECK:
            continue
        records = json.loads(Path(dev.path).read_text(encoding="utf-8"))
        for r in records:
            text = r.get("text", "")
            if r.get("event") == "DOCUMENT" or not ADD.search(text):
                continue
            if not LIST_OR_LEVY.search(text):
                continue
            sources = [x.get("code") for x in r.get("source") or []]
            targets = [x.get("code") for x in r.get("target") or []]
            print(dev.name, r["id"], "GOLD", r.get("event"), sources, targets)
            print("   ", text[:400])
            for coder in coders:
                rows = [
                    (
                        e.event_type,
                        e.mode,
                        [a.code for a in e.sources],
                        [a.code for a in e.targets],
                        e.trigger,
                    )
                    for e in coder.code_sentence(text)  # type: ignore[attr-defined]
                ]
                print("   ", coder.name, rows)  # type: ignore[attr-defined]


if __name__ == "__main__":
    main(sys.argv[1])
