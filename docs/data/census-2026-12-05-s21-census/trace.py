"""Every event each coder emits on every READING record (not only the first, which is scored).

Session 21 (s21-census). ``accord events evaluate`` scores a record by the coder's first event;
this keeps the whole list, so that the census can say where a gold event was emitted but not
put first ("extra events"). The CHECK files are skipped by name before any file is read.

Run from the worktree root (the code under ``src``)::

    PYTHONPATH=src nice python3 docs/data/census-2026-12-05-s21-census/trace.py \
        --out docs/data/census-2026-12-05-s21-census/trace-start.json
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from accord.news.coders import get_coder
from accord.news.evaluate import fold, read_gold
from accord.news.nlp.rules_cv import dev_sets

CHECK = ("heldout-s19", "heldout-s19b", "heldout-s20", "heldout-s20b")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", required=True)
    parser.add_argument("--coders", default="rules,nlp")
    args = parser.parse_args()
    root = Path.cwd()
    out: dict[str, dict[str, dict[str, list[dict[str, object]]]]] = {}
    for name in args.coders.split(","):
        coder = get_coder(name, strict=True).coder
        out[name] = {}
        for dev in dev_sets(root, root.parent / "shared"):
            if dev.name in CHECK:
                continue
            rows: dict[str, list[dict[str, object]]] = {}
            for record in read_gold(dev.path, dev.split):
                events = coder.code_sentence(record.text, record.date, record.home)
                rows[record.id] = [
                    {
                        "type": e.event_type,
                        "source": sorted(fold(e.sources)),
                        "target": sorted(fold(e.targets)),
                        "trigger": e.trigger,
                    }
                    for e in events
                ]
            out[name][dev.name] = rows
            print(name, dev.name, len(rows), flush=True)
    Path(args.out).write_text(json.dumps(out, indent=0) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
