"""The census of session 29 (s29-surname2, after s29-surname's census): the READING records
whose sentence names an office holder by surname alone
(:func:`accord.news.surname_fill.surname_people`), and, for each coder, whether the event it
scores (its first) lacks an actor or has a source no words named
(:func:`accord.news.surname_fill.stood_in`: the object's state) in the start reading, and what
s29-surname's fill and this candidate's make of it.

For each READING record with such a person, both coders code the sentence three times in one
process: as the start code reads it (the fill turned off: :func:`accord.news.surname_fill.
filled` replaced by the identity), with s29-surname's fill (``stood_in`` and
``_subject_named`` replaced by functions that are always false) and with the candidate. The
start run's errors (the lead's ``/tmp/reading-s29-start.json``) say whether the record was
right at the start. The CHECK files (session 29: the held-out sets of sessions 27 and 28) are
refused by name before anything of them is read.

Run from the worktree root with the candidate's code (``src``)::

    PYTHONPATH=src nice python3 docs/data/surname2-2026-12-06-s29-surname2/census.py \\
        /tmp/reading-s29-start.json docs/data/surname2-2026-12-06-s29-surname2/census.json
"""

from __future__ import annotations

import collections
import json
import sys
from pathlib import Path
from typing import Any

CHECK = {f"heldout-s2{n}{x}" for n in (7, 8) for x in ("", "b", "c")}


def _show(events: list[Any]) -> str:
    if not events:
        return "NONE"
    e = events[0]
    return f"{e.event_type} {[a.code for a in e.sources]}->{[a.code for a in e.targets]}"


def main() -> None:
    import accord.news.coding as coding
    import accord.news.nlp.coder as nlp_coder
    import accord.news.surname_fill as fill
    from accord.news.coders import RulesCoder
    from accord.news.evaluate import read_gold
    from accord.news.gazetteer import load, tokenize
    from accord.news.nlp.coder import NlpCoder
    from accord.news.nlp.rules_cv import dev_sets
    from accord.news.surname_fill import filled, lacks_actor, stood_in, surname_people

    subject_named = fill._subject_named

    start = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    gaz = load()
    coders = {"rules": RulesCoder(), "nlp": NlpCoder()}
    root = Path.cwd()
    out: list[dict[str, Any]] = []
    for dev in dev_sets(root, root.parent / "shared"):
        if dev.name in CHECK or dev.name not in start["nlp"]:
            continue
        errs = {c: {e["id"]: e for e in start[c][dev.name]["errors"]} for c in coders}
        for record in read_gold(dev.path, dev.split):
            tokens = tokenize(record.text)
            _, people = surname_people(tokens, record.text, record.date, gaz, record.home)
            if not people:
                continue
            gold = set(record.sources) | set(record.targets)
            row: dict[str, Any] = {
                "set": dev.name,
                "id": record.id,
                "gold": f"{record.event} {sorted(record.sources)}->{sorted(record.targets)}",
                "people": sorted(f"{name} ({code})" for code, name in people),
                "in_gold": any(code in gold for code, _ in people),
                "text": record.text,
            }
            for name, coder in coders.items():
                coding.filled = nlp_coder.filled = lambda events, *_: events  # start reading
                before = coder.code_sentence(record.text, record.date, record.home)
                coding.filled = nlp_coder.filled = filled
                fill.stood_in = lambda actors: False  # s29-surname's fill
                fill._subject_named = lambda *args: False
                old = coder.code_sentence(record.text, record.date, record.home)
                fill.stood_in, fill._subject_named = stood_in, subject_named
                after = coder.code_sentence(record.text, record.date, record.home)
                row[name] = {
                    "right_at_start": record.id not in errs[name],
                    "start": _show(before),
                    "lacks": bool(before) and lacks_actor(before[0]),
                    "stood_in": bool(before) and stood_in(before[0].sources),
                    "any_stood_in": any(stood_in(e.sources) for e in before),
                    "s29_surname": _show(old),
                    "any_lacks": any(lacks_actor(e) for e in before),
                    "candidate": _show(after),
                    "moved": _show(before) != _show(after),
                }
            out.append(row)
    Path(sys.argv[2]).write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n")
    print(f"{len(out)} records of {len({r['set'] for r in out})} READING files name a person")
    print("a person's code is a gold actor:", sum(r["in_gold"] for r in out))
    for name in coders:
        count = collections.Counter(
            (r[name]["stood_in"], r[name]["any_stood_in"], r[name]["moved"]) for r in out
        )
        print(
            name,
            "(first event's source stood in, some event's, first event moved):",
            dict(count),
        )
    for r in out:
        print(
            f"{r['set']:14} {r['id']:28} {'GOLD' if r['in_gold'] else 'not-gold':8} "
            f"{'; '.join(r['people'])} | gold {r['gold']}"
        )
        for name in coders:
            c = r[name]
            mark = "right" if c["right_at_start"] else "wrong"
            flag = "STOOD" if c["stood_in"] else ("stood2" if c["any_stood_in"] else "-")
            flag += "/LACKS" if c["lacks"] else ("/lacks2" if c["any_lacks"] else "")
            print(
                f"    {name:5} {mark} {flag:13} {c['start']}  =>  {c['s29_surname']}"
                f"  =>  {c['candidate']}"
            )


if __name__ == "__main__":
    main()
