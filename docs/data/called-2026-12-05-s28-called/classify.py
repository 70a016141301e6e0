"""Which census records (``census.json``, start code) hold a characterising "call" by the
candidate's construction (``accord.news.coding.characterising_call`` on the gazetteer's
tokens, or the nlp coder's parse test), whether its predicate condemns by the start code's
word class (``_CONDEMNATION``, "start class") or only by the candidate's wider one
(``call_condemns``, "widened"), or condemns nothing ("names"); each coder's first event with
the start code and with the candidate's code, and whether the lead's start run has the record
right. Run from the worktree root with the candidate's code (``PYTHONPATH=src``)::

    PYTHONPATH=src nice python3 docs/data/called-2026-12-05-s28-called/classify.py \
        docs/data/called-2026-12-05-s28-called/census.json /tmp/reading-s28-start.json \
        > docs/data/called-2026-12-05-s28-called/classify.txt
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any


def predicate_words(verb: Any) -> list[Any] | None:
    """The nlp coder's parse test of ``_characterised`` (an object and a predicate): the
    predicate's words less its parsed subject, or None."""
    from accord.news.nlp.coder import PREDICATE_DEPS, PREDICATE_SUBJECTS

    kids = list(verb.children)
    if any(c.dep_ in ("prt", "agent") for c in kids) or any(
        c.dep_ in ("prep", "dative") and c.i == verb.i + 1 for c in kids
    ):
        return None
    preds = [
        c
        for c in kids
        if c.dep_ in PREDICATE_DEPS
        and c.i > verb.i
        and not any(g.dep_ in ("mark", "aux", "auxpass") for g in c.children)
    ]
    if not preds or not (
        any(c.dep_ == "dobj" and c.i > verb.i for c in kids)
        or any(c.dep_ == "ccomp" for c in preds)
    ):
        return None
    subjects = {
        w.i for p in preds for c in p.children if c.dep_ in PREDICATE_SUBJECTS for w in c.subtree
    }
    return [w for p in preds for w in p.subtree if w.i not in subjects]


def first(events: list[Any]) -> str:
    """A coder's first event as ``TYPE [sources]->[targets] "trigger"``, or NONE."""
    if not events:
        return "NONE"
    e = events[0]
    return (
        f'{e.event_type} {[a.code for a in e.sources]}->{[a.code for a in e.targets]} "{e.trigger}"'
    )


def main() -> None:
    import accord.news.coding as coding
    from accord.news.coders import get_coder
    from accord.news.gazetteer import tokenize
    from accord.news.nlp.coder import _parse
    from accord.news.resolve import find_mentions

    rows = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    start = json.loads(Path(sys.argv[2]).read_text(encoding="utf-8"))
    errors = {c: {(n, e["id"]) for n, f in start[c].items() for e in f["errors"]} for c in start}
    widened = coding.call_condemns

    def old(key: str, opened: bool) -> bool:
        return coding.fold_noun(key) in coding._CONDEMNATION

    rules = get_coder("rules", strict=True).coder
    nlp = get_coder("nlp", strict=True).coder
    counts: dict[str, int] = {}
    for r in rows:
        text = r["text"]
        tokens = tokenize(text)
        mentions = find_mentions(tokens, text, None, bare=True)  # as s27's classify.py
        doc = _parse(text)
        calls = {t.idx for t in doc if t.lemma_ == "call" and t.pos_ in ("VERB", "AUX")}
        at = [i for i, t in enumerate(tokens) if t.start in calls]
        found = [f for f in (coding.characterising_call(tokens, mentions, i) for i in at) if f]
        coding.call_condemns = old  # type: ignore[assignment]
        found_old = [f for f in (coding.characterising_call(tokens, mentions, i) for i in at) if f]
        coding.call_condemns = widened
        starts = {t.start: i for i, t in enumerate(tokens)}
        parsed = [p for t in doc if t.idx in calls and (p := predicate_words(t)) is not None]
        keys = [[tokens[k].key for w in p if (k := starts.get(w.idx)) is not None] for p in parsed]
        if not found and not parsed:
            continue
        if any(f[0] for f in found_old):
            how = "condemns (start class)"
        elif any(f[0] for f in found):
            how = "condemns (widened)"
        elif found:
            how = "names (condemns nothing)"
        elif any(any(old(k, True) for k in ks) for ks in keys):
            how = "parse only, condemns (start class)"
        elif any(any(widened(k, True) for k in ks) for ks in keys):
            how = "parse only, condemns (widened)"
        else:
            how = "parse only, condemns nothing"
        counts[how] = counts.get(how, 0) + 1
        date = dt.date.fromisoformat(r["date"]) if r.get("date") else None
        after_rules = first(rules.code_sentence(text, date, r["home"]))
        after_nlp = first(nlp.code_sentence(text, date, r["home"]))
        key = (r["set"], r["id"])
        marks = []
        for coder, before, after in (
            ("rules", r["rules"], after_rules),
            ("nlp", r["nlp"], after_nlp),
        ):
            right = "right" if key not in errors[coder] else "wrong"
            moved = f" -> {after}" if after != before else ""
            marks.append(f"{coder} {before} {right}{moved}")
        print(f"{r['set']} {r['id']} gold {r['gold']} | {how}\n    " + "\n    ".join(marks))
        print(f"    {text[:200]}")
    for how, n in sorted(counts.items()):
        print(f"{n:4d} {how}")
    print(f"{sum(counts.values())} records with a characterising call of {len(rows)}")


if __name__ == "__main__":
    main()
