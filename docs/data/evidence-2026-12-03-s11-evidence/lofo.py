"""Session 11 (s11-evidence): the deciding run for the five candidate switches, by the
protocol of docs/validation-events.md, "session 11 (s11-evidence)" (written before this run).

Leave one evidence file out over the 12 development files (``evidence_cv.make_folds``,
``by="file"``). In each fold a forward selection from ``SCALE_END_GATES`` on the training files:
a step adds the candidate that passes :func:`passes` on the training files for both coders, the
one with the highest mean pooled training precision of the two; the held-out file is scored with
the fold's choice. The same selection on all 12 files gives the set proposed as default, which is
adopted only if the pooled out-of-file figures pass :func:`passes` against ``SCALE_END_GATES``
for both coders. Run from the worktree root:
``PYTHONPATH=src python3 docs/data/evidence-2026-12-03-s11-evidence/lofo.py [--write]``
(``--write``: ``lofo.json`` beside this script). Deterministic; about a minute on two cores.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
CANDIDATES = (
    "withdrawing_side",
    "ruled_by_agent",
    "collective_holder",
    "purpose_attachment",
    "perceived_as",
)
CODERS = ("rules", "nlp")


def passes(before: Mapping[str, Any], after: Mapping[str, Any]) -> bool:
    """The brief's adoption test for one coder over a set of files (``Score`` per file): pooled
    precision rises; no file's precision falls by more than one item (after >= (right before -
    1) / found before; a file with no item after does not count); pooled recall >= 0.9 x
    before."""
    from accord.news.evidence_gold import Score

    b, a = sum(before.values(), Score()), sum(after.values(), Score())
    if (a.precision or 0.0) <= (b.precision or 0.0):
        return False
    for name, score in after.items():
        old = before[name]
        floor = (old.correct - 1) / old.predicted if old.predicted else 0.0
        if score.predicted and old.predicted and (score.precision or 0.0) < floor - 1e-9:
            return False
    return (a.recall or 0.0) >= 0.9 * (b.recall or 0.0) - 1e-9


def _row(name: str, x: Any, y: Any) -> str:
    def cell(s: Any) -> str:
        return f"{s.predicted:4}/{s.correct:<3} {s.precision or 0:.3f} {s.recall or 0:.3f}"

    return f"{name:30} {cell(x)}   {cell(y)}"


def main(write: bool) -> None:
    from accord.news.coders import get_coder
    from accord.news.evidence import SCALE_END_GATES
    from accord.news.evidence_cv import extractor, make_folds, per_file
    from accord.news.evidence_gold import Score, _gold_keys, load_evidence_golds

    data = ROOT / "tests" / "data" / "news"
    paths = [data / "evidence-gold.jsonl", *sorted(data.glob("evidence-heldout-*.jsonl"))]
    records, scenarios, files = load_evidence_golds(paths)
    gold = {r.id: _gold_keys(r) for r in records}
    extract = {
        c: extractor(records, scenarios, None if c == "rules" else get_coder(c, strict=True).coder)
        for c in CODERS
    }

    def groups(ids: frozenset[str]) -> dict[str, frozenset[str]]:
        names = sorted({files[i] for i in ids})
        return {n: frozenset(i for i in ids if files[i] == n) for n in names}

    def select(ids: frozenset[str]) -> tuple[Any, list[str]]:
        g = groups(ids)
        current, taken = SCALE_END_GATES, list[str]()
        while True:
            now = {c: per_file(extract[c], gold, g, current) for c in CODERS}
            best: tuple[float, str] | None = None
            for name in CANDIDATES:
                if getattr(current, name):
                    continue
                rules = replace(current, **{name: True})
                after = {c: per_file(extract[c], gold, g, rules) for c in CODERS}
                if not all(passes(now[c], after[c]) for c in CODERS):
                    continue
                mean = sum(sum(after[c].values(), Score()).precision or 0.0 for c in CODERS) / 2
                if best is None or mean > best[0] + 1e-12:
                    best = (mean, name)
            if best is None:
                return current, taken
            current = replace(current, **{best[1]: True})
            taken.append(best[1])

    folds = make_folds(records, "file", files=files)
    out: dict[str, Any] = {"folds": {}, "coders": {}}
    held: dict[str, dict[str, Any]] = {c: {"before": {}, "after": {}} for c in CODERS}
    for fold in folds:
        chosen, taken = select(fold.train)
        out["folds"][fold.name] = taken
        for c in CODERS:
            test = {fold.name: fold.test}
            held[c]["before"][fold.name] = per_file(extract[c], gold, test, SCALE_END_GATES)[
                fold.name
            ]
            held[c]["after"][fold.name] = per_file(extract[c], gold, test, chosen)[fold.name]
        print(f"fold {fold.name}: chose {taken or ['nothing']}", flush=True)
    _, final_taken = select(frozenset(gold))
    out["chosen_on_all"] = final_taken
    verdicts = {}
    for c in CODERS:
        before, after = held[c]["before"], held[c]["after"]
        verdicts[c] = passes(before, after)
        b, a = sum(before.values(), Score()), sum(after.values(), Score())
        print(f"\n{c}: out of file, SCALE_END_GATES -> fold choices")
        print(f"{'file':30} {'before: found/right P R':24}   after: found/right P R")
        rows = {}
        for name in before:
            x, y = before[name], after[name]
            rows[name] = {"before": x.to_dict(), "after": y.to_dict()}
            print(_row(name, x, y))
        print(_row("pooled", b, a))
        print(f"passes the adoption test: {verdicts[c]}")
        out["coders"][c] = {
            "files": rows,
            "pooled": {"before": b.to_dict(), "after": a.to_dict()},
            "passes": verdicts[c],
        }
    adopt = all(verdicts.values()) and bool(final_taken)
    out["adopt"] = adopt
    print(f"\nchosen on all 12 files: {final_taken}; adopt: {adopt}")
    if write:
        (HERE / "lofo.json").write_text(json.dumps(out, indent=1, sort_keys=True) + "\n")


if __name__ == "__main__":
    main("--write" in sys.argv[1:])
