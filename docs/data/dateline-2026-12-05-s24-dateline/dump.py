"""Every event of each coder on every READING record, in process (s23-led's dump.py).

The CHECK files of session 24 are dropped by name before any file is read. Run from the
worktree root with the code to dump on PYTHONPATH::

    PYTHONPATH=src nice python3 \
        docs/data/dateline-2026-12-05-s24-dateline/dump.py OUT.json [CODERS]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from accord.news.coders import get_coder
from accord.news.evaluate import read_gold
from accord.news.nlp.rules_cv import dev_sets

CHECK = {"heldout-s22", "heldout-s22b", "heldout-s22c", "heldout-s23", "heldout-s23b"}
CHECK |= {"heldout-s23c"}


def main() -> None:
    out_path = Path(sys.argv[1])
    names = sys.argv[2].split(",") if len(sys.argv) > 2 else ["rules", "nlp"]
    root = Path.cwd()
    coders = [get_coder(name, strict=True).coder for name in names]
    out: dict[str, dict[str, list[list[object]]]] = {name: {} for name in names}
    for dev in dev_sets(root, Path("/work/shared")):
        if dev.name in CHECK:
            continue
        for record in read_gold(dev.path):
            for name, coder in zip(names, coders, strict=True):
                events = coder.code_sentence(record.text, record.date, record.home)
                out[name][f"{dev.name}:{record.id}"] = [
                    [
                        e.event_type,
                        sorted(a.code for a in e.sources),
                        sorted(a.code for a in e.targets),
                        e.trigger,
                    ]
                    for e in events
                ]
    out_path.write_text(json.dumps(out, indent=0))


if __name__ == "__main__":
    main()
