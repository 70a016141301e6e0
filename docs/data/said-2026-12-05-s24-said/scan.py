"""Every READING record whose sentence has a reported clause (a predicate with a speaker, on the
nlp coder's parse) whose agent is a noun with a possessive pronoun ("its jets", "his country")
and whose agent phrase names no actor of the gazetteer, with whether each coder's first event
was right in the start run (s24-said's scan; the CHECK files are refused by name).

Run from the worktree root with ``PYTHONPATH=src``:
``python3 scan.py /tmp/reading-s24-start.json OUT.json``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from accord.news.evaluate import read_gold
from accord.news.nlp.coder import (
    DEFAULT_RULES,
    _actors,
    _mention_spans,
    _parse,
    sentence_mentions,
    sentence_tokens,
)
from accord.news.nlp.roles import predicates
from accord.news.nlp.rules_cv import dev_sets

CHECK = {f"heldout-s2{n}{x}" for n in (2, 3) for x in ("", "b", "c")}
POSSESSIVE = frozenset({"its", "their", "our", "his", "her", "my"})


def main() -> None:
    start = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    wrong = {
        c: {(n, e["id"]) for n, f in sets.items() for e in f["errors"]} for c, sets in start.items()
    }
    root = Path.cwd()
    out = []
    for dev in dev_sets(root, root.parent / "shared"):
        if dev.name in CHECK or dev.name not in start["nlp"]:
            continue
        for record in read_gold(dev.path, dev.split):
            low = record.text.lower()
            if not any(f"{p} " in low for p in POSSESSIVE):
                continue
            doc = _parse(record.text)
            for sent in doc.sents:
                text = sent.text
                tokens = list(sentence_tokens(text))
                mentions = list(sentence_mentions(text, record.date, record.home))
                spans = _mention_spans(sent, mentions, tokens)
                for pred in predicates(sent, DEFAULT_RULES):
                    if not pred.speakers or pred.first_person:
                        continue
                    for i in pred.agents:
                        poss = [c for c in doc[i].children if c.dep_ == "poss"]
                        if not poss or poss[0].lower_ not in POSSESSIVE:
                            continue
                        if _actors((i,), sent, mentions, spans, DEFAULT_RULES):
                            continue
                        speakers = _actors(pred.speakers, sent, mentions, spans, DEFAULT_RULES)
                        out.append(
                            {
                                "set": dev.name,
                                "id": record.id,
                                "head": f"{poss[0].lower_} {doc[i].lemma_.lower()}",
                                "verb": doc[pred.verb].text,
                                "speakers": [a.code for a in speakers],
                                "gold": f"{record.event} {sorted(record.sources)}"
                                f"->{sorted(record.targets)}",
                                "rules_right": (dev.name, record.id) not in wrong["rules"],
                                "nlp_right": (dev.name, record.id) not in wrong["nlp"],
                                "text": record.text[:240],
                            }
                        )
    Path(sys.argv[2]).write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    for row in out:
        print(
            row["set"],
            row["id"],
            row["head"],
            row["verb"],
            row["speakers"],
            row["gold"],
            "rules",
            row["rules_right"],
            "nlp",
            row["nlp_right"],
        )


if __name__ == "__main__":
    main()
