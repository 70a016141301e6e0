"""Every event the nlp coder gives each round-3 READING record, with its trigger's clause facts.

Session 13 round 3 (s13-nlpmain), from s13-nlpevents' listing.py: CHECK files are the
session-13 sets; each event also gets its trigger's tag, VerbForm, own subject and side
of the root. For each READING event file (``rules_cv.dev_sets`` less the
CHECK files) and each gold record: the gold type and actors, and the nlp coder's events in
order (type, trigger, sources, targets) with, for the trigger's first token in the spaCy
parse, its dependency label and its depth below the sentence's root. ``evaluate`` scores the
first event only. Run from the worktree root::

    PYTHONPATH=src nice python3 docs/data/nlpevents-2026-12-04-s13-nlpevents/listing.py OUT.json \
        [SWITCH=on|off ...]

(the optional arguments turn :class:`accord.news.nlp.roles.RoleRules` switches on or off
against the coder's defaults, to list a candidate's events beside today's; ``threshold=T``
sets the type head's threshold instead of the shipped head's).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

CHECK = ("heldout-s13", "heldout-s13b")


def depth(token: Any) -> int:
    n = 0
    while token.head.i != token.i:
        token = token.head
        n += 1
    return n


def trigger_facts(parsed: Any, event: Any) -> dict[str, Any]:
    words = (event.trigger or "").lower().split()
    for token in parsed:
        if words and token.lower_ == words[0]:
            return {
                "dep": token.dep_,
                "depth": depth(token),
                "pos": token.pos_,
                "i": token.i,
                "tag": token.tag_,
                "verbform": ",".join(token.morph.get("VerbForm")),
                "subject": any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children),
                "after_root": token.i > token.sent.root.i,
                "head_dep": token.head.dep_,
            }
    return {"dep": None, "depth": None, "pos": None, "i": None, "tag": None}


def main() -> None:
    root = Path.cwd()
    from dataclasses import replace

    from accord.news.evaluate import read_gold
    from accord.news.nlp.classifier import default_head
    from accord.news.nlp.coder import DEFAULT_RULES, NlpCoder
    from accord.news.nlp.models import spacy_pipeline
    from accord.news.nlp.rules_cv import dev_sets

    switches = dict(a.split("=") for a in sys.argv[2:])
    head = default_head()
    if "threshold" in switches:
        head = replace(head, threshold=float(switches.pop("threshold")))
    rules = replace(DEFAULT_RULES, **{k: v == "on" for k, v in switches.items()})
    coder = NlpCoder(head=head, rules=rules)
    out: dict[str, list[dict[str, Any]]] = {}
    for dev in dev_sets(root, root.parent / "shared"):
        if dev.name in CHECK:
            continue
        rows = []
        for record in read_gold(dev.path, dev.split):
            events = coder.code_sentence(record.text, record.date, record.home)
            parsed = spacy_pipeline()(record.text)
            rows.append(
                {
                    "id": record.id,
                    "gold": record.event,
                    "gold_source": sorted(record.sources),
                    "gold_target": sorted(record.targets),
                    "text": record.text,
                    "events": [
                        {
                            "type": e.event_type,
                            "trigger": e.trigger,
                            "sources": [a.code for a in e.sources],
                            "targets": [a.code for a in e.targets],
                            "confidence": e.confidence,
                            **trigger_facts(parsed, e),
                        }
                        for e in events
                    ],
                }
            )
        out[dev.name] = rows
        print(dev.name, len(rows), file=sys.stderr, flush=True)
    Path(sys.argv[1]).write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
