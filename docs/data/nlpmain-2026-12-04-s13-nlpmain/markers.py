"""The nlp coder's first events on an adverbial clause (advcl) over the round-3 READING files,
by the clause's subordinator and tag (s13-nlpmain): [right, wrong, fixed by dropping,
broken by dropping, records]. Reads listing.py's output::

    PYTHONPATH=src python3 docs/data/nlpmain-2026-12-04-s13-nlpmain/markers.py LISTING.json
"""

import collections
import json
import sys
from pathlib import Path
from typing import Any


def main() -> None:
    from accord.news.nlp.models import spacy_pipeline

    nlp = spacy_pipeline()
    listing = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    tab: dict[Any, list[Any]] = collections.defaultdict(lambda: [0, 0, 0, 0, []])
    for f, rows in listing.items():
        for r in rows:
            ev = r["events"]
            if not ev or ev[0]["dep"] != "advcl" or ev[0]["i"] is None:
                continue
            t = nlp(r["text"])[ev[0]["i"]]
            mark = [c.lower_ for c in t.children if c.dep_ in ("mark", "advmod") and c.i < t.i]
            v = tab[(mark[0] if mark else "-", t.tag_)]
            right = ev[0]["type"] == r["gold"]
            after = (ev[1]["type"] if len(ev) > 1 else "NONE") == r["gold"]
            v[0] += right
            v[1] += not right
            v[2] += not right and after
            v[3] += right and not after
            if not right and after:
                v[4].append(f + ":" + r["id"])
            if right and not after:
                v[4].append("BROKE " + f + ":" + r["id"])
    for k, v in sorted(tab.items(), key=lambda kv: -(kv[1][0] + kv[1][1])):
        print(k, v)


if __name__ == "__main__":
    main()
