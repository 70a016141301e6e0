"""Session 17 (s17-evgate): how many READING evidence sentences are also records the bundled
event calibration was fitted on (``event_confidence.reading_sets``: the news READING files).
A shared sentence would make its findings' event confidence in-sample. Prints counts only.

    PYTHONPATH=src python3 docs/data/evgate-2026-12-04-s17-evgate/overlap17.py
"""

from __future__ import annotations

import re
from pathlib import Path

from items17 import DATA, READING

from accord.news.evaluate import read_gold
from accord.news.event_confidence import reading_sets
from accord.news.evidence_gold import load_evidence_golds


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()


def main() -> None:
    root = Path(__file__).resolve().parents[3]
    fitted = {
        _norm(r.text)
        for dev in reading_sets(root, root.parent / "shared")
        for r in read_gold(dev.path, dev.split)
    }
    records, _, _ = load_evidence_golds([DATA / f"{n}.jsonl" for n in READING])
    shared = [r for r in records if _norm(r.text) in fitted]
    print(
        f"evidence READING sentences {len(records)}, also in the calibration's data {len(shared)}"
    )


if __name__ == "__main__":
    main()
