"""The rules coder's X -> X first events (``dump-LABEL.json``) read with the branch's sector
test: ``PYTHONPATH=src python rules_xx.py LABEL`` counts those whose every target the nlp
coder's ``_same`` calls a source again (what the test would drop in the rules coder), by
whether the gold is X -> X, an event without target, another target, or NONE. The sentence's
bare mentions are not in the dump: none is taken as bare (an upper bound on what it drops)."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> None:
    from accord.news.nlp.coder import _same
    from accord.news.types import ActorRef

    rows = json.loads((HERE / f"dump-{sys.argv[1]}.json").read_text("utf-8"))
    table: Counter[str] = Counter()
    for r in rows:
        events = r["rules"]
        if not events or not events[0]["s"] or events[0]["s"] != events[0]["t"]:
            continue
        e = events[0]
        sources = [ActorRef(*a) for a in e["sources"]]
        dropped = all(any(_same(ActorRef(*t), s) for s in sources) for t in e["targets"])
        if r["gold"] == "NONE":
            gold = "gold NONE"
        elif r["gold_source"] and r["gold_source"] == r["gold_target"]:
            gold = "gold X -> X"
        elif not r["gold_target"]:
            gold = "gold without target"
        else:
            gold = "gold another target"
        table[f"{gold}: {'dropped' if dropped else 'kept'}"] += 1
    print(json.dumps(dict(sorted(table.items())), indent=1))


if __name__ == "__main__":
    main()
