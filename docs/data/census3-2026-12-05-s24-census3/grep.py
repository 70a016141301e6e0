"""The READING records whose text matches a regular expression, with their gold and each
coder's result in a harness run (s24-census3's reading aid, after s23-census2's).

Every s22, s23 and s24 file (this session's CHECK files and held-out sets) is dropped by name
before any file is read. Run from the worktree root::

    python3 docs/data/census3-2026-12-05-s24-census3/grep.py REGEX [RUN.json]
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, "src")

from accord.news.nlp.rules_cv import dev_sets


def _codes(slot: list[dict[str, Any]] | None) -> list[str]:
    return [a["code"] for a in slot or []]


def _result(error: dict[str, Any] | None) -> str:
    if error is None:
        return "OK"
    return f"{error['got']}{error['source']}->{error['target']}'{error['trigger']}'"


def main() -> None:
    pattern = re.compile(sys.argv[1], re.I)
    run_path = sys.argv[2] if len(sys.argv) > 2 else "/tmp/reading-s24-start.json"
    run = json.loads(Path(run_path).read_text(encoding="utf-8"))
    for dev in dev_sets(Path("."), Path("..") / "shared"):
        if any(s in dev.name for s in ("s22", "s23", "s24")):
            continue
        errors = {c: {e["id"]: e for e in run[c][dev.name]["errors"]} for c in run}
        for record in json.loads(Path(dev.path).read_text(encoding="utf-8")):
            text = record.get("text") or ""
            if record.get("event") == "DOCUMENT" or not pattern.search(text):
                continue
            gold = f"{record['event']} {_codes(record['source'])}->{_codes(record['target'])}"
            got = " ".join(f"{c}:{_result(errors[c].get(record['id']))}" for c in run)
            print(f"{dev.name} {record['id']} [{gold}] {got}\n    {text[:260]}")


if __name__ == "__main__":
    main()
