"""Leave-one-file-out CV of the session-5 round-2 role rules of the rules coder.

Protocol (fixed before the runs): development files only (the seven gold files of
``rules_lofo.py`` of the type run: the OEDA development file and the six accord gold files).
Each candidate is a helper of :mod:`accord.news.coding` that is on in the code of this branch
and is turned off here by patching it to "does nothing". For each held-out file, candidates
are chosen on the other six files pooled by forward selection: add the candidate whose
addition raises pooled actor accuracy most without lowering pooled event micro-F1; stop when
none raises it. The chosen set is switched on and the held-out file scored (records scored as
in ``accord events evaluate``). A candidate is kept in the code only if it is chosen in every
fold and no held-out file loses actor accuracy or event F1 out of fold. Output: JSON with every
file's counts for all off, each candidate alone, and per fold the chosen set with its
out-of-fold figures before (all off) and after.

Runs: ``roles-lofo-3-candidates.json`` (commit 111cc51, with ``coordinated_subject``: a verb
after "and" takes the opening subject; chosen in every fold but the 2026 file's, its only
gain, so removed from the code) and ``roles-lofo-kept.json`` (the two kept rules, final code).
From the repository root with the worktree's venv (seconds; reads ``../shared``):

    python docs/data/roles-cv-2026-12-03-s5/roles_lofo.py --out FILE.json
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import accord.news.coding as coding
from accord.news.evaluate import evaluate, read_gold

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "types-cv-2026-12-03-s5"))
from rules_lofo import FILES, actor, f1, figures, pool

# name -> (helper of accord.news.coding, what it returns when off)
CANDIDATES: dict[str, tuple[str, Any]] = {
    "clause_subject": ("_clause_subject", None),
    "located_target": ("_located_after", ""),
}


@contextmanager
def only(on: set[str]) -> Iterator[None]:
    """Every candidate off except those in ``on``."""
    saved: dict[str, Callable[..., Any]] = {}
    for name, (attr, off) in CANDIDATES.items():
        if name not in on:
            saved[attr] = getattr(coding, attr)
            setattr(coding, attr, lambda *a, _off=off: _off)
    try:
        yield
    finally:
        for attr, fn in saved.items():
            setattr(coding, attr, fn)


def forward(run: Callable[[set[str]], dict[str, dict[str, int]]], train: list[str]) -> list[str]:
    """Forward selection on ``train`` (pooled actor accuracy up, event F1 not down)."""
    chosen: set[str] = set()
    now = pool([run(chosen)[f] for f in train])
    while True:
        best: tuple[float, str, dict[str, int]] | None = None
        for name in sorted(set(CANDIDATES) - chosen):
            fig = pool([run(chosen | {name})[f] for f in train])
            up = actor(fig) > actor(now) + 1e-12 and f1(fig) >= f1(now) - 1e-12
            if up and (best is None or actor(fig) > best[0]):
                best = (actor(fig), name, fig)
        if best is None:
            return sorted(chosen)
        chosen.add(best[1])
        now = best[2]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    gold = {f: read_gold(f) for f in FILES}
    cache: dict[frozenset[str], dict[str, dict[str, int]]] = {}

    def run(on: set[str]) -> dict[str, dict[str, int]]:
        key = frozenset(on)
        if key not in cache:
            with only(on):
                cache[key] = {f: figures(evaluate(gold[f])) for f in FILES}
        return cache[key]

    base = run(set())
    alone = {name: run({name}) for name in CANDIDATES}
    folds = {}
    for held in FILES:
        chosen = forward(run, [f for f in FILES if f != held])
        after = run(set(chosen))[held]
        folds[held] = {
            "chosen": chosen,
            "before": base[held],
            "after": after,
            "f1_before": round(f1(base[held]), 4),
            "f1_after": round(f1(after), 4),
            "actor_before": round(actor(base[held]), 4),
            "actor_after": round(actor(after), 4),
        }
        print(
            held,
            chosen,
            folds[held]["actor_before"],
            "->",
            folds[held]["actor_after"],
            folds[held]["f1_before"],
            "->",
            folds[held]["f1_after"],
        )
    before = pool([folds[f]["before"] for f in FILES])
    after = pool([folds[f]["after"] for f in FILES])
    out = {
        "files": list(FILES),
        "candidates": list(CANDIDATES),
        "base": base,
        "alone": alone,
        "all_on": run(set(CANDIDATES)),
        "folds": folds,
        "pooled_out_of_fold": {
            "f1_before": round(f1(before), 4),
            "f1_after": round(f1(after), 4),
            "actor_before": round(actor(before), 4),
            "actor_after": round(actor(after), 4),
        },
        "chosen_on_all_files": forward(run, list(FILES)),
    }
    print(json.dumps(out["pooled_out_of_fold"]), out["chosen_on_all_files"])
    args.out.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
