"""Domestic dyads in the development gold and what each coder does with them:
``python count.py LABEL`` reads ``dump-LABEL.json`` (``dump.py``) and writes
``count-LABEL.json`` and a listing ``count-LABEL.txt`` in this folder."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def outcome(row: dict[str, Any], coder: str) -> str:
    """What the coder's first event does with a gold X -> X record."""
    events = row[coder]
    if not events:
        return "event dropped"
    first = events[0]
    tag = "type wrong; " if first["type"] != row["gold"] else ""
    if first["t"] == row["gold_target"]:
        return tag + "target right"
    if not first["t"]:
        return tag + "target dropped"
    return tag + "other target"


def main() -> None:
    label = sys.argv[1]
    rows = json.loads((HERE / f"dump-{label}.json").read_text("utf-8"))
    result: dict[str, Any] = {}
    lines: list[str] = []
    dyads = [
        r
        for r in rows
        if r["gold"] != "NONE" and r["gold_source"] and r["gold_source"] == r["gold_target"]
    ]
    result["gold_x_to_x"] = len(dyads)
    result["gold_x_to_x_per_file"] = dict(Counter(r["file"] for r in dyads))
    for coder in ("rules", "nlp"):
        table = Counter(outcome(r, coder) for r in dyads)
        result[f"{coder}_on_gold_x_to_x"] = dict(sorted(table.items()))
        coded = [
            r
            for r in rows
            if r[coder] and r[coder][0]["s"] and r[coder][0]["s"] == r[coder][0]["t"]
        ]
        right = [r for r in coded if r["gold_source"] and r["gold_source"] == r["gold_target"]]
        wrong = [r for r in coded if r not in right]
        result[f"{coder}_coded_x_to_x"] = {
            "coded": len(coded),
            "gold x -> x": len(right),
            "gold other": len(wrong),
            "of which gold NONE": sum(r["gold"] == "NONE" for r in wrong),
            "of which gold event without target (not scored)": sum(
                r["gold"] != "NONE" and not r["gold_target"] for r in wrong
            ),
            "of which gold with another target": sum(
                r["gold"] != "NONE" and bool(r["gold_target"]) for r in wrong
            ),
        }
        lines.append(f"== {coder}: coded X -> X, gold not X -> X")
        for r in coded:
            if r not in right:
                e = r[coder][0]
                lines.append(
                    f"{r['file']} {r['id']} gold {r['gold']} {r['gold_source']}->{r['gold_target']}"
                    f" got {e['type']} {e['sources']}->{e['targets']} | {r['text']}"
                )
        lines.append(f"== {coder}: gold X -> X, not right")
        for r in dyads:
            o = outcome(r, coder)
            if o != "target right":
                e = r[coder][0] if r[coder] else {}
                lines.append(
                    f"[{o}] {r['file']} {r['id']} gold {r['gold']} {r['gold_source']}->"
                    f"{r['gold_target']} got {e.get('type')} {e.get('sources')}->"
                    f"{e.get('targets')} | {r['text']}"
                )
    (HERE / f"count-{label}.json").write_text(json.dumps(result, indent=1) + "\n", "utf-8")
    (HERE / f"count-{label}.txt").write_text("\n".join(lines) + "\n", "utf-8")
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
