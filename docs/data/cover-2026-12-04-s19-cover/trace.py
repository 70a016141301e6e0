"""Why the nlp coder leaves a READING gold event uncoded, and where its false alarms come
from (s19-cover, step 1; no code change: run it at the start code).

For each record of ``rules_cv.dev_sets`` less session 19's CHECK files (heldout-s18 /
heldout-s18b, never opened here), codes the text with the nlp coder (default rules) and the
rules coder (as ``accord events evaluate`` does) and, on every sentence where the nlp coder
emits nothing, records why, with the coder's own stages:

* ``no candidate``: no predicate with a named (or antecedent, or place) agent; with the role
  rules that drop a clause found in the sentence (``roles.dropped``, one switch at a time);
* ``head abstained``: candidates, none typed by the head;
* ``typed, removed``: a typed candidate whose event ``_event`` removed (a violent type with
  no violent word, a negated act, an actor meeting itself);
* then the rules fallback: each rules event of the sentence and what dropped it
  (``_conditional`` or a named step of ``_rejected``), or none (the rules coder is silent);
* the score the bundled choice model gives the fallback's best event (``learned_gate``'s).

For a coded record it keeps the first event's origin (the coder's own candidate, the
fallback, or a rules event put in front by ``learned_first``) and whether that rules event's
source and target are the same actor by the coder's own test (``_same``; candidate B).

Run from the worktree root::

    PYTHONPATH=src nice python3 docs/data/cover-2026-12-04-s19-cover/trace.py OUT.json
"""

from __future__ import annotations

import json
import runpy
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

CHECK = ("heldout-s18", "heldout-s18b")
S18_REJECTIONS = Path(__file__).parents[1] / "actors-2026-12-04-s18-actors" / "rejections.py"
S18_REASON: Any = None  # its ``reason``: ``NlpCoder._rejected`` with the test named (main)


REASONS = {
    "no verb: not kept": "kept",
    "typed by the head, removed by a rule": "typed_then_removed",
    "no actor agent, no act": "no_act",
    "pronoun subject": "pronoun_subject",
    "subject names no actor, sources outside the clause": "subject_not_named",
    "negated": "negated",
    "violent type without violence": "violent_no_word",
    "not kept (self meeting ...)": "kept",
}
"""s18-actors' names of ``_rejected``'s tests -> this trace's (and ``causes.py``'s)."""
ROLE_RULES = ("not_done_complement", "failed_to_obtain", "no_noun_clause")


def rejected_reason(self: Any, sent: Any, event: Any, found: Any, proba: Any) -> str | None:
    """The step of ``NlpCoder._rejected`` that refuses ``event`` (s18-actors' ``reason``),
    a role rule's clause with the switches that drop it named, or None."""
    from accord.news.nlp import coder as C
    from accord.news.nlp import roles as R

    why = S18_REASON(self, sent, event, found, proba)
    if why != "clause dropped by a role rule":
        return None if why is None else REASONS[why]
    verb = R.clause_verb(C._trigger_token(sent, event.trigger))
    names = [
        n
        for n in C.EVENT_FILTERS + ROLE_RULES
        if getattr(self.rules, n, False) and R.dropped(verb, replace(R.LEGACY_RULES, **{n: True}))
    ]
    return "dropped:" + ("+".join(names) or "?")


def removed_reason(self: Any, cand: Any, p: Any, date: Any) -> str:
    """Why ``_event`` gave no event for a typed candidate."""
    if self._choose(cand, p, date) is None:
        return "violent_no_word"
    if cand.pred.negated:
        return "negated"
    return "kept(self-meeting)"


