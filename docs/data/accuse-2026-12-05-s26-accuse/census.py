"""The census of session 26 (s26-accuse): every READING record whose first nlp event (start
code) is ACCUSE on a verb of saying that reports a clause, with the gold, whether the record
was right in the lead's start run, what the reported clause holds (a word of the rules coder's
judgement of wrong-doing, ``accord.news.coding.judges_wrong`` at one of its words, and a word
of its classes of harm and condemnation anywhere in it, ``_HARMFUL`` or a verb of violation),
whether the rules coder codes that verb ACCUSE (an ACCUSE of its reading whose trigger holds
the verb), and so whether ``RoleRules.statement_not_accuse`` would drop it (``statement``: no
judgement and no rules ACCUSE). Only the records that can hold such an event are coded: those
the start run has wrong with ACCUSE got, and those it has right with ACCUSE in the gold (a
right record got the gold's type). The CHECK files are refused by name before anything is read.

Run from the worktree root with the start code (``/tmp/s26-start/src``)::

    PYTHONPATH=/tmp/s26-start/src nice python3 docs/data/accuse-2026-12-05-s26-accuse/census.py \
        /tmp/reading-s26-start.json docs/data/accuse-2026-12-05-s26-accuse/census.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

CHECK = {f"heldout-s2{n}{x}" for n in (4, 5) for x in ("", "b", "c")}


def reported(say: Any) -> list[Any]:
    """The words of the clauses a verb of saying reports (its ccomp and parataxis)."""
    return sorted(
        (t for c in say.children if c.dep_ in ("ccomp", "parataxis") for t in c.subtree),
        key=lambda t: t.i,
    )


def judgement(text: str, words: list[Any]) -> dict[str, list[str]]:
    """The words of ``words`` (spaCy tokens of ``text``) at which the rules coder's test of a
    judgement of wrong-doing holds, and those of its classes of harm and condemnation."""
    from accord.news.coding import _HARMFUL, fold_noun, judges_wrong
    from accord.news.gazetteer import tokenize

    tokens = list(tokenize(text))
    by_char = {t.start: k for k, t in enumerate(tokens)}
    judged, harmful = [], []
    for w in words:
        k = by_char.get(w.idx)
        if k is None:
            continue
        if judges_wrong(tokens, k):
            judged.append(w.text)
        key = fold_noun(tokens[k].key)
        if key in _HARMFUL or key.startswith(("VIOLAT", "BREACH")):
            harmful.append(w.text)
    return {"judged": judged, "harmful": harmful}


def main() -> None:
    from accord.news.coders import get_coder
    from accord.news.coding import code_sentence
    from accord.news.evaluate import read_gold
    from accord.news.nlp.coder import _parse
    from accord.news.nlp.roles import SAY_LEMMAS
    from accord.news.nlp.rules_cv import dev_sets

    start = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    errors = {(n, e["id"]): e for n, f in start["nlp"].items() for e in f["errors"]}
    coder = get_coder("nlp", strict=True).coder
    root = Path.cwd()
    out = []
    for dev in dev_sets(root, root.parent / "shared"):
        if dev.name in CHECK or dev.name not in start["nlp"]:
            continue
        for record in read_gold(dev.path, dev.split):
            error = errors.get((dev.name, record.id))
            if (error is None and record.event != "ACCUSE") or (
                error is not None and error["got"] != "ACCUSE"
            ):
                continue
            events = coder.code_sentence(record.text, record.date, record.home)
            if not events or events[0].event_type != "ACCUSE":
                continue
            best = events[0]
            doc = _parse(record.text)
            say = [
                t
                for t in doc
                if t.text == best.trigger
                and t.lemma_ in SAY_LEMMAS
                and any(c.dep_ in ("ccomp", "parataxis") for c in t.children)
            ]
            if not say:
                continue
            words = reported(say[0])
            found = judgement(record.text, words)
            rules = code_sentence(record.text, record.date, home=record.home)
            rules_accuse = any(
                e.event_type == "ACCUSE" and say[0].lower_ in (e.trigger or "").lower().split()
                for e in rules
            )
            row = {
                "set": dev.name,
                "id": record.id,
                "trigger": best.trigger,
                "got": f"{[a.code for a in best.sources]}->{[a.code for a in best.targets]}",
                "gold": f"{record.event} {sorted(record.sources)}->{sorted(record.targets)}",
                "right": error is None,
                "others": [f"{e.event_type} {e.trigger}" for e in events[1:4]],
                "clause": " ".join(w.text for w in words),
                **found,
                "rules_accuse": rules_accuse,
                "statement": not found["judged"] and not rules_accuse,
                "text": record.text[:300],
            }
            out.append(row)
            print(
                row["set"],
                row["id"],
                row["gold"],
                "got",
                row["got"],
                row["right"],
                row["judged"],
                row["harmful"],
                "rules ACCUSE" if rules_accuse else "",
                "STATEMENT" if row["statement"] else "",
                row["others"],
                flush=True,
            )
    Path(sys.argv[2]).write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    right = sum(r["right"] for r in out)
    print(f"{len(out)} records, {right} right, {len(out) - right} wrong")
    for flag in (True, False):
        rows = [r for r in out if r["statement"] == flag]
        right = sum(r["right"] for r in rows)
        name = "statement (dropped by the rule)" if flag else "kept by the rule"
        print(f"  {name}: {len(rows)} records, {right} right, {len(rows) - right} wrong")


if __name__ == "__main__":
    main()
