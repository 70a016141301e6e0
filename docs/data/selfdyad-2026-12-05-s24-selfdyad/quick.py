"""Exploratory, before the protocol runs: the rules coder's READING records fixed and broken
against the lead's start run (/tmp/reading-s24-start.json), in process, with the code under
PYTHONPATH, with ``candidate.patch`` applied (run from the worktree root:
``PYTHONPATH=src nice python3 THIS``). Prints the records fixed and broken per file and
pooled. Measured first with the target fill only (2 fixed, 0 broken), then with the domestic
fill too (3 fixed, 0 broken): the candidate is the second."""

from __future__ import annotations

import json
from pathlib import Path

from accord.news.evaluate import evaluate, read_gold
from accord.news.nlp.rules_cv import dev_sets


def main() -> None:
    with open("/tmp/reading-s24-start.json", encoding="utf-8") as file:
        start = json.load(file)
    fixed = broken = 0
    for dev in dev_sets(Path("."), Path("../shared")):
        if dev.name not in start["rules"]:
            continue
        result = evaluate(read_gold(dev.path, dev.split), keep_errors=True)
        before = {e["id"] for e in start["rules"][dev.name]["errors"]}
        after = {e["id"] for e in result.errors}
        f, b = sorted(before - after), sorted(after - before)
        fixed, broken = fixed + len(f), broken + len(b)
        if f or b:
            print(dev.name, "fixed", f, "broken", b)
    print("pooled fixed", fixed, "broken", broken)

if __name__ == "__main__":
    main()
