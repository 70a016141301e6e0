"""The per-file table of docs/validation-events.md (s8-head): old head against new, from the
JSON that compare_heads.sh wrote (any working folder)."""

import json
from pathlib import Path

HERE = Path(__file__).parent
OLD, NEW = HERE / "old-417a05db3936", HERE / "new-2810847d3361"
TRAINING = {"oeda", "diplomacy", "seed", "real", "fresh-2025", "heldout-2025", "heldout-2026"}
KEYS = ("event_f1", "actor_accuracy", "event_precision", "event_recall")


def main() -> None:
    print("| file | in training | " + " | ".join(f"{k} old -> new" for k in KEYS) + " |")
    print("|---|---|" + "---|" * len(KEYS))
    for path in sorted(OLD.glob("*.json")):
        old = json.loads(path.read_text())
        new = json.loads((NEW / path.name).read_text())
        cells = [
            f"{old[k]:.3f} -> {new[k]:.3f}" + (" **" if old[k] != new[k] else "") for k in KEYS
        ]
        flag = "yes (in-sample)" if path.stem in TRAINING else "no"
        print(f"| {path.stem} (n {old['n']}) | {flag} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
