"""Fallback events per file from ``fallback_lofo.py``'s per-record rows: ``python count.py
rows.json CONFIG [CONFIG ...]``. A fallback adds events only to records that ``base`` leaves
uncoded, so for each configuration: the records it codes that ``base`` does not (``records``),
the events it predicts there (``events``), of them right (``right``) and false alarms on gold
NONE (``alarms``), and the records where it differs from ``base`` in any count."""

import json
import sys
from pathlib import Path

PREDICTED, CORRECT, ALARMS = 1, 2, 3


def main() -> None:
    rows = json.loads(Path(sys.argv[1]).read_text())
    configs = sys.argv[2:]
    total = {c: [0, 0, 0, 0] for c in configs}
    print("| file | " + " | ".join(f"{c}: records / events / right / alarms" for c in configs) + " |")
    print("| --- |" + " ---: |" * len(configs))
    for name, per in rows.items():
        base = per["base"]
        cells = []
        for c in configs:
            added = [(b, r) for b, r in zip(base, per[c]) if b[PREDICTED] == 0 and r[PREDICTED] > 0]
            counts = [
                len(added),
                sum(r[PREDICTED] for _, r in added),
                sum(r[CORRECT] for _, r in added),
                sum(r[ALARMS] for _, r in added),
            ]
            total[c] = [t + x for t, x in zip(total[c], counts)]
            cells.append(" / ".join(map(str, counts)))
        print(f"| {Path(name).name} | " + " | ".join(cells) + " |")
    print("| all | " + " | ".join(" / ".join(map(str, total[c])) for c in configs) + " |")


if __name__ == "__main__":
    main()
