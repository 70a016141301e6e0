"""Why the nlp coder leaves a gold event uncoded, on the READING event files (s12-recall).

For every READING-file record (``rules_cv.dev_sets`` less ``heldout-s11`` and ``heldout-s11b``)
whose gold type is not NONE and for which ``NlpCoder().code_sentence`` returns no event:

* ``no candidate``: no predicate of the parse has an actor agent (no source resolved);
* ``head abstained``: candidates, and the head's best label is NONE or under its threshold
  for every one;
* ``typed, dropped``: the head typed a candidate and a role filter of ``_event`` removed it
  (negation, violence, self-meeting);

and whether the rules coder codes the sentence (``rules``: its first event's type; then the
nlp coder's fallback refused it, or it was not asked). Writes JSON. Run from the worktree root
(needs the ``[nlp]`` extra)::

    PYTHONPATH=src nice python3 docs/data/recall-2026-12-04-s12-recall/diagnose_nlp.py \
        --out docs/data/recall-2026-12-04-s12-recall/nlp-uncoded.json
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

CHECK = ("heldout-s11", "heldout-s11b")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    root = Path.cwd()
    from accord.news.coding import code_sentence
    from accord.news.evaluate import read_gold
    from accord.news.nlp.coder import NlpCoder
    from accord.news.nlp.models import spacy_pipeline
    from accord.news.nlp.rules_cv import dev_sets

    coder = NlpCoder()
    out: list[dict[str, Any]] = []
    for dev in dev_sets(root, root.parent / "shared"):
        if dev.name in CHECK:
            continue
        for rec in read_gold(dev.path, dev.split):
            if rec.event == "NONE" or coder.code_sentence(rec.text, rec.date):
                continue
            sents = list(spacy_pipeline()(rec.text).sents)
            previous: tuple[Any, ...] = ()
            found: list[Any] = []
            for sent in sents:
                cands = coder._candidates(sent, rec.date, previous)
                named = [c for c in cands if not c.agentless]
                if named:
                    previous = named[0].sources
                found.extend(cands)
            typed: list[str] = []
            best: list[str] = []
            if not found:
                cause = "no candidate"
            else:
                proba, inner = coder._types(found)
                for cand, p in zip(found, proba, strict=True):
                    k = int(p.argmax())
                    best.append(
                        f"{cand.sent.doc[cand.pred.verb].text}:{coder.head.labels[k]}:{p[k]:.2f}"
                    )
                    if coder._typed(p):
                        typed.append(cand.sent.doc[cand.pred.verb].text)
                cause = "typed, dropped" if typed else "head abstained"
            rules = code_sentence(rec.text, rec.date)
            out.append(
                {
                    "set": dev.name,
                    "id": rec.id,
                    "gold": rec.event,
                    "gold_source": sorted(rec.sources),
                    "cause": cause,
                    "candidates": best,
                    "typed": typed,
                    "rules": rules[0].event_type if rules else None,
                    "rules_trigger": rules[0].trigger if rules else None,
                    "text": rec.text,
                }
            )
            print(dev.name, rec.id, cause, flush=True)
    Path(args.out).write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    print(len(out), "uncoded")


if __name__ == "__main__":
    main()
