"""Step 1 of s10-nlptypes: the nlp coder's wrong types over every development file
(``rules_cv.dev_sets``), written before any code changed.

A wrong type: the gold record has an event, the nlp coder's first event (the one scored) has
another type. One line per record: file:id, gold -> coded, the trigger, the head's probability
of the coded type, its runner-up type (``NONE`` aside, the violent types the coder skips
aside too) and the margin between them, the verb's dictionary (CAMEO pattern) type, the rules
coder's type and whether it is right. Shipped head, ``DEFAULT_RULES`` less this branch's switches (the
rules at the branch's start; ``S10_RULES``: comma-separated switches added to them).

Run from the repository root: ``PYTHONPATH=src python
docs/data/events-2026-12-03-s10-nlptypes/wrongtypes.py OUT.txt`` (a summary is printed).
"""

import os
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

import numpy as np

import accord.news.nlp.coder as nlp_coder
from accord.news.coders import RulesCoder
from accord.news.nlp.classifier import LABELS, NONE
from accord.news.nlp.rules_cv import cached_coder, dev_sets, load_records

ROOT = Path(".")
SHARED = Path("../shared")
INFO: dict[str, tuple[np.ndarray, str]] = {}
_event = nlp_coder.NlpCoder._event


def _spy(self, cand, p, date, doc_id, inner_typed=False):
    event = _event(self, cand, p, date, doc_id, inner_typed)
    if event is not None:
        verb = cand.sent.doc[cand.pred.verb]
        prior = nlp_coder.verb_prior_in(
            cand.sent, verb, cand.sentence, None, self.rules.noun_infinitive
        )
        dictionary = LABELS[int(prior.argmax())] if prior.any() else "-"
        INFO[event.id] = (p, dictionary)
    return event


def main() -> None:
    nlp_coder.NlpCoder._event = _spy  # type: ignore[method-assign]
    rules = replace(
        nlp_coder.DEFAULT_RULES, rules_type_same_trigger=False, rules_type_in_clause=False
    )
    for name in filter(None, os.environ.get("S10_RULES", "").split(",")):
        rules = replace(rules, **{name: True})
    records, _groups, names = load_records(dev_sets(ROOT, SHARED))
    nlp = cached_coder(rules, {}, {})
    rules_coder = RulesCoder()
    lines = []
    pairs: Counter[str] = Counter()
    rules_right = 0
    for record, name in zip(records, names, strict=True):
        if record.event == NONE:
            continue
        events = nlp.code_sentence(record.text, record.date)
        if not events or events[0].event_type == record.event:
            continue
        event = events[0]
        p, dictionary = INFO[event.id]
        order = [int(k) for k in np.argsort(-p) if LABELS[int(k)] != NONE]
        top = p[LABELS.index(event.event_type)]
        runner = next(LABELS[k] for k in order if LABELS[k] != event.event_type)
        margin = top - p[LABELS.index(runner)]
        got = rules_coder.code_sentence(record.text, record.date)
        rtype = got[0].event_type if got else NONE
        rules_right += rtype == record.event
        pairs[f"{record.event} -> {event.event_type}"] += 1
        lines.append(
            f"{name}:{record.id}\t{record.event} -> {event.event_type}\t{event.trigger}\t"
            f"p={top:.3f}\trunner={runner} {p[LABELS.index(runner)]:.3f}\tmargin={margin:.3f}\t"
            f"dict={dictionary}\trules={rtype}{' RIGHT' if rtype == record.event else ''}\t"
            f"| {record.text}"
        )
    Path(sys.argv[1]).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(len(lines), "wrong types; rules coder right on", rules_right)
    for pair, n in pairs.most_common():
        print(n, pair)


if __name__ == "__main__":
    main()
