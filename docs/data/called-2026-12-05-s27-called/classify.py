"""Which census records (``census.json``, start code) hold a characterising "call" by the
candidate's construction (``accord.news.coding.characterising_call`` on the gazetteer's
tokens, or the nlp coder's parse test), and whether its predicate condemns. Run from the
worktree root with the candidate's code (``PYTHONPATH=src``)::

    PYTHONPATH=src nice python3 docs/data/called-2026-12-05-s27-called/classify.py \
        docs/data/called-2026-12-05-s27-called/census.json > \
        docs/data/called-2026-12-05-s27-called/classify.txt
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def parsed(verb: object) -> bool:
    """The nlp coder's parse test of ``_characterised`` (an object and a predicate)."""
    from accord.news.nlp.coder import PREDICATE_DEPS

    kids = list(verb.children)  # type: ignore[attr-defined]
    if any(c.dep_ in ("prt", "agent") for c in kids) or any(
        c.dep_ in ("prep", "dative") and c.i == verb.i + 1  # type: ignore[attr-defined]
        for c in kids
    ):
        return False
    preds = [
        c
        for c in kids
        if c.dep_ in PREDICATE_DEPS
        and c.i > verb.i  # type: ignore[attr-defined]
        and not any(g.dep_ in ("mark", "aux", "auxpass") for g in c.children)
    ]
    return bool(preds) and (
        any(c.dep_ == "dobj" and c.i > verb.i for c in kids)  # type: ignore[attr-defined] or any(c.dep_ == "ccomp" for c in preds)
    )


def main() -> None:
    from accord.news.coding import characterising_call
    from accord.news.gazetteer import tokenize
    from accord.news.nlp.coder import _parse
    from accord.news.resolve import find_mentions

    rows = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    n = 0
    for r in rows:
        text = r["text"]
        tokens = tokenize(text)
        mentions = find_mentions(tokens, text, None, bare=True)
        doc = _parse(text)
        calls = {t.idx for t in doc if t.lemma_ == "call" and t.pos_ in ("VERB", "AUX")}
        found = [
            characterising_call(tokens, mentions, i)
            for i, t in enumerate(tokens)
            if t.start in calls
        ]
        parse = [t for t in doc if t.idx in calls and parsed(t)]
        hits = [f for f in found if f is not None]
        if not hits and not parse:
            continue
        n += 1
        how = "condemns" if any(f[0] for f in hits) else ("names" if hits else "parse only")
        print(
            f"{r['set']} {r['id']} gold {r['gold']} | {how} | rules {r['rules']}"
            f" {'right' if r['rules_right'] else 'wrong'} | nlp {r['nlp']}"
            f" {'right' if r['nlp_right'] else 'wrong'}\n    {text[:160]}"
        )
    print(f"{n} records")


if __name__ == "__main__":
    main()
