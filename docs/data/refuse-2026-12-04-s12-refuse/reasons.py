"""Which test of the nlp coder's fallback refuses each rules-coder event, and whether that
event was right, on the READING event files (s12-refuse).

For every record of the READING files (``rules_cv.dev_sets`` less the CHECK files
``heldout-s11`` and ``heldout-s11b``), the nlp coder codes the sentence; each time its
fallback asks :meth:`NlpCoder._rejected` about a rules-coder event, the test that refuses it
(the first, in ``_rejected``'s order; ``None``: kept) is logged with the event. Each refused
event is judged against the record's gold: ``right`` (type, source set and target set as the
gold, as ``accord events evaluate --errors`` scores them), ``type right`` (actors wrong),
``wrong type``, ``false alarm`` (gold NONE); and whether the nlp coder left the record
uncoded (then the refusal decided it). Writes JSON. Run from the worktree root (needs the
``[nlp]`` extra)::

    PYTHONPATH=src nice python3 docs/data/refuse-2026-12-04-s12-refuse/reasons.py \
        --out docs/data/refuse-2026-12-04-s12-refuse/reasons.json
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

CHECK = ("heldout-s11", "heldout-s11b")


def reason(coder: Any, sent: Any, event: Any, found: Any, proba: Any) -> str | None:
    """A copy of ``NlpCoder._rejected`` that names the test that refuses (None: kept)."""
    from accord.news.nlp import coder as C
    from accord.news.nlp.roles import clause_verb, dropped, predicates

    token = C._trigger_token(sent, event.trigger)
    verb = None if token is None else clause_verb(token)
    if verb is None:
        kept = coder._kept(event.event_type, event.sources, event.targets)
        return None if kept else "no verb, not kept"
    if dropped(verb, coder.rules):
        return "clause dropped by a role rule"
    own = [k for k, cand in enumerate(found) if cand.pred.verb == verb.i]
    if any(coder._typed(proba[k]) for k in own):
        return "typed then removed"
    pred = next((p for p in predicates(sent, coder.rules) if p.verb == verb.i), None)
    if not own and pred is not None:
        if C._no_act(pred, sent.doc):
            return "no act"
        doc = sent.doc
        if pred.agents and all(doc[i].lower_ in C.PRONOUNS for i in pred.agents):
            return "pronoun subject"
        if pred.agents and not C._named_in_clause(sent, verb, event.sources):
            return "subject names no actor"
    kind = event.event_type
    if pred is not None and pred.negated:
        kind = coder._negated_kind(event.event_type)
    if kind is None:
        return "negated"
    if kind in C.VIOLENT_TYPES and not coder._violent(verb, (event,)):
        return "violent type without violence"
    if not coder._kept(event.event_type, event.sources, event.targets):
        return "not kept"
    return None


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    root = Path.cwd()
    from accord.news.evaluate import fold, read_gold
    from accord.news.gazetteer import load
    from accord.news.nlp.coder import NlpCoder
    from accord.news.nlp.rules_cv import dev_sets

    log: list[tuple[str, Any, str | None]] = []

    class Logged(NlpCoder):
        def _rejected(self, sent: Any, event: Any, found: Any, proba: Any) -> bool:
            why = reason(self, sent, event, found, proba)
            out = super()._rejected(sent, event, found, proba)
            assert out == (why is not None), (sent.text, why, out)
            log.append((sent.text, event, why))
            return out

    coder = Logged()
    classes = load().org_classes
    rows: list[dict[str, Any]] = []
    for dev in dev_sets(root, root.parent / "shared"):
        if dev.name in CHECK:
            continue
        for rec in read_gold(dev.path, dev.split):
            log.clear()
            events = coder.code_sentence(rec.text, rec.date)
            gold_s = frozenset(classes.get(c, c) for c in rec.sources)
            gold_t = frozenset(classes.get(c, c) for c in rec.targets)
            for text, event, why in log:
                if why is None:
                    continue
                if rec.event == "NONE":
                    verdict = "false alarm"
                elif event.event_type != rec.event:
                    verdict = "wrong type"
                elif (gold_s and fold(event.sources) != gold_s) or (
                    gold_t and fold(event.targets) != gold_t
                ):
                    verdict = "type right"
                else:
                    verdict = "right"
                rows.append(
                    {
                        "set": dev.name,
                        "id": rec.id,
                        "reason": why,
                        "verdict": verdict,
                        "uncoded": not events,
                        "gold": [rec.event, sorted(gold_s), sorted(gold_t)],
                        "rules": [
                            event.event_type,
                            sorted(fold(event.sources)),
                            sorted(fold(event.targets)),
                        ],
                        "trigger": event.trigger,
                        "sentence": text,
                    }
                )
        print(dev.name, len(rows), flush=True)
    table: Counter[tuple[str, str]] = Counter()
    for r in rows:
        if r["uncoded"]:
            table[(r["reason"], r["verdict"])] += 1
    summary = {f"{a} | {b}": n for (a, b), n in sorted(table.items())}
    print(json.dumps(summary, indent=1))
    Path(args.out).write_text(
        json.dumps({"uncoded_records": summary, "refused": rows}, indent=1) + "\n"
    )


if __name__ == "__main__":
    main()
