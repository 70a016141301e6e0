"""Why the nlp coder has no event where the rules coder has one (s14-nlpactors).

For each READING record where the nlp coder's output is empty and the rules coder's (inside
the nlp coder: ``object_recipient`` off) is not, every test that refuses each of the rules
coder's events of the sentence: a conditional (``fallback_not_conditional``) and the steps
of :meth:`NlpCoder._rejected` (the same tests, in the same order, named; ``why``: the
first). Writes JSON rows: record, gold, the refused events with their reasons.

    PYTHONPATH=src nice python3 docs/data/actors-2026-12-04-s14-nlpactors/refusals.py OUT.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

CHECK = ("heldout-s13", "heldout-s13b")


def reasons(coder: Any, C: Any, sent: Any, event: Any, found: Any, proba: Any) -> list[str]:
    """Every test of ``fallback_not_conditional`` and ``_rejected`` that refuses ``event``, in
    ``_rejected``'s order (the first one is the one that refuses it today; the others would
    still refuse it if the first were lifted)."""
    out: list[str] = []
    if C._conditional(sent, event.trigger):
        out.append("conditional")
    token = C._trigger_token(sent, event.trigger)
    verb = None if token is None else C.clause_verb(token)
    if verb is None:
        if not coder._kept(event.event_type, event.sources, event.targets):
            out.append("self meeting")
        return out
    if C.dropped(verb, coder.rules):
        out.append("clause dropped by a role rule")
    own = [k for k, cand in enumerate(found) if cand.pred.verb == verb.i]
    if any(coder._typed(proba[k]) for k in own):
        out.append("typed, then removed in _event")
    pred = next((p for p in C._sentence_predicates(sent, coder.rules) if p.verb == verb.i), None)
    if not own and pred is not None:
        if C._no_act(pred, sent.doc):
            out.append("no act (no named agent)")
        doc = sent.doc
        if pred.agents and all(doc[i].lower_ in C.PRONOUNS for i in pred.agents):
            out.append("pronoun subject")
        if pred.agents and not C._named_in_clause(sent, verb, event.sources):
            out.append("subject names no actor; sources named outside the clause")
    kind = event.event_type
    if pred is not None and pred.negated:
        kind = coder._negated_kind(event.event_type)
    if kind is None:
        out.append("negated")
    elif kind in C.VIOLENT_TYPES and not coder._violent(verb, (event,)):
        out.append("violent type, no violent act")
    if not coder._kept(event.event_type, event.sources, event.targets):
        out.append("self meeting")
    return out


def main() -> None:
    from accord.news.evaluate import read_gold
    from accord.news.gazetteer import load
    from accord.news.nlp import coder as C
    from accord.news.nlp.rules_cv import dev_sets

    classes = load().org_classes
    nlp = C.NlpCoder()
    log: list[dict[str, Any]] = []
    real = C.NlpCoder._fallback

    def fallback(self: Any, sent: Any, events: Any, found: Any, proba: Any) -> Any:
        out = real(self, sent, events, found, proba)
        for e in events:
            log.append(
                {
                    "type": e.event_type,
                    "source": sorted({classes.get(a.code, a.code) for a in e.sources}),
                    "target": sorted({classes.get(a.code, a.code) for a in e.targets}),
                    "trigger": e.trigger,
                    "why_all": reasons(self, C, sent, e, found, proba),
                    "kept": e in out,
                    "why": (reasons(self, C, sent, e, found, proba) or ["kept"])[0],
                    "candidates": len(found),
                }
            )
        return out

    C.NlpCoder._fallback = fallback  # type: ignore[method-assign]
    root = Path.cwd()
    rows = []
    for dev in dev_sets(root, root.parent / "shared"):
        if dev.name in CHECK:
            continue
        for rec in read_gold(dev.path, dev.split):
            log.clear()
            events = nlp.code_sentence(rec.text, rec.date, rec.home)
            if events or not log:
                continue
            rows.append(
                {
                    "file": dev.name,
                    "id": rec.id,
                    "gold": rec.event,
                    "gold_source": sorted(classes.get(c, c) for c in rec.sources),
                    "gold_target": sorted(classes.get(c, c) for c in rec.targets),
                    "refused": list(log),
                    "text": rec.text,
                }
            )
    Path(sys.argv[1]).write_text(json.dumps(rows, indent=0) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
