"""The nlp coder's own candidate for the clause of a fallback event, against the rules coder's
actors (s14-nlpactors). For each READING record whose first nlp event is the rules fallback's,
the candidate of the trigger's clause (if the nlp coder has one) and whether its sources equal
the gold's; prints the counts (written to /tmp/nlpa-fb.json).

    PYTHONPATH=src nice python3 docs/data/actors-2026-12-04-s14-nlpactors/fallback_cands.py
"""

from typing import Any


def main() -> None:
    import json
    from pathlib import Path

    from accord.news.evaluate import read_gold
    from accord.news.gazetteer import load
    from accord.news.nlp import coder as C
    from accord.news.nlp.rules_cv import dev_sets

    classes = load().org_classes
    nlp = C.NlpCoder()
    log = []
    real = C.NlpCoder._fallback

    def fb(self, sent, events, found, proba):
        out = real(self, sent, events, found, proba)
        for e in out:
            tok = C._trigger_token(sent, e.trigger)
            verb = None if tok is None else C.clause_verb(tok)
            cand = next((c for c in found if verb is not None and c.pred.verb == verb.i), None)
            log.append((e, cand))
        return out

    C.NlpCoder._fallback = fb

    def fold(xs: Any) -> list[str]:
        return sorted({classes.get(a.code, a.code) for a in xs})

    root = Path.cwd()
    rows = []
    for dev in dev_sets(root, root.parent / "shared"):
        if dev.name in ("heldout-s13", "heldout-s13b"):
            continue
        for rec in read_gold(dev.path, dev.split):
            log.clear()
            events = nlp.code_sentence(rec.text, rec.date, rec.home)
            if not events or not log or log[0][0] is not events[0]:
                continue
            e, cand = log[0]
            gs = sorted(classes.get(c, c) for c in rec.sources)
            gt = sorted(classes.get(c, c) for c in rec.targets)
            rows.append(
                dict(
                    file=dev.name,
                    id=rec.id,
                    gold=rec.event,
                    gs=gs,
                    gt=gt,
                    type=e.event_type,
                    src=fold(e.sources),
                    tgt=fold(e.targets),
                    cand=None
                    if cand is None
                    else dict(src=fold(cand.sources), tgt=fold(cand.targets)),
                    text=rec.text,
                )
            )
    Path("/tmp/nlpa-fb.json").write_text(json.dumps(rows, indent=0), encoding="utf-8")
    import collections

    c = collections.Counter()
    for r in rows:
        s_ok = r["src"] == r["gs"] if r["gs"] else None
        cs = r["cand"] and (r["cand"]["src"] == r["gs"] if r["gs"] else None)
        c[
            (
                "has cand" if r["cand"] else "no cand",
                "src ok" if s_ok else ("src wrong" if s_ok is False else "no gold src"),
                "cand src ok" if cs else ("cand src wrong" if cs is False else "-"),
            )
        ] += 1
    for k, v in c.most_common():
        print(v, k)


if __name__ == "__main__":
    main()
