"""Join the two coders' READING runs of s32-added (one harness process per coder, run side by
side) into one ``{coder: {set: figures}}`` file, as the harness writes for both coders.

``python3 docs/data/added-2026-12-06-s32-added/merge.py RULES.json NLP.json OUT.json``"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def main(rules: str, nlp: str, out: str) -> None:
    joined = {
        "rules": json.loads(Path(rules).read_text(encoding="utf-8"))["rules"],
        "nlp": json.loads(Path(nlp).read_text(encoding="utf-8"))["nlp"],
    }
    Path(out).write_text(json.dumps(joined, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(*sys.argv[1:4])
