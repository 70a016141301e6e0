"""The nlp coder's reported predicates on the READING files, by who the gold codes (s15-reported).

Reads the output of ``trace.py`` (session 15's version: its ``reported`` field) and lists
every record whose first nlp event is the coder's own reported predicate (a clause under a
verb of saying, or with "according to X") and whose gold has a source, in four groups:

* ``S``: the coder takes the inner subject, the gold codes the speaker (the brief's class);
* ``M``: the mirror, the coder takes the speaker (first person / a demand), the gold the
  inner subject;
* ``R``: the coder's source is the gold's (right);
* ``O``: other (neither the speaker's nor the inner subject's actors are the gold's source).

For each record: sentence, gold type and actors, both coders' types and actors, the verb of
saying, the inner verb and its auxiliaries, the inner subject's words (pronoun or not),
quotation or not. Then counts by construction per group.

Run from the worktree root::

    python3 docs/data/reported-2026-12-04-s15-reported/reported.py TRACE.json > reported.txt
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

PRONOUNS = {"he", "she", "it", "they", "we", "i", "us", "me", "you"}


def group(r: dict[str, Any]) -> str:
    e, rep, p = r["nlp"], r["reported"], r["pred"]
    got, gold = set(e["source"]), set(r["gold_source"])
    spk, inner = set(rep["speaker_codes"]), set(rep["agent_codes"])
    if got == gold:
        return "R"
    took_speaker = p["first_person"] or p["demand"]
    if not took_speaker and spk and gold <= spk | set() and gold & spk:
        return "S"
    if took_speaker and inner and gold & inner and gold <= inner:
        return "M"
    return "O"


def construction(r: dict[str, Any]) -> dict[str, str]:
    rep = r["reported"]
    words = rep["agent_words"]
    if not words:
        subj = "none"
    elif all(w in {"we", "i", "us", "me"} for w in words):
        subj = "1st-person"
    elif all(w in PRONOUNS for w in words):
        subj = "3rd-pronoun"
    else:
        subj = "noun"
    modal = next(
        (
            a
            for a in rep["inner_aux"]
            if a in {"must", "should", "will", "would", "could", "can", "may", "might"}
        ),
        "-",
    )
    return {
        "say": rep["say_lemma"],
        "inner": rep["inner_lemma"],
        "subj": subj,
        "modal": modal,
        "quote": "quote" if rep["quote"] else "-",
        "same_code": "speaker=inner"
        if set(rep["speaker_codes"]) == set(rep["agent_codes"])
        else "-",
    }


def main() -> None:
    rows = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        if r.get("origin") != "nlp" or "reported" not in r or not r["gold_source"]:
            continue
        if not r["pred"]["speakers"]:
            continue
        groups[group(r)].append(r)
    for g in "SMOR":
        rs = groups[g]
        print(f"== group {g}: {len(rs)} records, {len({r['file'] for r in rs})} files")
        if g != "R":
            for r in rs:
                c = construction(r)
                e, ru = r["nlp"], r["rules"]
                print(f"{r['file']} {r['id']}: {r['text']}")
                print(
                    f"   gold {r['gold']} {r['gold_source']}->{r['gold_target']}"
                    f" | nlp {e['type']} {e['source']}->{e['target']}"
                    f" | rules {ru and ru['type']} {ru and ru['source']}->{ru and ru['target']}"
                )
                print(
                    f"   speaker {r['reported']['speaker_codes']} {r['pred']['speakers']}"
                    f" inner {r['reported']['agent_codes']} {r['reported']['agent_words']}"
                    f" | {c}"
                )
        for key in ("say", "subj", "modal", "quote", "same_code"):
            cnt = Counter(construction(r)[key] for r in rs)
            print(f"   {key}: {dict(cnt.most_common(12))}")
        print()


if __name__ == "__main__":
    main()
