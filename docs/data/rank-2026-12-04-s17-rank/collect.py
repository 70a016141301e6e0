"""Both coders' candidate events on every READING record (session 17, s17-rank, step 1).

For each record of the READING sets (:func:`accord.news.event_confidence.reading_sets`: the
development sets less session 16's CHECK files; session 17's CHECK files heldout-s15 and
heldout-s15b are the same two and are never coded here), every event of the nlp coder and of
the rules coder with its raw confidence, the calibration's input row
(:func:`accord.news.event_confidence.feature_rows`), whether its type is the gold event and
whether its type and actors are, and two facts of the parse for a choice model (whether the
trigger's clause verb is the sentence's root, and whether the trigger was found in the parse).
No record text is written: the output holds ids, files, labels and numbers only.

Run from the worktree root (about 5 minutes of CPU)::

    nice python3 docs/data/rank-2026-12-04-s17-rank/collect.py --out /tmp/s17-rank/candidates.json
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", required=True)
    parser.add_argument("--shared", default="../shared")
    args = parser.parse_args()
    sys.path.insert(0, str(Path.cwd() / "src"))
    from accord.news.coding import code_sentence
    from accord.news.evaluate import fold, read_gold
    from accord.news.event_confidence import feature_rows, reading_sets
    from accord.news.gazetteer import load
    from accord.news.nlp.coder import NlpCoder, _trigger_token
    from accord.news.nlp.models import spacy_pipeline
    from accord.news.nlp.roles import clause_verb

    nlp = NlpCoder()
    classes = load().org_classes
    parse = spacy_pipeline()
    out: list[dict[str, Any]] = []
    for dev in reading_sets(Path.cwd(), Path(args.shared)):
        for record in read_gold(dev.path, dev.split):
            gold_s = sorted(classes.get(c, c) for c in record.sources)
            gold_t = sorted(classes.get(c, c) for c in record.targets)
            doc = parse(record.text)
            sents = list(doc.sents)
            coded = {
                "nlp": (
                    nlp.raw_sentence(record.text, record.date, record.home),
                    nlp.agreement(record.date, record.home),
                ),
                "rules": (code_sentence(record.text, record.date, home=record.home), None),
            }
            row: dict[str, Any] = {
                "file": dev.name,
                "id": record.id,
                "gold": record.event,
                "gold_s": gold_s,
                "gold_t": gold_t,
            }
            for name, (events, agree) in coded.items():
                rows = feature_rows(events, agree)
                items = []
                for event, x in zip(events, rows, strict=True):
                    src, tgt = sorted(fold(event.sources)), sorted(fold(event.targets))
                    sent = next(
                        (s for s in sents if event.sentence and event.sentence in s.text),
                        sents[0] if sents else None,
                    )
                    tok = _trigger_token(sent, event.trigger) if sent is not None else None
                    verb = clause_verb(tok) if tok is not None else None
                    root = verb is not None and verb.i == sent.root.i
                    items.append(
                        {
                            "type": event.event_type,
                            "s": src,
                            "t": tgt,
                            "mode": event.mode,
                            "x": x,
                            "found": tok is not None,
                            "root": bool(root),
                            "right": event.event_type == record.event,
                            "full": event.event_type == record.event
                            and (not gold_s or src == gold_s)
                            and (not gold_t or tgt == gold_t),
                            "sent": sents.index(sent) if sent is not None else 0,
                        }
                    )
                row[name] = items
            out.append(row)
        print(dev.name, len(out), flush=True)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
