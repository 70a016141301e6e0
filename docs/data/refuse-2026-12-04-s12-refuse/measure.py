"""The deciding measurement of s12-refuse (issue 14, session 12): the nlp coder with
``DEFAULT_RULES`` (``before``) and with each candidate switch on
(``expectation_act``, ``subject_phrase_actor``, ``violence_only_refusal``), alone and in every
combination (``a+b``), on the READING
event files (``rules_cv.dev_sets`` less ``heldout-s11`` and ``heldout-s11b``) or, with
``--check``, on the CHECK files only.

The candidates change only the nlp coder's fallback (which rules-coder events it refuses);
nothing is fitted, so the shipped head codes every file (as s12-recall's
``evaluate_reading.py``). The rules coder is run once for reference (no candidate touches
it). Per coder and candidate: pooled event F1, actor accuracy and counts as ``accord events
evaluate``; records fixed and broken against ``before`` (a record is right when it is in no
error list of ``evaluate(..., keep_errors=True)``: type, source set and target set as the
gold). READING: per file figures and the ids fixed / broken. ``--check``: aggregate figures
only, worked out in memory; no record id, text or output is written or printed.

The switches were removed after the verdict (none adopted): apply ``candidates.patch`` (against
d7727e4) first. Run from the worktree root (needs the ``[nlp]`` extra)::

    PYTHONPATH=src nice python3 docs/data/refuse-2026-12-04-s12-refuse/measure.py \\
        --out docs/data/refuse-2026-12-04-s12-refuse/reading.json
    PYTHONPATH=src nice python3 docs/data/refuse-2026-12-04-s12-refuse/measure.py --check \\
        --out docs/data/refuse-2026-12-04-s12-refuse/check.json
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import json
from pathlib import Path
from typing import Any

CHECK = ("heldout-s11", "heldout-s11b")
CANDIDATES = ("expectation_act", "subject_phrase_actor", "violence_only_refusal")


def figures(evals: list[Any]) -> dict[str, Any]:
    """Pooled event precision, recall, F1, actor accuracy and counts of several files."""
    gold = sum(e.n for e in evals)
    predicted = sum(e.predicted for e in evals)
    correct = sum(e.correct for e in evals)
    actor_ok = sum(e.source_correct + e.target_correct for e in evals)
    actor_n = sum(e.source_n + e.target_n for e in evals)
    p = correct / predicted if predicted else 0.0
    r = correct / gold if gold else 0.0
    return {
        "gold": gold,
        "predicted": predicted,
        "correct": correct,
        "false_alarms": sum(e.false_alarms for e in evals),
        "uncoded": sum(
            row.get("NONE", 0) for e in evals for k, row in e.confusion.items() if k != "NONE"
        ),
        "event_f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
        "actor_accuracy": round(actor_ok / actor_n, 4) if actor_n else 0.0,
        "actor_ok": actor_ok,
        "actor_n": actor_n,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", required=True)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    root = Path.cwd()
    from accord.news.evaluate import evaluate, read_gold
    from accord.news.nlp.coder import DEFAULT_RULES, NlpCoder
    from accord.news.nlp.rules_cv import dev_sets

    sets = [d for d in dev_sets(root, root.parent / "shared") if (d.name in CHECK) == args.check]
    gold = {d.name: read_gold(d.path, d.split) for d in sets}
    configs: dict[str, Any] = {"before": DEFAULT_RULES}
    for size in (1, 2, 3):
        for names in itertools.combinations(CANDIDATES, size):
            assert not any(getattr(DEFAULT_RULES, n) for n in names)
            configs["+".join(names)] = dataclasses.replace(
                DEFAULT_RULES, **dict.fromkeys(names, True)
            )
    coders: dict[str, Any] = {"rules": None}
    coders.update({f"nlp:{k}": NlpCoder(rules=v) for k, v in configs.items()})
    runs: dict[str, dict[str, Any]] = {}
    for label, coder in coders.items():
        runs[label] = {name: evaluate(recs, True, coder) for name, recs in gold.items()}
    out: dict[str, Any] = {}
    wrong = {
        label: {name: {e["id"] for e in ev.errors} for name, ev in files.items()}
        for label, files in runs.items()
    }
    for label, files in runs.items():
        entry: dict[str, Any] = {"pooled": figures(list(files.values()))}
        if label.startswith("nlp:") and label != "nlp:before":
            base = wrong["nlp:before"]
            fixed = {n: sorted(base[n] - wrong[label][n]) for n in files}
            broken = {n: sorted(wrong[label][n] - base[n]) for n in files}
            entry["fixed"] = sum(len(v) for v in fixed.values())
            entry["broken"] = sum(len(v) for v in broken.values())
            if not args.check:
                entry["fixed_ids"] = {n: v for n, v in fixed.items() if v}
                entry["broken_ids"] = {n: v for n, v in broken.items() if v}
                entry["worst_file_net"] = min(len(fixed[n]) - len(broken[n]) for n in files)
        if not args.check:
            entry["files"] = {
                n: {k: v for k, v in figures([ev]).items() if k in ("event_f1", "actor_accuracy")}
                for n, ev in files.items()
            }
        out[label] = entry
        print(label, json.dumps(entry["pooled"]), entry.get("fixed"), entry.get("broken"))
    Path(args.out).write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
