"""The nlp coder's events, every field, with ``RoleRules.learned_first`` on and off (session 18,
s18-r2cost): on the 40 long bench articles (``bench_news.long_documents(40)``, coded as a
corpus) and on every record of every READING file (:func:`accord.news.nlp.rules_cv.dev_sets`
less the CHECK files ``heldout-s17``, ``heldout-s17b``, which are never read; each record's
text coded as ``accord events evaluate`` codes it). The code run is the one on PYTHONPATH.
From the worktree root::

    PYTHONPATH=src nice python3 docs/data/rank-2026-12-04-s18-r2cost/dump_events.py OUT.json

Two dumps are equal exactly when the coder's outputs are (order, type, mode, actors, trigger,
sentence, confidence, document, date, id, location).
"""

from __future__ import annotations

import dataclasses
import json
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

CHECK = ("heldout-s17", "heldout-s17b")


def rows(events: Any) -> list[Any]:
    return [json.loads(json.dumps(dataclasses.asdict(e), default=str)) for e in events]


def main() -> None:
    sys.path.insert(0, "bench")
    import bench_news

    from accord.news.coders import get_coder
    from accord.news.evaluate import read_gold
    from accord.news.nlp.rules_cv import dev_sets

    root = Path.cwd()
    coder: Any = get_coder("nlp", strict=True).coder
    base = coder.rules
    docs = bench_news.long_documents(40)
    sets = [d for d in dev_sets(root, root.parent / "shared") if d.name not in CHECK]
    out: dict[str, Any] = {}
    for label, switch in (("on", True), ("off", False)):
        coder.rules = replace(base, learned_first=switch)
        part: dict[str, Any] = {"bench": [rows(x) for x in coder.code_documents(docs)]}
        for dev in sets:
            part[dev.name] = [
                rows(coder.code_sentence(r.text, r.date, r.home))
                for r in read_gold(dev.path, dev.split)
            ]
        out[label] = part
        n = sum(len(x) for x in part["bench"])
        print(label, "bench events", n, "records", sum(len(v) for v in part.values()), flush=True)
    Path(sys.argv[1]).write_text(json.dumps(out, sort_keys=True) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
