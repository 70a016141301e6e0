"""Step 1's tables from ``measure.py``'s output (s19-silent): the 99 gold events both coders
leave uncoded per cause and per file, and the head's abstentions against its threshold.

    python3 docs/data/silent-2026-12-04-s19-silent/tables.py measure.json > tables.txt
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path


def main() -> None:
    rows = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    files = list(dict.fromkeys(r["file"] for r in rows))
    per: dict[str, Counter[str]] = defaultdict(Counter)
    for r in rows:
        per[f"{r['stage']}: {r['cause']}" if r["cause"] != r["stage"] else r["stage"]][
            r["file"]
        ] += 1
    print("| cause | events | " + " | ".join(f.replace("heldout-", "") for f in files) + " |")
    print("|---|---:|" + "---:|" * len(files))
    for cause, c in sorted(per.items(), key=lambda kv: -sum(kv[1].values())):
        cells = " | ".join(str(c[f] or "") for f in files)
        print(f"| {cause} | {sum(c.values())} | {cells} |")
    heads = [r["head"] for r in rows if "head" in r]
    print(f"\nhead abstained: {len(heads)}; threshold {heads[0]['threshold']}")
    bands = ((0.25, 1.0), (0.20, 0.25), (0.15, 0.20), (0.0, 0.15))
    print("| best non-NONE p | events | gold type is the best | gold type 2nd | NONE the argmax |")
    print("|---|---:|---:|---:|---:|")
    for lo, hi in bands:
        b = [h for h in heads if lo <= h["p"] < hi]
        print(
            f"| {lo:.2f}-{min(hi, 0.3):.2f} | {len(b)} | {sum(h['gold_rank'] == 1 for h in b)} | "
            f"{sum(h['gold_rank'] == 2 for h in b)} | {sum(h['none_first'] for h in b)} |"
        )
    ranks = Counter(min(h["gold_rank"], 4) for h in heads)
    print("gold rank (4 = 4th or lower):", dict(sorted(ranks.items())))


if __name__ == "__main__":
    main()
