"""Every event of both coders on the READING records that s23-led's candidate 2 can move: a
verb of sending or writing and one of the nouns letter, letters, note, message in the sentence
(s34-sentletter). The CHECK files of session 34 are dropped by name before any file is read.
Run from the worktree root with the code to probe on PYTHONPATH::

    PYTHONPATH=src nice python3 docs/data/sentletter-2026-12-06-s34-sentletter/reach.py OUT.json
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from accord.news.coders import get_coder
from accord.news.evaluate import fold, read_gold
from accord.news.nlp.rules_cv import dev_sets

CHECK = {"heldout-s32", "heldout-s32b", "heldout-s32c", "heldout-s33", "heldout-s33b"}
CHECK |= {"heldout-s33c"}
VERB = re.compile(r"\b(send|sends|sent|sending|write|writes|wrote|written)\b", re.I)
NOUN = re.compile(r"\b(letter|letters|note|message)\b", re.I)


def main() -> None:
    root = Path.cwd()
    coders = {name: get_coder(name, strict=True).coder for name in ("rules", "nlp")}
    out: dict[str, dict[str, list[object]]] = {}
    for dev in dev_sets(root, root.parent / "shared"):
        if dev.name in CHECK:
            continue
        for r in read_gold(dev.path):
            if not (VERB.search(r.text) and NOUN.search(r.text)):
                continue
            row: dict[str, list[object]] = {"gold": [r.event, sorted(r.sources), sorted(r.targets)]}
            for name, coder in coders.items():
                row[name] = [
                    [e.event_type, sorted(fold(e.sources)), sorted(fold(e.targets)), e.trigger]
                    for e in coder.code_sentence(r.text, r.date, r.home)
                ]
            out[f"{dev.name}:{r.id}"] = row
    Path(sys.argv[1]).write_text(json.dumps(out, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
