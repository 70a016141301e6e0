"""Every held-out event set, each scored once, both coders: one table (issue 14).

Reads the figures each session's one scoring wrote (``docs/data/heldout-*/events-heldout-*-
{rules,nlp}.json``: the code of that session's end, not today's) and prints a Markdown table
per set plus the pooled counts: event F1 from the true positives (recall times gold events)
and the predicted events, actor accuracy from the source and target slots. Run from the
repository root::

    python3 docs/data/heldout-summary/summary.py
"""

from __future__ import annotations

import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def scorings() -> list[tuple[str, dict[str, dict[str, float]]]]:
    """``(set name, {coder: figures})`` in the order the sets were scored."""
    found: dict[str, dict[str, dict[str, float]]] = {}
    for path in sorted((ROOT / "docs" / "data").glob("heldout-*/events-heldout-*-*.json")):
        match = re.fullmatch(r"events-heldout-(.+)-(rules|nlp)\.json", path.name)
        if match is None:
            continue
        figures = json.loads(path.read_text(encoding="utf-8"))
        found.setdefault(match.group(1), {})[match.group(2)] = figures

    def order(name: str) -> tuple[int, str]:
        number = re.search(r"\d+", name.replace("2026", "4"))
        return (int(number.group()) if number else 0, name)

    return [(name, found[name]) for name in sorted(found, key=order) if len(found[name]) == 2]


def counts(figures: dict[str, float]) -> tuple[float, float, float, float, float]:
    """True positives, predicted, gold events, right actor slots, actor slots."""
    n = figures["n"]
    true = round(figures["event_recall"] * n)
    slots = figures["source_n"] + figures["target_n"]
    right = figures["source_accuracy"] * figures["source_n"]
    right += figures["target_accuracy"] * figures["target_n"]
    return true, figures["predicted"], n, round(right), slots


def main() -> None:
    rows = scorings()
    columns = ("set", "gold events", "rules F1", "nlp F1", "rules actors", "nlp actors")
    print("| " + " | ".join(columns) + " | nlp >= rules in both |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | --- |")
    pooled = {"rules": [0.0] * 5, "nlp": [0.0] * 5}
    both = 0
    for name, by_coder in rows:
        r, n = by_coder["rules"], by_coder["nlp"]
        wins = n["event_f1"] >= r["event_f1"] and n["actor_accuracy"] >= r["actor_accuracy"]
        both += wins
        label = "s4 (heldout-2026)" if name == "2026" else name
        print(
            f"| {label} | {r['n']} | {r['event_f1']:.3f} | {n['event_f1']:.3f} | "
            f"{r['actor_accuracy']:.3f} | {n['actor_accuracy']:.3f} | {'yes' if wins else 'no'} |"
        )
        for coder in pooled:
            for i, value in enumerate(counts(by_coder[coder])):
                pooled[coder][i] += value
    cells = []
    for coder in ("rules", "nlp"):
        true, predicted, gold, right, slots = pooled[coder]
        cells.append((2 * true / (predicted + gold), right / slots))
    print(
        f"| pooled ({len(rows)} sets) | {int(pooled['rules'][2])} | {cells[0][0]:.3f} | "
        f"{cells[1][0]:.3f} | {cells[0][1]:.3f} | {cells[1][1]:.3f} | {both} of {len(rows)} |"
    )


if __name__ == "__main__":
    main()
