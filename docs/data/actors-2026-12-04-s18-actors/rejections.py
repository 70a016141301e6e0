"""Why the nlp coder leaves READING records uncoded that the rules coder codes (s18-actors:
the records where the slot gap between the coders lies; READING files only, the CHECK files
heldout-s17 / heldout-s17b left out).

Codes every READING record with the nlp coder, recording for each rules-coder event that the
fallback (``RoleRules.fallback_not_rejected``, :meth:`NlpCoder._rejected`) drops the first
test of ``_rejected`` that drops it (the same tests in the same order, labelled), and for
each record: the gold, both coders' first events and the reasons. Prints, per reason, how many
dropped first events of the rules coder had the gold's type (and all scored slots right) and
how many stood on a gold ``NONE`` record (false alarms avoided).

Run from the worktree root::

    PYTHONPATH=src nice python3 docs/data/actors-2026-12-04-s18-actors/rejections.py OUT.json
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

CHECK = ("heldout-s17", "heldout-s17b")


def reason(self: Any, sent: Any, event: Any, found: Any, proba: Any) -> str | None:
    """:meth:`NlpCoder._rejected` with the test that rejects named (None: kept)."""
    from accord.news.nlp import coder as C

    token = C._trigger_token(sent, event.trigger)
    verb = None if token is None else C.clause_verb(token)
    if verb is None:
        kept = self._kept(event.event_type, event.sources, event.targets)
        return None if kept else "no verb: not kept"
    if C.dropped(verb, self.rules):
        return "clause dropped by a role rule"
    own = [k for k, cand in enumerate(found) if cand.pred.verb == verb.i]
    if any(self._typed(proba[k]) for k in own):
        return "typed by the head, removed by a rule"
    pred = next((p for p in C._sentence_predicates(sent, self.rules) if p.verb == verb.i), None)
    if not own and pred is not None:
        if C._no_act(pred, sent.doc):
            return "no actor agent, no act"
        doc = sent.doc
        if pred.agents and all(doc[i].lower_ in C.PRONOUNS for i in pred.agents):
            return "pronoun subject"
        if pred.agents and not C._named_in_clause(sent, verb, event.sources):
            return "subject names no actor, sources outside the clause"
    kind = event.event_type
    if pred is not None and pred.negated:
        kind = self._negated_kind(event.event_type)
    if kind is None:
        return "negated"
    if kind in C.VIOLENT_TYPES and not self._violent(verb, (event,)):
        return "violent type without violence"
    if not self._kept(event.event_type, event.sources, event.targets):
        return "not kept (self meeting ...)"
    return None


def main() -> None:
    from accord.news.coding import code_sentence
    from accord.news.evaluate import read_gold
    from accord.news.gazetteer import load
    from accord.news.nlp import coder as C
    from accord.news.nlp.rules_cv import dev_sets

    classes = load().org_classes
    nlp = C.NlpCoder()
    seen: list[tuple[str, str]] = []

    def rejected(self: Any, sent: Any, event: Any, found: Any, proba: Any) -> bool:
        why = reason(self, sent, event, found, proba)
        if why is not None:
            seen.append((event.event_type, why))
        return why is not None

    C.NlpCoder._rejected = rejected  # type: ignore[method-assign]

    def fold(actors: Any) -> list[str]:
        return sorted({classes.get(a.code, a.code) for a in actors})

    root = Path.cwd()
    rows = []
    for dev in dev_sets(root, root.parent / "shared"):
        if dev.name in CHECK:
            continue
        for rec in read_gold(dev.path, dev.split):
            seen.clear()
            events = nlp.code_sentence(rec.text, rec.date, rec.home)
            rules = code_sentence(rec.text, rec.date, home=rec.home)
            gs = sorted({classes.get(c, c) for c in rec.sources})
            gt = sorted({classes.get(c, c) for c in rec.targets})
            first = rules[0] if rules else None
            rows.append(
                {
                    "file": dev.name,
                    "id": rec.id,
                    "gold": rec.event,
                    "gold_source": gs,
                    "gold_target": gt,
                    "text": rec.text,
                    "nlp": events[0].event_type if events else None,
                    "rules": None
                    if first is None
                    else [first.event_type, fold(first.sources), fold(first.targets)],
                    "rejected": list(seen),
                }
            )
        print(dev.name, len(rows), file=sys.stderr, flush=True)
    Path(sys.argv[1]).write_text(json.dumps(rows, indent=0) + "\n", encoding="utf-8")
    table: Counter[str] = Counter()
    for r in rows:
        if r["nlp"] is not None or r["rules"] is None or not r["rejected"]:
            continue
        kind, src, tgt = r["rules"]
        why = next((w for k, w in r["rejected"] if k == kind), r["rejected"][0][1])
        if r["gold"] == "NONE":
            table[f"{why} | gold NONE (false alarm avoided)"] += 1
        elif kind != r["gold"]:
            table[f"{why} | other type"] += 1
        else:
            ok = (not r["gold_source"] or src == r["gold_source"]) and (
                not r["gold_target"] or tgt == r["gold_target"]
            )
            table[f"{why} | gold type, actors {'right' if ok else 'wrong'}"] += 1
    for key, n in sorted(table.items()):
        print(f"{n:4d}  {key}")


if __name__ == "__main__":
    main()
