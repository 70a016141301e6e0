"""Trace the nlp coder's first event on every READING record (s14-nlpactors' trace.py, with
session 15's CHECK files).

For each record of the 23 READING files (``rules_cv.dev_sets`` less the CHECK files
heldout-s14 / heldout-s14b, which are never opened here), codes the text with the nlp coder
and the rules coder and writes, per record: gold, both coders' first events, where the nlp
event came from (its own candidate or the rules fallback), and for an own candidate the
predicate (verb, dependency, agent / recipient / speaker words, passive, reported) and how
its sources were found (a named agent, a bare agent filled with the sentence's first country,
the previous sentence's actor, the place's state). A diagnosis (shipped head, in sample).
Session 15 adds, for a reported predicate, ``reported``: the speaker's and the inner
subject's actors (filled as the coder fills them), the verb of saying, the inner verb's
auxiliaries, the inner subject's words, whether the sentence holds a quotation mark.

Run from the worktree root::

    PYTHONPATH=src nice python3 docs/data/reported-2026-12-04-s15-reported/trace.py OUT.json

(``PYTHONPATH=/tmp/s15-start/src`` for the session-start code.)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

CHECK = ("heldout-s14", "heldout-s14b")


def main() -> None:
    from accord.news.coding import code_sentence
    from accord.news.evaluate import read_gold
    from accord.news.gazetteer import load
    from accord.news.nlp import coder as C
    from accord.news.nlp.rules_cv import dev_sets

    classes = load().org_classes
    nlp = C.NlpCoder()
    seen: dict[str, Any] = {}
    origin: dict[str, str] = {}
    real_event = C.NlpCoder._event
    real_fallback = C.NlpCoder._fallback

    def event(self: Any, cand: Any, *a: Any, **k: Any) -> Any:
        e = real_event(self, cand, *a, **k)
        if e is not None:
            seen[e.id] = cand
            origin[e.id] = "nlp"
        return e

    def fallback(self: Any, sent: Any, events: Any, *a: Any, **k: Any) -> Any:
        out = real_fallback(self, sent, events, *a, **k)
        for e in out:
            origin[e.id] = "fallback"
        return out

    C.NlpCoder._event = event  # type: ignore[method-assign]
    C.NlpCoder._fallback = fallback  # type: ignore[method-assign]

    def fold(actors: Any) -> list[str]:
        return sorted({classes.get(a.code, a.code) for a in actors})

    root = Path.cwd()
    rows = []
    for dev in dev_sets(root, root.parent / "shared"):
        if dev.name in CHECK:
            continue
        for rec in read_gold(dev.path, dev.split):
            seen.clear()
            origin.clear()
            events = nlp.code_sentence(rec.text, rec.date, rec.home)
            rules = code_sentence(rec.text, rec.date, home=rec.home)
            row: dict[str, Any] = {
                "file": dev.name,
                "id": rec.id,
                "gold": rec.event,
                "gold_source": sorted(classes.get(c, c) for c in rec.sources),
                "gold_target": sorted(classes.get(c, c) for c in rec.targets),
                "home": rec.home,
                "text": rec.text,
                "bare_texts": sorted(C._bare(C.sentence_mentions(rec.text, rec.date, rec.home))),
            }
            for name, evs in (("nlp", events), ("rules", rules)):
                e = evs[0] if evs else None
                row[name] = (
                    None
                    if e is None
                    else {
                        "type": e.event_type,
                        "source": fold(e.sources),
                        "target": fold(e.targets),
                        "trigger": e.trigger,
                        "raw_source": [[a.code, a.role, a.name, a.text] for a in e.sources],
                        "raw_target": [[a.code, a.role, a.name, a.text] for a in e.targets],
                    }
                )
            e = events[0] if events else None
            if e is not None:
                row["origin"] = origin.get(e.id, "?")
                cand = seen.get(e.id)
                if cand is not None and row["origin"] == "nlp":
                    doc = cand.sent.doc
                    p = cand.pred
                    verb = doc[p.verb]
                    bare = C._bare(cand.mentions)
                    ms = [
                        {
                            "text": m.actor.text,
                            "code": m.actor.code,
                            "role": m.actor.role,
                            "bare": m.bare,
                            "place": m.place,
                            "span": list(s),
                        }
                        for m, s in zip(cand.mentions, cand.spans, strict=True)
                    ]
                    context = next(
                        (m.actor.code for m in cand.mentions if len(m.actor.code) == 3), ""
                    )
                    say = verb.head if p.speakers and verb.dep_ in ("ccomp", "parataxis") else None
                    row["reported"] = {
                        "speakers_i": list(p.speakers),
                        "speaker_codes": fold(
                            C._fill(
                                C._actors(
                                    p.speakers,
                                    cand.sent,
                                    list(cand.mentions),
                                    list(cand.spans),
                                    nlp.rules,
                                ),
                                context,
                            )
                        ),
                        "agent_codes": fold(
                            C._fill(
                                C._actors(
                                    p.agents,
                                    cand.sent,
                                    list(cand.mentions),
                                    list(cand.spans),
                                    nlp.rules,
                                ),
                                context,
                            )
                        ),
                        "say_lemma": say.lemma_
                        if say is not None
                        else ("according" if p.speakers else ""),
                        "say_i": say.i if say is not None else None,
                        "inner_lemma": verb.lemma_,
                        "inner_aux": [
                            c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")
                        ],
                        "agent_words": [doc[i].lower_ for i in p.agents],
                        "agent_pos": [doc[i].pos_ for i in p.agents],
                        "quote": any(
                            t.text in ('"', "\u201c", "\u201d", "''", "``") for t in cand.sent
                        ),
                        "say_before": say is not None and say.i < verb.i,
                    }
                    row["pred"] = {
                        "verb": verb.text,
                        "verb_i": p.verb,
                        "dep": verb.dep_,
                        "tag": verb.tag_,
                        "agents": [doc[i].text for i in p.agents],
                        "agents_i": list(p.agents),
                        "recipients": [doc[i].text for i in p.recipients],
                        "speakers": [doc[i].text for i in p.speakers],
                        "passive": p.passive,
                        "main": p.main,
                        "first_person": p.first_person,
                        "obligation": p.obligation,
                        "demand": cand.demand,
                        "agentless": cand.agentless,
                        "source_texts": [a.text for a in cand.sources],
                        "source_bare": [a.text in bare for a in cand.sources],
                        "cand_targets": [[a.code, a.role, a.name, a.text] for a in cand.targets],
                        "mentions": ms,
                    }
            rows.append(row)
        print(dev.name, len(rows), flush=True, file=sys.stderr)
    Path(sys.argv[1]).write_text(json.dumps(rows, indent=0) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
