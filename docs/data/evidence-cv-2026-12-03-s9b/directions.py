"""Session 9, s9-evid2 (issue 14, item 6): three rules of a stance's direction measured against
the shipped evidence rules, by the s9-evidence adoption rule, on the nine development gold files
(with the two vote records corrected in this session: docs/event-coding.md, "Stance evidence").

Run from anywhere: ``python docs/data/evidence-cv-2026-12-03-s9b/directions.py CODER``, CODER
``rules`` or ``nlp`` (which needs the ``[nlp]`` extra). Two views, both leave one file out:

* each switch of :data:`STEPS` alone, and the three together, as a fixed set against
  :data:`~accord.news.evidence.PRECISION_GATES` (a fixed set's figure on a file is the same in
  and out of fold); per file: correct / items before and after; the adoption rule
  (:func:`accord.news.evidence_cv.adoption_rule`: pooled precision up, no file's precision
  down, right items lost at most half the wrong items removed) on all nine files;
* nested: in each outer fold a forward selection on the other eight files
  (:func:`accord.news.evidence_cv.select_by_adoption`, from ``PRECISION_GATES``, steps
  :data:`STEPS`) chooses which switches to add; the rules so chosen are scored on the held-out
  file.

Every item that a switch changes is printed with its sentence's gold. Writes
``directions-CODER.json`` next to this file.
"""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

from accord.news.coders import get_coder
from accord.news.evidence import PRECISION_GATES
from accord.news.evidence_cv import (
    _base,
    _kept,
    _score,
    adoption_rule,
    extractor,
    make_folds,
    per_file,
    select_by_adoption,
)
from accord.news.evidence_gold import Score, _gold_keys, _key, load_evidence_golds

HERE = Path(__file__).resolve().parent
DATA = HERE.parents[2] / "tests" / "data" / "news"
GOLD = [
    DATA / name
    for name in (
        "evidence-gold.jsonl",
        "evidence-heldout-2026.jsonl",
        "evidence-heldout-s5.jsonl",
        "evidence-heldout-s5c.jsonl",
        "evidence-heldout-s6.jsonl",
        "evidence-heldout-s6b.jsonl",
        "evidence-heldout-s7.jsonl",
        "evidence-heldout-s8.jsonl",
        "evidence-heldout-s8b.jsonl",
    )
]
BASE = PRECISION_GATES
STEPS = ("partial_withdrawal", "withdrawal_agent", "recognised_as")


def _p(s: Score) -> str:
    return f"{s.correct}/{s.predicted} = {s.precision:.3f}" if s.precision is not None else "-"


def main(name: str) -> dict[str, Any]:
    records, scenarios, files = load_evidence_golds(GOLD)
    coder = None if name == "rules" else get_coder(name, strict=True).coder
    extract = extractor(records, scenarios, coder)
    gold = {r.id: _gold_keys(r) for r in records}
    groups = {n: frozenset(i for i in gold if files[i] == n) for n in (p.name for p in GOLD)}
    out: dict[str, Any] = {"coder": name, "fixed": {}, "nested": []}
    before = per_file(extract, gold, groups, BASE)
    candidates = {s: replace(BASE, **{s: True}) for s in STEPS}
    candidates["all three"] = replace(BASE, **dict.fromkeys(STEPS, True))
    print(f"coder {name}; base PRECISION_GATES: {_p(sum(before.values(), Score()))}")
    for label, rules in candidates.items():
        after = per_file(extract, gold, groups, rules)
        b, a = sum(before.values(), Score()), sum(after.values(), Score())
        lost = b.correct - a.correct
        removed = (b.predicted - b.correct) - (a.predicted - a.correct)
        passes = adoption_rule(before, after)
        print(f"\n{label}: {_p(b)} -> {_p(a)}; right lost {lost}, wrong removed {removed}; "
              f"passes: {passes}")
        for f in groups:
            if before[f] != after[f]:
                print(f"   {f:30s} {_p(before[f])} -> {_p(after[f])}")
        old, new = extract(_base(BASE)), extract(_base(rules))
        for i in sorted(gold):
            k0 = {_key(e) for e in _kept(old[i], BASE)}
            k1 = {_key(e) for e in _kept(new[i], rules)}
            if k0 != k1:
                print(f"   {i}: {sorted(k0)} -> {sorted(k1)}, gold {sorted(gold[i])}")
        out["fixed"][label] = {
            "per_file": {f: [before[f].to_dict(), after[f].to_dict()] for f in groups},
            "lost": lost,
            "removed": removed,
            "passes": passes,
        }
    print("\nnested leave-one-file-out (steps chosen on the other eight files):")
    total_b, total_a = Score(), Score()
    for fold in make_folds(records, "file", files=files):
        train = {
            n: frozenset(i for i in fold.train if files[i] == n)
            for n in sorted({files[i] for i in fold.train})
        }
        chosen, taken = select_by_adoption(extract, gold, train, BASE, STEPS)
        b = _score(extract(_base(BASE)), gold, fold.test, BASE)
        a = _score(extract(_base(chosen)), gold, fold.test, chosen)
        total_b += b
        total_a += a
        print(f"   {fold.name:30s} {'+'.join(taken) or '(none)':50s} {_p(b)} -> {_p(a)}")
        out["nested"].append(
            {"file": fold.name, "steps": taken, "before": b.to_dict(), "after": a.to_dict()}
        )
    print(f"   {'pooled':30s} {'':50s} {_p(total_b)} -> {_p(total_a)}")
    _, steps = select_by_adoption(extract, gold, groups, BASE, STEPS)
    print("chosen on all nine files:", "+".join(steps) or "(none)")
    out["chosen_on_all"] = steps
    (HERE / f"directions-{name}.json").write_text(json.dumps(out, indent=1) + "\n", "utf-8")
    return out


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "rules")
