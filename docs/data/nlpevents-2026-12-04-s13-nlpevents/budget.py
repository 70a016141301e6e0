"""Error budget of one coder on the READING event files, from evaluate_reading.py's JSON.

Session 13 (s13-nlpevents). Buckets per file, from each file's confusion matrix (gold -> got):
``uncoded`` (gold event, coded NONE), ``wrong_type`` (gold event, another event type),
``false_alarm`` (gold NONE, coded an event), and the ten commonest confusion pairs pooled.

    python3 docs/data/nlpevents-2026-12-04-s13-nlpevents/budget.py \
        docs/data/nlpevents-2026-12-04-s13-nlpevents/reading-start.json nlp
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path


def budget(figures: dict[str, dict[str, object]]) -> tuple[dict[str, Counter[str]], Counter[str]]:
    rows: dict[str, Counter[str]] = {}
    pairs: Counter[str] = Counter()
    for name, fig in figures.items():
        confusion = fig["confusion"]
        assert isinstance(confusion, dict)
        row: Counter[str] = Counter()
        for gold, got_row in confusion.items():
            for got, n in got_row.items():
                if gold == "NONE" and got == "NONE":
                    row["none_ok"] += n
                elif gold == "NONE":
                    row["false_alarm"] += n
                elif got == "NONE":
                    row["uncoded"] += n
                elif got != gold:
                    row["wrong_type"] += n
                    pairs[f"{gold}->{got}"] += n
                else:
                    row["right"] += n
        rows[name] = row
    return rows, pairs


def main() -> None:
    figures = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))[sys.argv[2]]
    rows, pairs = budget(figures)
    keys = ("right", "uncoded", "wrong_type", "false_alarm", "none_ok")
    print("| file | " + " | ".join(keys) + " |")
    print("|---" * (len(keys) + 1) + "|")
    total: Counter[str] = Counter()
    for name, row in rows.items():
        total.update(row)
        print(f"| {name} | " + " | ".join(str(row[k]) for k in keys) + " |")
    print("| **pooled** | " + " | ".join(str(total[k]) for k in keys) + " |")
    for k in ("uncoded", "wrong_type", "false_alarm"):
        print(k, "files with >0:", sum(1 for r in rows.values() if r[k]))
    print("top confusion pairs:", pairs.most_common(15))


if __name__ == "__main__":
    main()
