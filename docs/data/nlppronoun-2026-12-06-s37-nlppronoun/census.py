"""Census of s37-nlppronoun: the READING records where the nlp coder emits nothing, the gold
has an event and the rules coder gives the gold's type (the lead's start run), each traced
through the nlp coder of the code under ``PYTHONPATH`` (the start code: /tmp/s37-start/src).

For each record: the gold, the rules coder's first event, the record's home country, whether
the clause's subject is a pronoun opening the sentence, the nlp coder's own candidates
(predicates with a source) and, for each rules-coder event the fallback drops, the first test
of :meth:`NlpCoder._rejected` that drops it (its tests in its order, labelled). A gold record
is one sentence: the harness (``accord events evaluate``) calls ``code_sentence`` with the
record's text, date and home, so no previous sentence is given to either coder.

Run from the worktree root::

    PYTHONPATH=/tmp/s37-start/src nice python3 \
        docs/data/nlppronoun-2026-12-06-s37-nlppronoun/census.py \
        /tmp/reading-s37-start.json OUT.json > OUT.txt
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

CHECK = (
    "heldout-s35",
    "heldout-s35b",
    "heldout-s35c",
    "heldout-s36",
    "heldout-s36b",
    "heldout-s36c",
)
OPENS = re.compile(r"^(?:[^,]{0,40},\s*)?(he|she|they|it)\b", re.IGNORECASE)


def reason(
    self: Any, sent: Any, event: Any, found: Any, proba: Any, date: Any, antecedent: Any = ()
) -> str | None:
    """:meth:`NlpCoder._rejected` with the test that rejects named (the start code's tests; with
    the candidate's code, its :func:`_pronoun_refused` for the pronoun test)."""
    from accord.news.nlp import coder as C

    token = C._trigger_token(sent, event.trigger)
    verb = None if token is None else C.clause_verb(token)
    if verb is None:
        kept = self._kept(event.event_type, event.sources, event.targets)
        return None if kept else "no verb: not kept"
    if C.dropped(verb, self.rules):
        return "clause dropped by a role rule"
    own = [k for k, cand in enumerate(found) if cand.pred.verb == verb.i]
    if any(self._typed(proba[k]) and not self._stated(found[k], proba[k], date) for k in own):
        return "typed by the head, removed by a rule"
    pred = next((p for p in C._sentence_predicates(sent, self.rules) if p.verb == verb.i), None)
    if not own and pred is not None:
        riot = C._riot_stated(pred, sent.doc, event)
        if C._no_act(pred, sent.doc) and not riot:
            return "no actor agent, no act"
        doc = sent.doc
        refused = getattr(C, "_pronoun_refused", None)
        if refused is not None:
            if refused(pred, doc, antecedent, self.rules):
                return "pronoun subject"
        elif pred.agents and all(doc[i].lower_ in C.PRONOUNS for i in pred.agents):
            return "pronoun subject"
        if pred.agents and not riot and not C._named_in_clause(sent, verb, event.sources):
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
    from accord.news.evaluate import read_gold
    from accord.news.nlp import coder as C
    from accord.news.nlp.rules_cv import dev_sets

    start = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    wanted: dict[str, dict[str, Any]] = {}
    for name, figures in start["nlp"].items():
        if name in CHECK:
            continue
        rules = {e["id"]: e for e in start["rules"][name]["errors"]}
        for e in figures["errors"]:
            r = rules.get(e["id"])
            if e["got"] == "NONE" and e["gold"] != "NONE" and (r is None or r["got"] == e["gold"]):
                wanted[e["id"]] = {"file": name, "nlp_error": e, "rules_error": r}
    nlp = C.NlpCoder()
    seen: list[tuple[str, str]] = []
    cands: list[int] = []

    def rejected(
        self: Any,
        sent: Any,
        event: Any,
        found: Any,
        proba: Any,
        date: Any = None,
        antecedent: Any = (),
    ) -> bool:
        why = reason(self, sent, event, found, proba, date, antecedent)
        if why is not None:
            seen.append((event.event_type, why))
        return why is not None

    original = C.NlpCoder._candidates

    def candidates(self: Any, *args: Any, **kwargs: Any) -> Any:
        out = original(self, *args, **kwargs)
        cands.append(len(out))
        return out

    C.NlpCoder._rejected = rejected  # type: ignore[method-assign]
    C.NlpCoder._candidates = candidates  # type: ignore[method-assign]
    root = Path.cwd()
    rows = []
    for dev in dev_sets(root, root.parent / "shared"):
        if dev.name in CHECK:
            continue
        for rec in read_gold(dev.path, dev.split):
            if rec.id not in wanted:
                continue
            seen.clear()
            cands.clear()
            events = nlp.code_sentence(rec.text, rec.date, rec.home)
            r = wanted[rec.id]["rules_error"]
            e = wanted[rec.id]["nlp_error"]
            rows.append(
                {
                    "file": dev.name,
                    "id": rec.id,
                    "gold": rec.event,
                    "gold_source": e["gold_source"],
                    "gold_target": e["gold_target"],
                    "rules": [e["gold"], "as gold"]
                    if r is None
                    else [r["got"], r["source"], r["target"]],
                    "home": rec.home,
                    "opens_with_pronoun": bool(OPENS.match(rec.text)),
                    "nlp_candidates": sum(cands),
                    "nlp_now": events[0].event_type if events else None,
                    "rejected": list(seen),
                    "text": rec.text,
                }
            )
    Path(sys.argv[2]).write_text(json.dumps(rows, indent=0) + "\n", encoding="utf-8")
    table: Counter[str] = Counter()
    for row in rows:
        why = (
            row["rejected"][0][1]
            if row["rejected"]
            else (
                "no rules event reached the fallback" if row["nlp_candidates"] else "no candidate"
            )
        )
        if row["nlp_candidates"] and not row["rejected"]:
            why = "candidates, head abstained or removed"
        table[f"{'pronoun opens' if row['opens_with_pronoun'] else 'other'} | {why}"] += 1
        print(
            f"{row['file']}\t{row['id']}\t{row['gold']}\tgold {row['gold_source']}"
            f"->{row['gold_target']}\trules {row['rules']}\thome {row['home']}\t"
            f"cands {row['nlp_candidates']}\t{why}\t{row['text'][:120]}"
        )
    print(f"records: {len(rows)}")
    for key, n in sorted(table.items()):
        print(f"{n:4d}  {key}")


if __name__ == "__main__":
    main()
