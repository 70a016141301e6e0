"""Snapshot of the nlp type head's dictionary prior (issue 14, session 9, s9-head; candidate B).

The head's input is the clause embedding and the dictionary prior, a one-hot of the PLOVER type
that the rules coder's CAMEO lexicon and patterns give a verb (``classifier.pattern_prior``,
through ``coding.find_triggers``), read at the main verb of every gold sentence and at the verb
of every weak CAMEO phrase; the weak phrases themselves are drawn from the lexicon's patterns
(``classifier.weak_examples``). So every change to the rules coder's triggers changes the head.
This script writes what the head reads, computed by whatever ``accord`` is on the path:

    python prior_snapshot.py texts texts.json            # today's code: every development text
    PYTHONPATH=OLD/src python prior_snapshot.py priors texts.json snapshot.json

``texts`` lists every gold record's text and each of its sentences as the parser splits them
(the prior is read on the sentence); ``priors`` records, for every text, the prior of each of its gazetteer tokens whose prior is
not empty (``[start, end, label index]``; ``pattern_prior`` is constant over a token and empty
between tokens, so the lookup is exact) and every weak pool (all phrases of each label, in the
order ``weak_examples`` samples them from), with the prior of each weak phrase's verb. OLD is
the ``src/`` of 1c26e3e, the commit that built the session-5 to session-7 head 417a05db3936
(``git archive 1c26e3e src | tar -x -C OLD``; its own command rebuilds that digest there).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def texts(out: str) -> None:
    from accord.news.evaluate import read_gold
    from accord.news.nlp.models import spacy_pipeline
    from accord.news.nlp.rules_cv import dev_sets

    got: list[str] = []
    for dev in dev_sets(Path("."), Path("../shared")):
        for record in read_gold(dev.path, dev.split):
            # the prior is read on the parser's sentence (``train.main_clause``)
            got += [record.text, *(s.text for s in spacy_pipeline()(record.text).sents)]
    Path(out).write_text(json.dumps(sorted(set(got)), indent=0) + "\n", encoding="utf-8")


def priors(texts_file: str, out: str) -> None:
    from accord.news.nlp.classifier import (
        LABELS,
        WEAK_SUBJECT,
        pattern_prior,
        sentence_tokens,
        weak_examples,
    )

    def spans(text: str) -> list[list[int]]:
        got = []
        for tok in sentence_tokens(text):
            values = pattern_prior(text, tok.start)
            if values.any():
                got.append([tok.start, tok.end, int(values.argmax())])
        return got

    all_texts = json.loads(Path(texts_file).read_text(encoding="utf-8"))
    pools: dict[str, list[list[str]]] = {label: [] for label in LABELS}
    for text, verb, label in weak_examples(10**9, 0):  # every phrase, in pool order
        pools[label].append([text, verb])
    weak_texts = [t for pool in pools.values() for t, _ in pool]
    assert all(len(WEAK_SUBJECT) + 1 < len(t) for t in weak_texts)
    snapshot = {
        "labels": list(LABELS),
        "priors": {t: spans(t) for t in sorted(set(all_texts) | set(weak_texts))},
        "weak_pools": pools,
    }
    Path(out).write_text(json.dumps(snapshot, sort_keys=True) + "\n", encoding="utf-8")


if __name__ == "__main__":
    if sys.argv[1] == "texts":
        texts(sys.argv[2])
    else:
        priors(sys.argv[2], sys.argv[3])
