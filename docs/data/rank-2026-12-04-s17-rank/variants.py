"""After C2's tests: out-of-fold figures of a type-level reorder (exploratory, no CHECK run).

C2's reorder puts a rules event in front of the nlp coder's events whenever the model scores
it highest, even where the nlp coder has an event of the same type with its own actors (its
recipient rules); the model's target is the type only. ``C1t``/``C2t``: the same choice, but
when the chosen candidate's type is one of the nlp coder's, that nlp event (the first of the
type) goes first; ``C2t`` keeps C2's gate (per fold, chosen inside the training files).
Figures only, on the READING files, leave one file out, as ``accord.news.event_choice``.

Run from the worktree root (the candidates are cached in ``--cache``)::

    PYTHONPATH=src nice python3 docs/data/rank-2026-12-04-s17-rank/variants.py \
        --cache /tmp/s17-rank/candidates.pickle \
        --out docs/data/rank-2026-12-04-s17-rank/variants.json
"""

from __future__ import annotations

import argparse
import json
import pickle
from pathlib import Path
from typing import Any

import numpy as np

from accord.news import event_choice as ec
from accord.news.event_confidence import reading_sets

TYPES = slice(3, 19)  # the type indicators of ec.FEATURES


def by_type(c: ec.Candidates, pick: ec.Picker) -> ec.Picker:
    """``pick``, then the first nlp row of the picked row's type where there is one."""

    def typed(rows: np.ndarray[Any, Any]) -> int | None:
        k = pick(rows)
        if k is None or c.nlp[k]:
            return k
        kind = int(np.argmax(c.x[k, TYPES]))
        same = [int(j) for j in rows if c.nlp[j] and int(np.argmax(c.x[j, TYPES])) == kind]
        return same[0] if same else k

    return typed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cache", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    cache = Path(args.cache)
    if cache.exists():
        c = pickle.loads(cache.read_bytes())
    else:
        c, _ = ec.collect(reading_sets(Path("."), Path("../shared")))
        cache.write_bytes(pickle.dumps(c))
    files = np.asarray(c.files)
    names = list(dict.fromkeys(c.files))
    p = np.zeros(len(c.right))
    gates = {}
    for name in names:
        held = files == name
        p += ec._probabilities(c, ~held, held)
        inner = np.zeros(len(c.right))
        for other in names:
            if other != name:
                inner += ec._probabilities(c, ~held & (files != other), files == other)
        train = [int(r) for r in np.flatnonzero(~held)]
        gates[name] = max(
            ec.CUTS,
            key=lambda t: (ec.score(c, by_type(c, ec.learned(c, inner, t)), train)["event_f1"], t),
        )
    out: dict[str, Any] = {}
    for label in ("shipped", "C1", "C2", "C1t", "C2t"):
        rows = []
        nets = {}
        for name in names:
            records = [int(r) for r in np.flatnonzero(files == name)]
            gate = gates[name] if label.startswith("C2") else None
            pick = ec.shipped(c) if label == "shipped" else ec.learned(c, p, gate)
            if label.endswith("t"):
                pick = by_type(c, pick)
            row = ec.score(c, pick, records)
            base = ec.score(c, ec.shipped(c), records)
            nets[name] = row["records_right"] - base["records_right"]
            rows.append(row)
        total = {k: sum(r[k] for r in rows) for k in rows[0] if k != "event_f1"}
        total["event_f1"] = ec.f1(total["correct"], total["predicted"], total["gold"])
        total["actor_accuracy"] = round(total["actor_ok"] / total["actor_n"], 4)
        total["worst_file_net"] = min(nets.values())
        out[label] = total
        print(label, json.dumps(total), flush=True)
    out["gates_C2t"] = gates
    Path(args.out).write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
