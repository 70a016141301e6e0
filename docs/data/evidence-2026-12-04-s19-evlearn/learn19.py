"""Session 19 (s19-evlearn, issue 14 item 6): the learned direction check
(:mod:`accord.news.evidence_direction`) out of fold on the READING evidence files, and the
bundled model.

Reads ``items-CODER.json`` of ``items19.py`` (every finding of the default finder on the READING
files, right or wrong, with its signals). Leave one FILE out: for each held file the model is
fitted on the other files' findings and its cut-off chosen on their own out-of-fold
probabilities (leave one of them out in turn), so nothing of the held file is seen. For each
coder and mode (``drop``, ``flip``): per file and pooled, the findings, right ones, precision and
recall before and after the check, the right findings gained and lost and the wrong ones
removed and added. Writes ``learn19.json`` and ``learn19.txt`` here (with ``--target
direction``, the model fitted only on the findings whose gold has their actor and issue with a
direction: ``learn19-direction.json``, ``.txt``)::

    python3 docs/data/evidence-2026-12-04-s19-evlearn/learn19.py rules nlp
    python3 docs/data/evidence-2026-12-04-s19-evlearn/learn19.py --target direction rules nlp

``--write`` (with ``--target``): instead, fit each coder's model on all READING files, its
cut-off for each mode chosen on their out-of-fold probabilities, and bundle both as
``src/accord/news/data/evidence-direction.json`` (the rebuild is byte for byte)::

    PYTHONPATH=src nice python3 docs/data/evidence-2026-12-04-s19-evlearn/learn19.py \\
        --target TARGET --write rules nlp

The learned check was not adopted and is not in the code: apply
``candidate-learned-direction.patch`` (here; ``git apply`` on 18ff474 or this branch) before
running this script.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
PATHS = {"rules": "words", "nlp": "parse"}


def rows(coder: str) -> tuple[list[Any], list[bool], list[bool], list[str], dict[str, int]]:
    """The findings' signals, whether each is right, whether a wrong one has the gold's other
    direction, each one's file, and each file's gold stances with a direction."""
    from accord.news.evidence import Signals

    data = json.loads((HERE / f"items-{coder}.json").read_text(encoding="utf-8"))
    items = data["items"]
    return (
        [Signals(**i["signals"]) for i in items],
        [bool(i["right"]) for i in items],
        [i["why"] == "opposite" for i in items],
        [i["file"] for i in items],
        data["gold"],
    )


def scores(
    right: list[bool], kept: list[bool], turned: list[bool], opposite: list[bool]
) -> dict[str, int]:
    """Findings and right ones after the check, and what it changed."""
    found = sum(kept)
    now = [k and (o if t else r) for r, k, t, o in zip(right, kept, turned, opposite, strict=True)]
    return {
        "found": found,
        "right": sum(now),
        "right_gained": sum(n and not r for n, r in zip(now, right, strict=True)),
        "right_lost": sum(r and not n for n, r in zip(now, right, strict=True)),
        "wrong_removed": sum(not r and not k for r, k in zip(right, kept, strict=True)),
        "wrong_added": sum(r and k and not n for r, k, n in zip(right, kept, now, strict=True)),
    }


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 4) if b else None


def evaluate(coder: str, mode: str, target: str) -> dict[str, Any]:
    """The check out of fold for one coder, mode and target: per file and pooled. Target
    ``right``: the model is fitted on every finding; ``direction``: on the findings whose gold
    has their actor and issue with a direction (right, or wrong by the direction only)."""
    from accord.news.evidence_direction import nested_out_of_fold

    signals, y, opposite, files, gold = rows(coder)
    fitted = None if target == "right" else [r or o for r, o in zip(y, opposite, strict=True)]
    p, cuts = nested_out_of_fold(signals, y, opposite, files, mode, fitted)
    below = [float(v) < cuts[f] for v, f in zip(p, files, strict=True)]
    kept = [not b or mode == "flip" for b in below]
    turned = [b and mode == "flip" for b in below]
    out: dict[str, Any] = {
        "coder": coder,
        "mode": mode,
        "target": target,
        "files": {},
        "cuts": cuts,
    }
    for name in [*sorted(set(files)), "pooled"]:
        idx = [i for i, f in enumerate(files) if name in ("pooled", f)]
        g = sum(gold.values()) if name == "pooled" else gold[name]
        base_right = sum(y[i] for i in idx)
        after = scores(
            [y[i] for i in idx],
            [kept[i] for i in idx],
            [turned[i] for i in idx],
            [opposite[i] for i in idx],
        )
        out["files"][name] = {
            "gold": g,
            "cut": cuts.get(name),
            "before": {
                "found": len(idx),
                "right": base_right,
                "precision": _ratio(base_right, len(idx)),
                "recall": _ratio(base_right, g),
            },
            "after": {
                **after,
                "precision": _ratio(after["right"], after["found"]),
                "recall": _ratio(after["right"], g),
            },
        }
    return out


def table(result: dict[str, Any]) -> str:
    """A result as a Markdown table."""
    lines = [
        f"{result['coder']} coder, {result['mode']}, target {result['target']} (out of fold):",
        "",
        "| file | cut | found | right | precision | recall | -> found | right | precision"
        " | recall | right gained | right lost | wrong removed | wrong added |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, f in result["files"].items():
        b, a = f["before"], f["after"]
        lines.append(
            f"| {name.removeprefix('evidence-')} | {f['cut'] if f['cut'] is not None else ''}"
            f" | {b['found']} | {b['right']} | {b['precision']} | {b['recall']}"
            f" | {a['found']} | {a['right']} | {a['precision']} | {a['recall']}"
            f" | {a['right_gained']} | {a['right_lost']} | {a['wrong_removed']}"
            f" | {a['wrong_added']} |"
        )
    return "\n".join(lines) + "\n"


def write(coders: list[str], target: str) -> None:
    """Fit each coder's model on all READING findings (``target`` as in :func:`evaluate`), its
    cut-off for each mode chosen on their out-of-fold probabilities, and bundle them."""
    from accord.news.evidence_direction import BUNDLED, MODES, choose_threshold, fit, out_of_fold

    bundle = {}
    for coder in coders:
        signals, y, opposite, files, _ = rows(coder)
        fitted = None if target == "right" else [r or o for r, o in zip(y, opposite, strict=True)]
        p = out_of_fold(signals, y, files, fitted).tolist()
        cuts = {mode: choose_threshold(p, y, opposite, mode) for mode in MODES}
        use = fitted or [True] * len(y)
        model = fit(
            [s for s, u in zip(signals, use, strict=True) if u],
            [v for v, u in zip(y, use, strict=True) if u],
        )
        bundle[PATHS[coder]] = {**model.to_dict(), "cuts": cuts, "target": target}
        print(coder, "cuts", cuts, flush=True)
    target_path = ROOT / "src" / "accord" / "news" / BUNDLED
    target_path.write_text(json.dumps(bundle, indent=0, sort_keys=True) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("coders", nargs="+")
    parser.add_argument("--target", choices=("right", "direction"), default="right")
    parser.add_argument("--write", action="store_true", help="bundle the models")
    args = parser.parse_args()
    if args.write:
        write(args.coders, args.target)
        return
    results = [evaluate(c, m, args.target) for c in args.coders for m in ("drop", "flip")]
    tag = "" if args.target == "right" else f"-{args.target}"
    (HERE / f"learn19{tag}.json").write_text(json.dumps(results, indent=1) + "\n", "utf-8")
    text = "\n".join(table(r) for r in results)
    (HERE / f"learn19{tag}.txt").write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
