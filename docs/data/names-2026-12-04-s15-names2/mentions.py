"""Every READING sentence's mentions (``find_mentions``, bare) as JSON lines, to compare two
versions of the code (s15-names2): run once per ``PYTHONPATH`` and diff the outputs::

    PYTHONPATH=/tmp/s15-names-merged/src python3 .../mentions.py > /tmp/m-before.jsonl
    PYTHONPATH=src python3 .../mentions.py > /tmp/m-after.jsonl
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "names-2026-12-04-s15-names"))
    import shapes

    from accord.news.gazetteer import load, tokenize
    from accord.news.resolve import find_mentions

    gaz = load()
    for name, rid, text, gold, when in shapes.sentences(Path.cwd()):
        tokens = tokenize(text)
        ms = find_mentions(tokens, text, when, gaz, bare=True)  # type: ignore[arg-type]
        out = [
            [" ".join(t.text for t in tokens[m.start : m.end]), m.actor.code, m.actor.role or ""]
            for m in ms
        ]
        print(json.dumps({"file": name, "id": rid, "gold": sorted(gold), "m": out}))


if __name__ == "__main__":
    main()
