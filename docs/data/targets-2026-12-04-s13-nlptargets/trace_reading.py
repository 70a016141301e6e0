"""Task 1 of s13-nlptargets: every gold event record of the 19 READING files coded by both
coders (shipped head, in sample: a diagnosis, not a measurement), with the nlp coder's first
event traced back to its candidate (the parse's recipients, what the same-actor filter keeps,
the rules coder's targets it borrows) and the rules coder's first event beside it.

The CHECK files of session 13 (``news-heldout-s12.json``, ``news-heldout-s12b.json``) are
never read. Run from the worktree root::

    PYTHONPATH=src nice python3 \
        docs/data/targets-2026-12-04-s13-nlptargets/trace_reading.py \
        > docs/data/targets-2026-12-04-s13-nlptargets/trace-reading.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

CHECK = frozenset({"heldout-s12", "heldout-s12b"})


def _codes(actors: Any) -> list[str]:
    from accord.news.evaluate import fold

    return sorted(fold(actors))


def _ev(e: Any) -> dict[str, Any]:
    return {
        "type": e.event_type,
        "sources": [f"{a.code}/{a.role}/{a.text}" for a in e.sources],
        "targets": [f"{a.code}/{a.role}/{a.text}" for a in e.targets],
        "source_codes": _codes(e.sources),
        "target_codes": _codes(e.targets),
        "trigger": e.trigger,
    }


def main() -> None:
    root = Path.cwd()
    import accord.news.nlp.coder as nc
    from accord.news.coders import RulesCoder
    from accord.news.evaluate import read_gold
    from accord.news.gazetteer import load
    from accord.news.nlp.rules_cv import dev_sets

    classes = load().org_classes
    seen: list[tuple[Any, Any, Any]] = []
    original = nc.NlpCoder._event

    def traced(self: Any, cand: Any, p: Any, date: Any, doc_id: Any, inner: bool = False) -> Any:
        event = original(self, cand, p, date, doc_id, inner)
        if event is not None:
            seen.append((cand, event, date))
        return event

    nc.NlpCoder._event = traced  # type: ignore[method-assign]
    nlp = nc.NlpCoder()
    rules = RulesCoder()
    out: list[dict[str, Any]] = []
    for dev in dev_sets(root, root.parent / "shared"):
        if dev.name in CHECK:
            continue
        for rec in read_gold(dev.path, dev.split):
            seen.clear()
            got = nlp.code_sentence(rec.text, rec.date, rec.home)
            r = rules.code_sentence(rec.text, rec.date, rec.home)
            row: dict[str, Any] = {
                "file": dev.name,
                "id": rec.id,
                "text": rec.text,
                "gold": rec.event,
                "gold_source": sorted(classes.get(c, c) for c in rec.sources),
                "gold_target": sorted(classes.get(c, c) for c in rec.targets),
                "nlp": [_ev(e) for e in got],
                "rules": [_ev(e) for e in r],
            }
            if got:
                first = got[0]
                match = [(c, d) for c, e, d in seen if e is first]
                row["origin"] = "own" if match else "fallback"
                if match:
                    cand, date = match[0]
                    doc = cand.sent.doc
                    pred = cand.pred
                    row["trace"] = {
                        "parse_sources": _codes(cand.sources),
                        "parse_targets": _codes(cand.targets),
                        "parse_target_text": [a.text for a in cand.targets],
                        "borrowed_same_type": _codes(
                            nlp._borrowed(cand, date, [], first.event_type)
                        ),
                        "borrowed_any": _codes(nlp._borrowed(cand, date, [])),
                        "passive": pred.passive,
                        "reported": bool(pred.speakers),
                        "main": pred.main,
                        "verb": doc[pred.verb].text,
                        "agents": [doc[i].text for i in pred.agents],
                        "recipients": [doc[i].text for i in pred.recipients],
                        "mentions": [
                            f"{m.actor.code}/{m.actor.role}/{m.actor.text}" for m in cand.mentions
                        ],
                    }
            out.append(row)
        print(dev.name, file=sys.stderr, flush=True)
    json.dump(out, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
