"""The READING records to read for s23-nlpclaim's measure: every nlp coder error of the start
run whose sentence has a word of condemnation, or a verb of saying or claim and a word of force
or of judgement (the two gold conventions of docs/event-coding.md on reported and condemned
acts), with the rules coder's reading of the same record (right, or its error).

Run from the worktree root: ``python3 measure.py /tmp/reading-s23-start.json OUT.json``. The
start run holds the READING files only (the harness leaves the CHECK files out of it); the
records were then read one by one (the classes are in docs/validation-events/
session-23-nlpclaim.md).
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from collections import Counter
from pathlib import Path

# s22-claim's filter (the same words), with "broke" ("broke the ceasefire") added
_S22 = Path(__file__).parents[1] / "claim-2026-12-05-s22-claim" / "measure.py"
_SPEC = importlib.util.spec_from_file_location("s22_measure", _S22)
assert _SPEC is not None and _SPEC.loader is not None
S22 = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(S22)
BROKE = re.compile(r"\bbroke\b", re.I)


def kept(text: str) -> bool:
    """A word of condemnation, or a verb of saying or claim and a word of force or judgement."""
    act = S22.ACT.search(text) or BROKE.search(text)
    return bool(S22.CONDEMN.search(text) or (S22.SAYING.search(text) and act))


def main() -> None:
    """Write the filtered nlp errors per file, each with the rules coder's error or "right"."""
    start = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    rules_errors = {
        (name, e["id"]): e for name, figures in start["rules"].items() for e in figures["errors"]
    }
    out: list[dict[str, object]] = []
    counts: Counter[str] = Counter()
    for name, figures in start["nlp"].items():
        for error in figures["errors"]:
            text = error["text"]
            if kept(text):
                rules = rules_errors.get((name, error["id"]))
                brief = (
                    "right" if rules is None else {k: rules[k] for k in ("got", "source", "target")}
                )
                out.append({"set": name, **error, "rules": brief})
                counts[name] += 1
    text = json.dumps({"counts": counts, "errors": out}, indent=1)
    Path(sys.argv[2]).write_text(text + "\n", encoding="utf-8")
    print(sum(counts.values()), dict(counts))


if __name__ == "__main__":
    main()
