"""Why neither coder codes 99 READING gold events (s19-silent, step 1; no code change).

Reads s19-cover's trace (``trace-start.json``: every READING record coded at the start code)
and takes, with its ``causes.coarse``, the gold events both coders leave uncoded (the nlp
coder's stage "no candidate" or "head abstained", the rules coder silent). Codes each record
again with the nlp coder, watching its own stages (``_candidates``: the sentence, its mentions
and antecedent; ``_types``: the head's rows), and says for the diagnosed sentence:

* no candidate: why no predicate has an actor agent, the first cause that holds, in order
  (``why_none``), on the sentence's main predicate (the root's, or what it reports);
* head abstained: the head's best non-NONE label over the sentence's candidates, its
  probability against ``head.threshold``, whether NONE was the argmax, and the gold type's
  rank among the non-NONE labels.

    PYTHONPATH=src nice python3 docs/data/silent-2026-12-04-s19-silent/measure.py OUT.json
"""

from __future__ import annotations

import json
import runpy
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

COVER = Path(__file__).parents[1] / "cover-2026-12-04-s19-cover"
ROLE_RULES = ("not_done_complement", "failed_to_obtain", "no_noun_clause")  # s19-cover's trace


def main() -> None:
    import numpy as np

    from accord.news.gazetteer import load
    from accord.news.nlp import coder as C
    from accord.news.nlp.classifier import NONE
    from accord.news.nlp.rules_cv import dev_sets, load_records

    causes = runpy.run_path(str(COVER / "causes.py"))
    trace = json.loads((COVER / "trace-start.json").read_text(encoding="utf-8"))
    silent = {
        (r["file"], r["id"]): r
        for r in trace
        if r["gold"] != "NONE"
        and r["nlp"] is None
        and causes["coarse"](r).endswith("rules coder silent")
    }
    classes = load().org_classes
    nlp = C.NlpCoder()
    head = nlp.head
    labels = list(head.labels)
    seen: dict[str, dict[str, Any]] = {}
    rows_of: list[tuple[list[Any], Any]] = []
    real_cands = C.NlpCoder._candidates
    real_types = C.NlpCoder._types

    def cands(self: Any, sent: Any, date: Any, previous: Any, home: Any = None) -> Any:
        out = real_cands(self, sent, date, previous, home)
        seen[sent.text] = {"sent": sent, "previous": previous, "found": out, "home": home}
        return out

    def types(self: Any, flat: Any) -> Any:
        proba, inner = real_types(self, flat)
        rows_of.append((list(flat), proba))
        return proba, inner

    C.NlpCoder._candidates = cands  # type: ignore[method-assign]
    C.NlpCoder._types = types  # type: ignore[method-assign]

    def why_none(info: dict[str, Any], rec: Any) -> tuple[str, str]:
        sent = info["sent"]
        doc = sent.doc
        mentions = list(C.sentence_mentions(sent.text, rec.date, info["home"]))
        codes = {classes.get(m.actor.code, m.actor.code) for m in mentions if m.actor.code}
        gold = set(classes.get(c, c) for c in rec.sources)
        # the predicates with no role rule dropping a clause: the sentence's own main clause
        open_rules = replace(nlp.rules, **dict.fromkeys(C.EVENT_FILTERS + ROLE_RULES, False))
        preds = C._sentence_predicates(sent, open_rules)
        kept = {p.verb for p in C._sentence_predicates(sent, nlp.rules)}
        main = next((p for p in preds if p.main), preds[0] if preds else None)
        subj = "" if main is None else " ".join(doc[i].text for i in main.agents)
        verb = "" if main is None else doc[main.verb].text
        detail = f"main verb {verb!r}, subject {subj!r}, mentions {sorted(codes)}"
        if main is None:
            return "no verb predicate (a headline)", detail
        subject = [doc[i] for i in main.agents]
        named = bool(subject) and all(t.pos_ == "PROPN" for t in subject)
        if not codes:
            if mentions:
                where = "record has a home" if rec.home else "record has no home"
                return f"only bare agents (police, authorities ...), {where}", detail
            if subject and all(t.lower_ in C.PRONOUNS for t in subject):
                return "a pronoun subject, no antecedent (one-sentence record)", detail
            if named:
                return "the subject is a name the gazetteer lacks", detail
            if main.passive and not main.agents:
                return "passive, no agent, no actor in the sentence", detail
            return "no actor mention (a description, a title)", detail
        if not codes & gold:
            return "the sentence names actors, not the gold's source", detail
        if main.verb not in kept:
            return "a role rule drops the main clause", detail
        if main.passive and not main.agents:
            return "passive, no agent", detail
        if named:
            return "the subject is a name the gazetteer lacks", detail
        if main.agents:
            return "the subject names no actor (a description, a title)", detail
        return "the actor is not an argument of the main predicate", detail

    def why_abstained(info: dict[str, Any], rec: Any) -> dict[str, Any]:
        found = info["found"]
        flat, proba = next((f, p) for f, p in reversed(rows_of) if any(c in f for c in found))
        rows = np.vstack([proba[flat.index(c)] for c in found])
        best = rows.max(axis=0)
        none_k = labels.index(NONE)
        masked = best.copy()
        masked[none_k] = -1.0
        order = [labels[int(k)] for k in np.argsort(-masked) if int(k) != none_k]
        k = int(masked.argmax())
        return {
            "best": labels[k],
            "p": round(float(best[k]), 4),
            "threshold": head.threshold,
            "none_first": bool(all(int(r.argmax()) == none_k for r in rows)),
            "none_p": round(float(rows[:, none_k].max()), 4),
            "gold_p": round(float(best[labels.index(rec.event)]), 4),
            "gold_rank": order.index(rec.event) + 1,
            "candidates": len(found),
        }

    root = Path.cwd()
    sets = [d for d in dev_sets(root, root.parent / "shared") if d.name not in causes_check()]
    records, _, names = load_records(sets)
    out = []
    for rec, name in zip(records, names, strict=True):
        row = silent.get((name, rec.id))
        if row is None:
            continue
        seen.clear()
        rows_of.clear()
        nlp.code_sentence(rec.text, rec.date, rec.home)
        d = causes["diagnosed"](row)
        info = seen[d["sentence"]]
        item: dict[str, Any] = {
            "file": name,
            "id": rec.id,
            "gold": rec.event,
            "stage": d["stage"].split(" (")[0],
            "sentence": d["sentence"],
        }
        if item["stage"] == "no candidate":
            item["cause"], item["detail"] = why_none(info, rec)
        elif item["stage"] == "head abstained":
            item["cause"] = "head abstained"
            item["head"] = why_abstained(info, rec)
        else:
            item["cause"] = d["stage"]
        out.append(item)
    Path(sys.argv[1]).write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")


def causes_check() -> tuple[str, ...]:
    """The CHECK files, never read here (COMMON's issue-14 protocol)."""
    return ("heldout-s18", "heldout-s18b")


if __name__ == "__main__":
    main()
