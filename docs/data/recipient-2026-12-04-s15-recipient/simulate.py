"""Record-level simulations of s15-recipient (first events, in sample, READING files only).

Codes every record of the 23 READING files (``rules_cv.dev_sets`` less the CHECK files
heldout-s14 / heldout-s14b, never opened here) with the nlp coder twice, ``base`` (the code
under ``PYTHONPATH``) and ``var`` (one change), and writes per record the gold and both first
events (type, folded source codes, folded target codes). Modes:

* ``switch NAME``: the ``DEFAULT_RULES`` switch NAME flipped (used: ``rules_targets_same_type``);
* ``preps P+Q``: the prepositions P, Q added to ``roles.RECIPIENT_PREPS`` (C1's simulation:
  ``among``, ``between``, ``across``, ``among+between+across``);
* ``object-recipient``: the fallback reads the rules coder with ``object_recipient`` on;
  ``object-recipient-named``: the same, and the fallback's "sources named in the clause" test
  passes an unnamed source;
* ``domestic``: C2 as first simulated (a kept fallback event with no recipient and sources of
  one state takes the targets of the ``object_recipient`` reading's event of the same type
  and trigger; the committed C2 also takes that reading's unnamed source, same codes).

Run from the worktree root, on the branch point's code (``/tmp/s15-recipient-base/src``)::

    PYTHONPATH=/tmp/s15-recipient-base/src nice python3 \
        docs/data/recipient-2026-12-04-s15-recipient/simulate.py OUT.json MODE [ARG]
    python3 docs/data/recipient-2026-12-04-s15-recipient/compare.py OUT.json
"""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path
from typing import Any

CHECK = ("heldout-s14", "heldout-s14b")


def main() -> None:
    from accord.news.coding import code_tokens
    from accord.news.evaluate import read_gold
    from accord.news.gazetteer import load
    from accord.news.nlp import coder as C
    from accord.news.nlp import roles as R
    from accord.news.nlp.rules_cv import dev_sets

    out_path, mode = sys.argv[1], sys.argv[2]
    arg = sys.argv[3] if len(sys.argv) > 3 else ""
    classes = load().org_classes
    base_coder = C.NlpCoder()
    var_coder = base_coder
    if mode == "switch":
        rules = dataclasses.replace(C.DEFAULT_RULES, **{arg: not getattr(C.DEFAULT_RULES, arg)})
        var_coder = C.NlpCoder(rules=rules)
    real_events = C.NlpCoder._sentence_events
    real_named = C._named_in_clause
    real_preps = R.RECIPIENT_PREPS

    def with_object_recipient(
        self: Any, text: str, date: Any, doc_id: Any, offset: int, previous: Any, home: Any, *_: Any
    ) -> Any:
        tokens = list(C.sentence_tokens(text))
        if not tokens:
            return []
        mentions = list(C.sentence_mentions(text, date, home))
        return code_tokens(
            text, tokens, mentions, date, doc_id, offset, previous, object_recipient=True
        )

    def named(sent: Any, verb: Any, actors: Any) -> bool:
        return bool(actors and all(not a.text for a in actors)) or real_named(sent, verb, actors)

    def domestic(
        self: Any, text: str, date: Any, doc_id: Any, offset: int, previous: Any, home: Any, *_: Any
    ) -> Any:
        events = real_events(self, text, date, doc_id, offset, previous, home)
        if all(e.targets for e in events):
            return events
        other = with_object_recipient(self, text, date, doc_id, offset, previous, home)
        out = []
        for e in events:
            states = {a.code for a in e.sources}
            if not e.targets and len(states) == 1:
                m = next(
                    (
                        o
                        for o in other
                        if o.trigger == e.trigger
                        and o.event_type == e.event_type
                        and o.targets
                        and states & {a.code for a in o.sources}
                    ),
                    None,
                )
                if m is not None:
                    e = dataclasses.replace(e, targets=m.targets)
            out.append(e)
        return out

    def patch(on: bool) -> None:
        C.NlpCoder._sentence_events = real_events  # type: ignore[method-assign]
        C._named_in_clause = real_named
        R.RECIPIENT_PREPS = real_preps
        if not on:
            return
        if mode == "preps":
            R.RECIPIENT_PREPS = real_preps | frozenset(arg.split("+"))
        elif mode.startswith("object-recipient"):
            C.NlpCoder._sentence_events = with_object_recipient  # type: ignore[method-assign]
            if mode.endswith("named"):
                C._named_in_clause = named
        elif mode == "domestic":
            C.NlpCoder._sentence_events = domestic  # type: ignore[method-assign]

    def fold(actors: Any) -> list[str]:
        return sorted({classes.get(a.code, a.code) for a in actors})

    root = Path.cwd()
    rows = []
    for dev in dev_sets(root, root.parent / "shared"):
        if dev.name in CHECK:
            continue
        for rec in read_gold(dev.path, dev.split):
            row: dict[str, Any] = {
                "file": dev.name,
                "id": rec.id,
                "gold": rec.event,
                "gs": sorted(classes.get(c, c) for c in rec.sources),
                "gt": sorted(classes.get(c, c) for c in rec.targets),
                "text": rec.text,
            }
            for key, coder in (("base", base_coder), ("var", var_coder)):
                patch(key == "var")
                events = coder.code_sentence(rec.text, rec.date, rec.home)
                patch(False)
                e = events[0] if events else None
                row[key] = None if e is None else [e.event_type, fold(e.sources), fold(e.targets)]
            rows.append(row)
        print(dev.name, file=sys.stderr, flush=True)
    Path(out_path).write_text(json.dumps(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