def main() -> None:
    from accord.news.coding import code_sentence
    from accord.news.event_choice import candidate_rows, chosen, load_model
    from accord.news.gazetteer import load
    from accord.news.nlp import coder as C
    from accord.news.nlp.rules_cv import dev_sets, load_records

    global S18_REASON
    S18_REASON = runpy.run_path(str(S18_REJECTIONS))["reason"]
    classes = load().org_classes
    nlp = C.NlpCoder()
    model = load_model()[0]
    diag: list[dict[str, Any]] = []
    origin: dict[tuple[str, str | None], str] = {}
    real_event = C.NlpCoder._event
    real_fallback = C.NlpCoder._fallback
    real_first = C.NlpCoder._learned_first

    def event(self: Any, cand: Any, p: Any, date: Any, *a: Any, **k: Any) -> Any:
        e = real_event(self, cand, p, date, *a, **k)
        if e is not None:
            origin[(e.event_type, e.trigger)] = "nlp"
        elif self._typed(p):
            cand_removed.append(removed_reason(self, cand, p, date))
        return e

    def fallback(self: Any, sent: Any, events: Any, found: Any, proba: Any) -> Any:
        out = real_fallback(self, sent, events, found, proba)
        for e in out:
            origin[(e.event_type, e.trigger)] = "fallback"
        if not out:
            drops = []
            for e in events:
                why = "conditional" if C._conditional(sent, e.trigger) else None
                why = why or rejected_reason(self, sent, e, found, proba)
                drops.append({"type": e.event_type, "trigger": e.trigger, "why": why})
            if not found:
                stage = "no candidate"
                names = sorted(
                    {
                        n
                        for t in sent
                        for n in C.EVENT_FILTERS + ROLE_RULES
                        if getattr(self.rules, n, False)
                        and t.pos_ in ("VERB", "AUX")
                        and C.dropped(t, replace(C.LEGACY_RULES, **{n: True}))
                    }
                )
                if names:
                    stage += " (clause dropped: " + "+".join(names) + ")"
            elif cand_removed:
                stage = "typed, removed: " + "+".join(sorted(set(cand_removed)))
            else:
                stage = "head abstained"
            rules = [e for e in events]
            best = None
            if rules:
                roots = C.trigger_roots([sent], rules)
                scores = model.probabilities(candidate_rows([], rules, roots))
                best = round(float(scores[chosen(scores)]), 4)
            diag.append({"sentence": sent.text, "stage": stage, "drops": drops, "gate_p": best})
        cand_removed.clear()
        return out

    def first(self: Any, sents: Any, events: Any, choices: Any) -> Any:
        out = real_first(self, sents, events, choices)
        for k, chosen_events in out:
            if chosen_events and not any(chosen_events[0] is e for e in events[k]):
                head = chosen_events[0]
                bare = C._bare(C.sentence_mentions(sents[k].text, None, None))
                same = any(
                    C._same(a, b, self.gaz, bare) for a in head.targets for b in head.sources
                )
                fronted.append({"type": head.event_type, "self_dyad": same})
        return out

    cand_removed: list[str] = []
    fronted: list[dict[str, Any]] = []
    C.NlpCoder._event = event  # type: ignore[method-assign]
    C.NlpCoder._fallback = fallback  # type: ignore[method-assign]
    C.NlpCoder._learned_first = first  # type: ignore[method-assign]

    def fold(actors: Any) -> list[str]:
        return sorted({classes.get(a.code, a.code) for a in actors})

    def brief(e: Any) -> Any:
        if e is None:
            return None
        return {"type": e.event_type, "source": fold(e.sources), "target": fold(e.targets)}

    root = Path.cwd()
    sets = [d for d in dev_sets(root, root.parent / "shared") if d.name not in CHECK]
    records, _, names = load_records(sets)
    rows = []
    for rec, name in zip(records, names, strict=True):
        if rows and rows[-1]["file"] != name:
            print(rows[-1]["file"], len(rows), flush=True, file=sys.stderr)
        diag.clear()
        origin.clear()
        fronted.clear()
        cand_removed.clear()
        events = nlp.code_sentence(rec.text, rec.date, rec.home)
        rules = code_sentence(rec.text, rec.date, home=rec.home)
        e = events[0] if events else None
        row: dict[str, Any] = {
            "file": name,
            "id": rec.id,
            "gold": rec.event,
            "gold_source": sorted(classes.get(c, c) for c in rec.sources),
            "gold_target": sorted(classes.get(c, c) for c in rec.targets),
            "text": rec.text,
            "nlp": brief(e),
            "rules": brief(rules[0] if rules else None),
            "diag": list(diag),
            "fronted": list(fronted),
            "origin": None if e is None else origin.get((e.event_type, e.trigger), "?"),
        }
        rows.append(row)
    print(rows[-1]["file"], len(rows), flush=True, file=sys.stderr)
    Path(sys.argv[1]).write_text(json.dumps(rows, indent=0) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
