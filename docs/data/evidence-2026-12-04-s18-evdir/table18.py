"""Session 18 (s18-evdir): the tables of the doc from ``items-CODER[-RULES].json`` (written by
``measure18.py``): per READING file and pooled, for each coder, the findings, the right ones,
the wrong ones by why, precision and recall; then for each candidate its figures and, per
file, right findings gained and lost and wrong ones removed and added against the default.
Writes ``table18.json`` and ``table18.txt``::

    python3 docs/data/evidence-2026-12-04-s18-evdir/table18.py
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from compare18 import compare

HERE = Path(__file__).resolve().parent
WHY = ("opposite", "no_direction", "wrong_issue", "wrong_actor", "unrelated")
CANDIDATES = (
    "CONCESSION_GATES",
    "FORMS_GATES",
    "BOTH_GATES",
    "CONDITIONED_GATES",
    "UNDIRECTED_GATES",
    "CONFLICT_GATES",
)


def load(coder: str, rules: str = "") -> dict[str, Any]:
    tag = f"-{rules}" if rules else ""
    return json.loads((HERE / f"items-{coder}{tag}.json").read_text(encoding="utf-8"))


def row(items: list[dict[str, Any]], gold: int) -> dict[str, Any]:
    why = Counter(i["why"] for i in items if not i["right"])
    right = sum(i["right"] for i in items)
    return {
        "found": len(items),
        "right": right,
        **{w: why[w] for w in WHY},
        "precision": round(right / len(items), 4) if items else None,
        "recall": round(right / gold, 4) if gold else None,
        "gold": gold,
    }


def by_file(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    out = {
        name: row([i for i in data["items"] if i["file"] == name], gold)
        for name, gold in sorted(data["gold"].items())
    }
    out["pooled"] = row(data["items"], sum(data["gold"].values()))
    return out


def main() -> None:
    report: dict[str, Any] = {}
    lines: list[str] = []
    for coder in ("rules", "nlp"):
        base = by_file(load(coder))
        report[coder] = {"default": base, "candidates": {}}
        lines.append(f"## {coder}: default finder, per READING file")
        lines.append("| file | found | right | " + " | ".join(WHY) + " | precision | recall |")
        for name, r in base.items():
            lines.append(
                f"| {name} | {r['found']} | {r['right']} | "
                + " | ".join(str(r[w]) for w in WHY)
                + f" | {r['precision']} | {r['recall']} |"
            )
        for cand in CANDIDATES:
            path = HERE / f"items-{coder}-{cand}.json"
            if not path.exists():
                continue
            pooled = by_file(load(coder, cand))["pooled"]
            files = compare(str(HERE / f"items-{coder}.json"), str(path))
            worst = min((f["right_gained"] - f["right_lost"] for f in files.values()), default=0)
            report[coder]["candidates"][cand] = {"pooled": pooled, "files": files}
            lines.append(
                f"{coder} {cand}: {pooled['right']}/{pooled['found']} = {pooled['precision']}"
                f" recall {pooled['recall']}; files changed {len(files)}; worst file net right"
                f" {worst:+d}"
            )
    (HERE / "table18.json").write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    (HERE / "table18.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
