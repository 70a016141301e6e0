"""Per-file before/after table of ``evaluate_all.py``'s outputs, pooled figures, and the records
whose outcome changed (s11-context; copied unchanged for s12-home).

Run from the repository root: ``python3 docs/data/home-2026-12-04-s12-home/compare.py
docs/data/home-2026-12-04-s12-home/before.json
docs/data/home-2026-12-04-s12-home/after.json > docs/data/home-2026-12-04-s12-home/compare.json``.
A record is *fixed* when it is among the errors before and not after, *broken* the reverse,
*changed* when it is an error in both with a different outcome.
"""

from __future__ import annotations

import json
import sys
from typing import Any


def pooled(rows: dict[str, dict[str, Any]]) -> dict[str, float]:
    n = sum(r["n"] for r in rows.values())
    predicted = sum(r["predicted"] for r in rows.values())
    correct = sum(round(r["event_recall"] * r["n"]) for r in rows.values())
    actor_n = sum(r["source_n"] + r["target_n"] for r in rows.values())
    actor_ok = sum(
        round((r["actor_accuracy"] or 0) * (r["source_n"] + r["target_n"])) for r in rows.values()
    )
    p = correct / predicted if predicted else 0.0
    rec = correct / n if n else 0.0
    return {
        "event_f1": round(2 * p * rec / (p + rec), 4) if p + rec else 0.0,
        "actor_accuracy": round(actor_ok / actor_n, 4),
        "correct": correct,
        "predicted": predicted,
        "n": n,
        "actor_ok": actor_ok,
        "actor_n": actor_n,
    }


def main() -> None:
    before, after = (json.load(open(p, encoding="utf-8")) for p in sys.argv[1:3])
    out: dict[str, Any] = {}
    for coder in before:
        files = {}
        lower = []
        for name, b in before[coder].items():
            a = after[coder][name]
            keys = ("event_f1", "actor_accuracy")
            files[name] = {k: [b[k], a[k]] for k in keys}
            if any((a[k] or 0) < (b[k] or 0) for k in keys):
                lower.append(name)
            errs_b = {e["id"]: e for e in b["errors"]}
            errs_a = {e["id"]: e for e in a["errors"]}
            files[name]["fixed"] = sorted(set(errs_b) - set(errs_a))
            files[name]["broken"] = sorted(set(errs_a) - set(errs_b))
            files[name]["changed"] = sorted(
                i for i in set(errs_a) & set(errs_b) if errs_a[i] != errs_b[i]
            )
            files[name]["detail"] = {
                i: {"before": errs_b.get(i), "after": errs_a.get(i)}
                for i in files[name]["fixed"] + files[name]["broken"] + files[name]["changed"]
            }
        out[coder] = {
            "files": files,
            "lower": lower,
            "pooled_before": pooled(before[coder]),
            "pooled_after": pooled(after[coder]),
        }
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
