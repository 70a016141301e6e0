"""Task 1 of s12-nlpactors: every READING-file record where the nlp coder's type is right
(and not NONE) and its source or target is wrong, beside the rules coder's output, with the
trace needed to classify the cause (the nlp coder with ``fallback=False``; the event's origin:
the nlp coder's own predicate, or a sentence the rules coder coded for it).

The CHECK files of session 12 (``news-heldout-s11.json``, ``news-heldout-s11b.json``) are
never read. Shipped head, in sample (the head was trained on most of these files: a
diagnosis, not a measurement).

Run from the repository root::

    PYTHONPATH=src nice python3 \
        docs/data/actors-2026-12-04-s12-nlpactors/right_type_wrong_actor.py \
        > docs/data/actors-2026-12-04-s12-nlpactors/right-type-wrong-actor.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

CHECK = frozenset({"heldout-s11", "heldout-s11b"})


def _ev(e: Any) -> dict[str, Any]:
    return {
        "type": e.event_type,
        "sources": [f"{a.code}/{a.role}/{a.text}" for a in e.sources],
        "targets": [f"{a.code}/{a.role}/{a.text}" for a in e.targets],
        "trigger": e.trigger,
        "confidence": e.confidence,
    }


def main() -> None:
    root = Path.cwd()
    from accord.news.coders import RulesCoder
    from accord.news.evaluate import fold, read_gold
    from accord.news.gazetteer import load
    from accord.news.nlp.coder import NlpCoder
    from accord.news.nlp.rules_cv import dev_sets

    classes = load().org_classes
    nlp = NlpCoder()
    bare = NlpCoder(head=nlp.head, fallback=False)
    rules = RulesCoder()
    out: list[dict[str, Any]] = []
    totals: dict[str, dict[str, int]] = {}
    for dev in dev_sets(root, root.parent / "shared"):
        if dev.name in CHECK:
            continue
        n = 0
        for rec in read_gold(dev.path, dev.split):
            if rec.event == "NONE":
                continue
            got = nlp.code_sentence(rec.text, rec.date)
            if not got or got[0].event_type != rec.event:
                continue
            best = got[0]
            gs = frozenset(classes.get(c, c) for c in rec.sources)
            gt = frozenset(classes.get(c, c) for c in rec.targets)
            s_bad = bool(gs) and fold(best.sources) != gs
            t_bad = bool(gt) and fold(best.targets) != gt
            if not (s_bad or t_bad):
                continue
            n += 1
            r = rules.code_sentence(rec.text, rec.date)
            b = bare.code_sentence(rec.text, rec.date)
            out.append(
                {
                    "file": dev.name,
                    "id": rec.id,
                    "text": rec.text,
                    "gold": rec.event,
                    "gold_source": sorted(gs),
                    "gold_target": sorted(gt),
                    "source_wrong": s_bad,
                    "target_wrong": t_bad,
                    "nlp": [_ev(e) for e in got],
                    "nlp_no_fallback": [_ev(e) for e in b],
                    "rules": [_ev(e) for e in r],
                    "rules_first_right": bool(r)
                    and r[0].event_type == rec.event
                    and (not gs or fold(r[0].sources) == gs)
                    and (not gt or fold(r[0].targets) == gt),
                }
            )
        totals[dev.name] = {"right_type_wrong_actor": n}
        print(dev.name, n, file=sys.stderr, flush=True)
    json.dump({"totals": totals, "records": out}, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
