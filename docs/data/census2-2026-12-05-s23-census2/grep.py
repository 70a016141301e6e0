"""The READING records whose text matches a regular expression, with their gold and each
coder's result in a run of the harness (s23-census2's reading aid).

The CHECK files of session 23 (heldout-s21 ... heldout-s22c), every s23 file and the PLOVER
OEDA set (its texts are read through its own split) are dropped by name before any file is
read. Run from the worktree root::

    python3 docs/data/census2-2026-12-05-s23-census2/grep.py REGEX [RUN.json]
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, "src")

from accord.news.nlp.rules_cv import dev_sets

CHECK = frozenset(
    {"heldout-s21", "heldout-s21b", "heldout-s21c", "heldout-s22", "heldout-s22b", "heldout-s22c"}
)


def _codes(slot: list[dict[str, Any]] | None) -> list[str]:
    return [a["code"] for a in slot or []]


def _result(error: dict[str, Any] | None) -> str:
    if error is None:
        return "OK"
    return f"{error['got']}{error['source']}->{error['target']}'{error['trigger']}'"


def main() -> None:
    pattern = re.compile(sys.argv[1], re.I)
    run_path = sys.argv[2] if len(sys.argv) > 2 else "/tmp/reading-s23-r2-start.json"
    run = json.loads(Path(run_path).read_text(encoding="utf-8"))
    for dev in dev_sets(Path("."), Path("..") / "shared"):
        if dev.name in CHECK or "s23" in dev.name or dev.name == "oeda":
            continue
        errors = {c: {e["id"]: e for e in run[c][dev.name]["errors"]} for c in run}
        for record in json.loads(Path(dev.path).read_text(encoding="utf-8")):
            text = record.get("text") or ""
            if record.get("event") == "DOCUMENT" or not pattern.search(text):
                continue
            gold = f"{record['event']} {_codes(record['source'])}->{_codes(record['target'])}"
            got = " ".join(f"{c}:{_result(errors[c].get(record['id']))}" for c in run)
            print(f"{dev.name} {record['id']} [{gold}] {got}\n    {text[:300]}")


if __name__ == "__main__":
    main()
