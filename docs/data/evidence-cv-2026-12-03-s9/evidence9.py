"""Session 9 (issue 14, item 6): evidence precision that holds on new sets; nested grouped
cross-validation over every development evidence gold file (the protocol in
docs/validation-events.md, "session 9: evidence precision").

Run from anywhere: ``python docs/data/evidence-cv-2026-12-03-s9/evidence9.py CODER [wrong]``,
CODER ``rules`` or ``nlp`` (which needs the ``[nlp]`` extra). The groups are the gold files
(:data:`GOLD`, each a fold, leave one file out; a report cited in the held-out file is dropped
from the training side). In each outer fold a forward selection on the training files alone
starts from the shipped rules (:data:`BASE`) and adds, one step at a time, the switch of
:data:`STEPS` (or a minimum strength of :data:`THRESHOLDS`, the calibrated-confidence idea)
that passes the adoption rule **on the training files** and gives the highest training
precision: pooled precision rises, no training file's precision falls, and the right items lost
are at most half the wrong items removed. The rules so chosen are scored on the held-out file.
The same selection on all files gives the rules to ship (the selection:
:func:`accord.news.evidence_cv.select_by_adoption`). Writes ``cv-CODER.json`` next to this file
and prints the per-file table; ``wrong`` also lists the wrong items out of fold.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from accord.news.coders import get_coder
from accord.news.evidence import RECALL_GATES
from accord.news.evidence_cv import (
    _base,
    _changes,
    _kept,
    _score,
    changes_summary,
    extractor,
    make_folds,
    select_by_adoption,
    wilson_interval,
)
from accord.news.evidence_gold import (
    GoldSentence,
    Score,
    _gold_keys,
    _key,
    load_evidence_golds,
)

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
"""Every gold file of ``tests/data/news/evidence*.jsonl``. The other three files of that
pattern are not gold files but the inputs of ``evidence-gold.jsonl`` (seed-derived, session 4):
``evidence-sentences.jsonl`` (its 195 sentences) and ``evidence-labels-A.jsonl`` /
``evidence-labels-B.jsonl`` (the two annotators' labels of them), whose adjudication is
``evidence-gold.jsonl``; their sentences are in that group."""
BASE = RECALL_GATES
"""The shipped rules at the session's start (session 7)."""
STEPS = (
    "one_issue",
    "relative_antecedent",
    "unattributed_modal",
    "quoted_speaker",
    "reported_other",
    "bare_cue",
    "object_keyword",
    "keyword_in_clause",
    "fronted_phrase",
    "clause_subject",
    "skip_lists",
    "postposed_speaker",
    "parse_agrees",
)
THRESHOLDS = (0.5, 0.6, 0.7, 0.8)


def _cell(s: Score) -> str:
    p = "-" if s.precision is None else f"{s.precision:.3f}"
    return f"{s.correct}/{s.predicted} = {p}, recall {s.found_gold}/{s.gold}"


def main(name: str, wrong: bool) -> dict[str, Any]:
    records, scenarios, files = load_evidence_golds(GOLD)
    coder = None if name == "rules" else get_coder(name, strict=True).coder
    extract = extractor(records, scenarios, coder)
    gold = {r.id: _gold_keys(r) for r in records}
    by_id: dict[str, GoldSentence] = {r.id: r for r in records}
    folds = make_folds(records, "file", files=files)
    out: dict[str, Any] = {"coder": name, "files": [p.name for p in GOLD], "folds": []}
    total_before, total_after = Score(), Score()
    changes_before, changes_after = [], []
    for fold in folds:
        train = {
            n: frozenset(i for i in fold.train if files[i] == n)
            for n in sorted({files[i] for i in fold.train})
        }
        chosen, taken = select_by_adoption(extract, gold, train, BASE, STEPS, THRESHOLDS)
        before = _score(extract(_base(BASE)), gold, fold.test, BASE)
        after = _score(extract(_base(chosen)), gold, fold.test, chosen)
        cb = _changes(extract(_base(BASE)), by_id, scenarios, gold, fold.test, BASE)
        ca = _changes(extract(_base(chosen)), by_id, scenarios, gold, fold.test, chosen)
        changes_before.extend(cb)
        changes_after.extend(ca)
        total_before += before
        total_after += after
        print(
            f"{fold.name:30s} {'+'.join(taken) or '(none)':45s} {_cell(before)} -> {_cell(after)}"
        )
        out["folds"].append(
            {
                "file": fold.name,
                "chosen_steps": taken,
                "before": before.to_dict(),
                "after": after.to_dict(),
                "after_wilson95": wilson_interval(after.correct, after.predicted),
                "changes_before": changes_summary(cb),
                "changes_after": changes_summary(ca),
            }
        )
        if wrong:
            for i in sorted(fold.test):
                keys = {_key(e) for e in _kept(extract(_base(chosen))[i], chosen)}
                if keys - gold[i]:
                    print(f"   {i}: wrong {sorted(keys - gold[i])}, gold {sorted(gold[i])}")
    print(f"{'pooled':30s} {'':45s} {_cell(total_before)} -> {_cell(total_after)}")
    every = {n: frozenset(i for i in gold if files[i] == n) for n in sorted(set(files.values()))}
    final, steps = select_by_adoption(extract, gold, every, BASE, STEPS, THRESHOLDS)
    print("chosen on all files:", "+".join(steps) or "(none)", final.label())
    out["pooled_before"] = total_before.to_dict()
    out["pooled_after"] = total_after.to_dict()
    out["pooled_after_wilson95"] = wilson_interval(total_after.correct, total_after.predicted)
    out["changes_before"] = changes_summary(changes_before)
    out["changes_after"] = changes_summary(changes_after)
    out["chosen_on_all"] = steps
    (HERE / f"cv-{name}.json").write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    return out


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "rules", "wrong" in sys.argv[2:])
