"""Mode agreement of the nlp coder's first event with the gold, on the records where its type
is right and the gold gives a mode field (s10-nlptypes; modes are not scored by
``accord.news.evaluate``). Per file: records compared, modes equal (an empty gold mode equals
no mode). ``S10_RULES``: comma-separated switches set on ``DEFAULT_RULES`` (``-name`` sets one
off). Shipped head.

Run: ``PYTHONPATH=src python docs/data/events-2026-12-03-s10-nlptypes/modes.py``."""

import json
import os
from dataclasses import replace
from pathlib import Path

from accord.news.nlp.coder import DEFAULT_RULES
from accord.news.nlp.rules_cv import cached_coder, dev_sets, load_records


def main() -> None:
    rules = DEFAULT_RULES
    for name in filter(None, os.environ.get("S10_RULES", "").split(",")):
        rules = replace(rules, **{name.lstrip("-"): not name.startswith("-")})
    sets = dev_sets(Path("."), Path("../shared"))
    modes = {}
    for dev in sets:
        for item in json.loads(Path(dev.path).read_text("utf-8")):
            if "mode" in item:
                modes[(dev.name, str(item.get("id")))] = item["mode"] or None
    records, _groups, names = load_records(sets)
    coder = cached_coder(rules, {}, {})
    out = {}
    for record, name in zip(records, names, strict=True):
        key = (name, record.id)
        if key not in modes or record.event == "NONE":
            continue
        events = coder.code_sentence(record.text, record.date)
        if not events or events[0].event_type != record.event:
            continue
        n, ok = out.get(name, (0, 0))
        out[name] = (n + 1, ok + (events[0].mode == modes[key]))
    total = [sum(v[0] for v in out.values()), sum(v[1] for v in out.values())]
    print(json.dumps({"rules": os.environ.get("S10_RULES", ""), "files": out, "total": total}))


if __name__ == "__main__":
    main()
