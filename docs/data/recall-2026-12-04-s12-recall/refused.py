"""Which test of the nlp coder's fallback refuses the rules coder's event (s12-recall).

For each record of ``nlp-uncoded.json`` (:mod:`diagnose_nlp`) that the rules coder codes, the
test of ``NlpCoder._rejected`` (or ``fallback_not_conditional``) that refuses the rules coder's
first event, in the order ``_rejected`` applies them; writes ``refused.json``. Run from the
worktree root with the code before this branch's change (the reasons are those of the coder
as it was; needs the ``[nlp]`` extra)::

    PYTHONPATH=/tmp/s12-recall-before/src nice python3 \
        docs/data/recall-2026-12-04-s12-recall/refused.py
"""

from __future__ import annotations

import json
from typing import Any


def main() -> None:
    from pathlib import Path

    from accord.news.coding import code_sentence
    from accord.news.nlp import coder as C
    from accord.news.nlp.coder import (
        PRONOUNS,
        NlpCoder,
        _conditional,
        _named_in_clause,
        _no_act,
        _trigger_token,
    )
    from accord.news.nlp.models import spacy_pipeline
    from accord.news.nlp.roles import clause_verb, dropped, predicates

    d = json.load(open("docs/data/recall-2026-12-04-s12-recall/nlp-uncoded.json"))
    coder = NlpCoder()

    def why(sent, event, found, proba):
        token = _trigger_token(sent, event.trigger)
        verb = None if token is None else clause_verb(token)
        if verb is None:
            return (
                "no verb: not kept"
                if not coder._kept(event.event_type, event.sources, event.targets)
                else "kept"
            )
        if dropped(verb, coder.rules):
            return "clause dropped by a role rule (%s)" % verb.text
        own = [k for k, cand in enumerate(found) if cand.pred.verb == verb.i]
        if any(coder._typed(proba[k]) for k in own):
            return "typed then removed"
        pred = next((p for p in predicates(sent, coder.rules) if p.verb == verb.i), None)
        if not own and pred is not None:
            if _no_act(pred, sent.doc):
                return "no act"
            doc = sent.doc
            if pred.agents and all(doc[i].lower_ in PRONOUNS for i in pred.agents):
                return "pronoun subject"
            if pred.agents and not _named_in_clause(sent, verb, event.sources):
                return "subject names no actor (sources outside clause)"
        kind = event.event_type
        if pred is not None and pred.negated:
            kind = coder._negated_kind(event.event_type)
        if kind is None:
            return "negated"
        if kind in C.VIOLENT_TYPES and not coder._violent(verb):
            return "violent type without violence"
        return (
            "not kept"
            if not coder._kept(event.event_type, event.sources, event.targets)
            else "kept"
        )

    rows: list[dict[str, Any]] = []
    for r in d:
        if not r["rules"]:
            continue
        sents = list(spacy_pipeline()(r["text"]).sents)
        out = []
        prev = ()
        for sent in sents:
            found = coder._candidates(sent, None, prev)
            proba, _ = coder._types(found) if found else (None, None)
            evs = code_sentence(sent.text, None, None, sent.start_char, coder.gaz, prev)
            for e in evs[:1]:
                if _conditional(sent, e.trigger):
                    out.append("conditional")
                    continue
                out.append(why(sent, e, found, proba))
        rows.append(
            {
                "set": r["set"],
                "id": r["id"],
                "gold": r["gold"],
                "rules": r["rules"],
                "rules_trigger": r["rules_trigger"],
                "refused_by": out,
            }
        )
    Path("docs/data/recall-2026-12-04-s12-recall/refused.json").write_text(
        json.dumps(rows, indent=1) + "\n"
    )


if __name__ == "__main__":
    main()
