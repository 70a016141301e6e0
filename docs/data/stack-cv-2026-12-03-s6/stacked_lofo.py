"""Stacking, leave-one-file-out (issue 14, session 6): the rules coder's type at a predicate's
verb as an input feature of the nlp type head.

The head's input becomes [clause embedding, dictionary prior, rules one-hot]: the one-hot is
over the head's labels, the type of the rules coder's event whose trigger covers the verb, or
its ``NONE`` slot when the rules coder codes no event there; all zeros for the weak CAMEO
phrases (no sentence for the rules coder to read). The head stays a multinomial logistic
regression and learns per type how far to trust the rules coder. Everything else is
``stack_lofo.py``'s protocol (nine files, the head trained without the held-out file, setting
8, 0.03, 0.3; the rules coder's lexicon chosen without it); no parameter is chosen, so there
is no inner loop. Columns: the stacked coder alone and with ``rules_when_silent``. Experiment
code only (patches :class:`NlpCoder`); not adopted unless the adoption rule of
docs/validation-events.md "session 6" holds.

    python docs/data/stack-cv-2026-12-03-s6/stacked_lofo.py > stacked-lofo.json
"""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))

import stack_lofo as S
from stack_lofo import FILE_OF, FILES, SPECS, _CachedParser, _rules_choice, figures, only

import accord.news.nlp.coder as nlp_coder
import rules_lofo
from accord.news.coders import RulesCoder
from accord.news.coding import code_sentence
from accord.news.evaluate import evaluate, read_gold
from accord.news.nlp.classifier import LABELS, NONE, features
from accord.news.nlp.coder import DEFAULT_RULES, NlpCoder
from accord.news.nlp.roles import predicates
from accord.news.nlp.train import GoldSpec, training_set
from head_cv import SEED, WEAK, fit


def rules_onehot(sentence: str, char: int, date: Any) -> np.ndarray:
    out = np.zeros(len(LABELS), dtype=np.float32)
    for event in nlp_coder._rules_events(sentence, date):
        trig = event.trigger or ""
        start = sentence.find(trig) if trig else -1
        while start >= 0:
            if start <= char < start + len(trig):
                out[LABELS.index(event.event_type)] = 1.0
                return out
            start = sentence.find(trig, start + 1)
    out[LABELS.index(NONE)] = 1.0
    return out


def _types(self: NlpCoder, flat: list[Any]) -> tuple[np.ndarray, list[bool]]:
    if not flat:
        return np.zeros((0, len(self.head.labels))), []
    owns = [nlp_coder._own_prior(c, c.sentence) for c in flat]
    priors = np.vstack(
        [
            nlp_coder.verb_prior_in(c.sent, c.sent.doc[c.pred.verb], c.sentence, own)
            for c, own in zip(flat, owns, strict=True)
        ]
    )
    ruled = np.vstack(
        [
            rules_onehot(c.sentence, c.sent.doc[c.pred.verb].idx - c.sent.start_char, DATE[0])
            for c in flat
        ]
    )
    inner = [not own.any() for own in owns]
    x = np.hstack([features(self.embed([c.text for c in flat]), priors), ruled])
    return self.head.proba(x.astype(np.float32)), inner


DATE: list[Any] = [None]


def gold_onehots(parser: Any) -> np.ndarray:
    rows = []
    for spec in map(GoldSpec.parse, SPECS.values()):
        for record in read_gold(spec.path, spec.split):
            doc = parser(record.text)
            row = None
            for sent in doc.sents:
                for pred in predicates(sent):
                    if pred.main:
                        verb = doc[pred.verb]
                        row = rules_onehot(sent.text, verb.idx - sent.start_char, record.date)
                        break
                if row is not None:
                    break
            if row is None:  # no main predicate: what the rules coder makes of the sentence
                events = code_sentence(record.text, record.date)
                row = np.zeros(len(LABELS), dtype=np.float32)
                row[LABELS.index(events[0].event_type if events else NONE)] = 1.0
            rows.append(row)
    return np.vstack(rows)


def main() -> None:
    import rules_lofo3  # noqa: F401

    rules_lofo.CANDIDATES = {**S.ROUND1, **rules_lofo.CANDIDATES}
    rules_lofo.FILES = FILES
    parser = _CachedParser()
    nlp_coder.spacy_pipeline = lambda: parser  # type: ignore[assignment]
    chosen = _rules_choice()
    gold = {f: read_gold(f) for f in FILES}
    with only(set(rules_lofo.CANDIDATES)):
        data = training_set(list(SPECS.values()), SEED, WEAK, "static")
        onehot = gold_onehots(parser)
    extra = np.zeros((len(data.labels), len(LABELS)), dtype=np.float32)
    gold_idx = np.flatnonzero(data.gold)
    extra[gold_idx] = onehot
    stacked = replace(data, x=np.hstack([data.x, extra]).astype(np.float32))
    names = []
    for name, spec in SPECS.items():
        parsed = GoldSpec.parse(spec)
        names += [name] * len(read_gold(parsed.path, parsed.split))
    names_a = np.asarray(names)
    nlp_coder.NlpCoder._types = _types  # type: ignore[method-assign]
    # evaluate() codes record by record; the record's date reaches _types through DATE
    original = NlpCoder.code_sentence

    def code_sentence_dated(self: NlpCoder, text: str, date: Any = None) -> Any:
        DATE[0] = date
        return original(self, text, date)

    NlpCoder.code_sentence = code_sentence_dated  # type: ignore[method-assign]
    result: dict[str, Any] = {"files": {}}
    for held in FILES:
        keep = [s for s in SPECS if FILE_OF[s] not in (held,)]
        head = fit(stacked, gold_idx[np.isin(names_a, keep)], 8.0, 0.03, 0.3)
        with only(chosen[held]):
            out = {
                "rules": figures(evaluate(gold[held], coder=RulesCoder())),
                "stacked": figures(evaluate(gold[held], coder=NlpCoder(head=head))),
                "stacked+silent": figures(
                    evaluate(
                        gold[held],
                        coder=NlpCoder(
                            head=head, rules=replace(DEFAULT_RULES, rules_when_silent=True)
                        ),
                    )
                ),
            }
        result["files"][held] = out
        print(held, out, file=sys.stderr, flush=True)
    json.dump(result, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
