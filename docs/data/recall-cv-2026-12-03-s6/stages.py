"""Where the nlp coder drops a gold event (issue 14, session 6, s6-recall2).

For every development record (``rules_cv.dev_sets``, ten files) whose gold has an event and
on which the shipped nlp coder codes nothing, the first stage of the coder's path at which
every route to an event ends:

* ``no_mention``: the gazetteer finds no actor in the sentence (``_candidates`` returns at
  once);
* ``no_predicate``: the parse gives no predicate even with the clause filters off;
* ``filter``: every predicate is dropped by a clause filter of ``DEFAULT_RULES``
  (purpose, not-done, opinion, noun clause, hypothetical);
* ``no_agent``: predicates, but none has an agent phrase (subject, "by" agent, speaker);
* ``agent_unresolved``: agent phrases, but none names a gazetteer actor;
* ``head_none`` / ``threshold`` / ``violence``: candidates with actors, and the head's top
  label is NONE, or under the threshold, or a violent type without a violent word;
* ``negation`` / ``self_meeting``: a type chosen, then dropped by the negation rule or the
  self-meeting rule.

A record's stage is the furthest one any of its predicates reaches. The head is the shipped
one (trained on all development gold, so the head stages are undercounted: out of file it
drops more). Output: JSON with counts per file and per stage, and the records.

    python docs/data/recall-cv-2026-12-03-s6/stages.py > stages.json
    python docs/data/recall-cv-2026-12-03-s6/stages.py --lofo > stages-lofo.json

``--lofo``: each file coded with a head trained without it (as ``recall_lofo.py``; the
rules coder's lexicon is the shipped one, not the one chosen without the file).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

from accord.news.nlp import coder as C
from accord.news.nlp.coder import EVENT_FILTERS, NlpCoder
from accord.news.nlp.models import spacy_pipeline
from accord.news.nlp.roles import predicates
from accord.news.nlp.rules_cv import dev_sets, load_records

ORDER = [
    "no_mention",
    "no_predicate",
    "filter",
    "no_agent",
    "agent_unresolved",
    "head_none",
    "threshold",
    "violence",
    "negation",
    "self_meeting",
    "dedup_or_other",
]
ROOT = Path(__file__).resolve().parents[3]


def stage(coder: NlpCoder, text: str, date: Any) -> str:
    doc = spacy_pipeline()(text)
    best = 0
    rules = coder.rules
    loose = replace(
        rules,
        **dict.fromkeys(EVENT_FILTERS, False),
        no_noun_clause=False,
        not_done_complement=False,
    )
    for sent in doc.sents:
        mentions = C.sentence_mentions(sent.text, date)
        if not mentions:
            continue
        best = max(best, 1)
        if not predicates(sent, loose):
            continue
        best = max(best, 2)
        preds = predicates(sent, rules)
        if not preds:
            continue
        best = max(best, 3)
        if any(p.agents or p.speakers for p in preds):
            best = max(best, 4)
        cands = coder._candidates(sent, date, ())
        if not cands:
            continue
        proba, inner = coder._types(cands)
        for cand, p, inn in zip(cands, proba, inner, strict=True):
            top = int(p.argmax())
            label = coder.head.labels[top]
            if label == C.NONE:
                best = max(best, 5)
                continue
            if float(p[top]) < coder.head.threshold:
                best = max(best, 6)
                continue
            if coder._choose(cand, p) is None:
                best = max(best, 7)
                continue
            neg = cand.pred.negated or (cand.pred.inner_negated and inn)
            if neg:
                best = max(best, 8)
                continue
            if coder._event(cand, p, date, None, inn) is None:
                best = max(best, 9)
                continue
            best = max(best, 10)
    return ORDER[best]


def heads_out_of_file(sets: list[Any]) -> dict[str, Any]:
    """Per development set, the type head trained without its file (the recipe of
    ``recall_lofo.py``; the rules coder's lexicon is the shipped one)."""
    import numpy as np

    sys.path.insert(0, str(Path(__file__).parent))
    import recall_lofo as R  # noqa: I001  (puts the session-5 scripts on the path)
    import rules_lofo
    import rules_lofo3  # noqa: F401  (its candidates, merged below)
    from head_cv import SEED, WEAK, GoldSpec, fit
    from accord.news.evaluate import read_gold
    from accord.news.nlp.train import training_set

    rules_lofo.CANDIDATES = {**R.stack_lofo.ROUND1, **rules_lofo.CANDIDATES}
    with rules_lofo.only(set(rules_lofo.CANDIDATES)):
        data = training_set(list(R.SPECS.values()), SEED, WEAK, "static")
    names = []
    for name, spec in R.SPECS.items():
        parsed = GoldSpec.parse(spec)
        names += [name] * len(read_gold(parsed.path, parsed.split))
    names_a = np.asarray(names)
    gold_idx = np.flatnonzero(data.gold)
    out = {}
    for dev in sets:
        held = next(f for f in R.FILES if Path(f).name == Path(dev.path).name)
        keep = [s for s in R.SPECS if R.FILE_OF[s] != held]
        out[dev.name] = fit(data, gold_idx[np.isin(names_a, keep)], 8.0, 0.03, 0.3)
    return out


def main() -> None:
    sets = dev_sets(ROOT, ROOT.parent / "shared")
    records, _, names = load_records(sets)
    lofo = "--lofo" in sys.argv
    heads = heads_out_of_file(sets) if lofo else {}
    coders = {d.name: NlpCoder(head=heads.get(d.name)) for d in sets}
    by_file: dict[str, Counter[str]] = {}
    rows = []
    gold_events = Counter()
    for rec, name in zip(records, names, strict=True):
        if rec.event == "NONE":
            continue
        gold_events[name] += 1
        coder = coders[name]
        if coder.code_sentence(rec.text, rec.date):
            continue
        s = stage(coder, rec.text, rec.date)
        by_file.setdefault(name, Counter())[s] += 1
        rows.append({"file": name, "id": rec.id, "gold": rec.event, "stage": s, "text": rec.text})
    total = Counter(r["stage"] for r in rows)
    json.dump(
        {
            "gold_events": dict(gold_events),
            "uncoded": len(rows),
            "by_stage": {k: total[k] for k in ORDER if total[k]},
            "by_file": {f: dict(c) for f, c in by_file.items()},
            "records": rows,
        },
        sys.stdout,
        indent=1,
    )
    print()


if __name__ == "__main__":
    main()
