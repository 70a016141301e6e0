"""Session 13 (s13-evidence, issue 14 item 6): the error budget of the default evidence finder
on the 13 READING evidence files (every development evidence file except the CHECK file
``evidence-heldout-s12.jsonl``, which is never loaded here), both coders.

False findings (a found ``actor/issue/direction`` not in its sentence's gold) by class:
``direction`` (gold has the actor and issue the other way), ``issue`` (gold has the actor on
other issues only), ``holder`` (gold has the issue with another actor only), ``no stance`` (the
gold sentence has no stance), ``neither`` (neither actor nor issue in gold).

Misses (a gold stance with a direction not found) by the first cause that applies, in the order
the matcher works (as session 7's ``misses.py``): ``no keyword``, ``keyword sense``, ``no cue``
(no cue of CUES or POLICY_CUES outside actor names), ``gate: NAME`` (found with
:data:`LEGACY_RULES` plus ``policy_cues``, lost by the default; NAME the switches whose removal
alone brings it back), ``wrong direction``, ``actor not named``, ``other holder``, ``no holder``.

Run from the worktree root: ``PYTHONPATH=src python3
docs/data/evidence-2026-12-04-s13-evidence/budget.py rules|nlp [--out FILE.json]``.
Prints the per-file table and every error line.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from dataclasses import replace
from pathlib import Path

READING = (
    "evidence-gold",
    "evidence-heldout-2026",
    "evidence-heldout-s5",
    "evidence-heldout-s5c",
    "evidence-heldout-s6",
    "evidence-heldout-s6b",
    "evidence-heldout-s7",
    "evidence-heldout-s8",
    "evidence-heldout-s8b",
    "evidence-heldout-s9",
    "evidence-heldout-s9b",
    "evidence-heldout-s10",
    "evidence-heldout-s11",
)


def _keys(found: list) -> set[tuple[str, str, str]]:  # type: ignore[type-arg]
    return {(e.actor, e.issue, "high" if e.direction > 0 else "low") for e in found}


def budget(coder_name: str, rules=None):  # type: ignore[no-untyped-def]
    from accord.news import evidence as ev
    from accord.news.coders import get_coder
    from accord.news.evidence_gold import load_evidence_golds
    from accord.news.types import Document

    rules = rules or ev.DEFAULT_RULES
    plain_rules = replace(ev.LEGACY_RULES, policy_cues=True)
    paths = [Path("tests/data/news") / f"{n}.jsonl" for n in READING]
    records, scenarios, files = load_evidence_golds(paths)
    coder = None if coder_name == "rules" else get_coder(coder_name, strict=True).coder
    finder = getattr(coder, "clause_agents", None)
    rows = []
    for record in records:
        scenario = scenarios[record.scenario]
        doc = Document(id=record.id, title="", text=record.text, date=record.date)
        gold = {(s.actor, s.issue, s.direction) for s in record.stances if s.direction}
        now = _keys(ev.extract_evidence(doc, scenario, finder, rules))
        name = files[record.id].removesuffix(".jsonl")
        for key in sorted(now - gold):
            if not gold:
                cls = "no stance"
            elif any(a == key[0] and i == key[1] for a, i, _ in gold):
                cls = "direction"
            elif any(i == key[1] for _, i, _ in gold):
                cls = "holder"
            elif any(a == key[0] for a, _, _ in gold):
                cls = "issue"
            else:
                cls = "neither"
            rows.append(("false", name, record.id, "/".join(key), cls, record.text))
        missed = gold - now
        if not missed:
            continue
        plain = _keys(ev.extract_evidence(doc, scenario, finder, plain_rules))
        tokens, mentions = ev._analysed(record.text, record.date)
        keys = [t.key for t in tokens]
        blocked = {k for m in mentions for k in range(m.start, m.end)}
        cues = [c for c in ev._find_cues(tokens, True) if c.start not in blocked]
        named = {a.id for m in mentions for a in ev.map_actor(m.actor, scenario)}
        cued = {i for c in cues for i in range(c.start, c.end + 1)}
        for key in sorted(missed):
            issue = next(i for i in scenario.issues if i.id == key[1])
            hits = ev._issue_hits(keys, issue)
            sensed = [h for h in hits if not ev._other_sense(keys, h, blocked, cued)]
            if not hits:
                cause = "no keyword"
            elif not sensed:
                cause = "keyword sense"
            elif not cues:
                cause = "no cue"
            elif key in plain:
                back = [
                    sw
                    for sw in ev.SWITCHES
                    if getattr(rules, sw)
                    and key
                    in _keys(
                        ev.extract_evidence(doc, scenario, finder, replace(rules, **{sw: False}))
                    )
                ]
                cause = "gate: " + ("+".join(back) if back else "several")
            elif any(a == key[0] and i == key[1] for a, i, _ in now | plain):
                cause = "wrong direction"
            elif key[0] not in named:
                cause = "actor not named"
            elif any(i == key[1] for _, i, _ in now | plain):
                cause = "other holder"
            else:
                cause = "no holder"
            rows.append(("miss", name, record.id, "/".join(key), cause, record.text))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("coder")
    parser.add_argument("--out")
    args = parser.parse_args()
    rows = budget(args.coder)
    for kind in ("false", "miss"):
        table: dict[str, Counter[str]] = {}
        for k, name, _, _, cls, _ in rows:
            if k == kind:
                table.setdefault(cls, Counter())[name] += 1
        print(f"== {args.coder}: {kind} by class, per file ==")
        for cls, c in sorted(table.items(), key=lambda x: -sum(x[1].values())):
            files = ", ".join(
                f"{n.removeprefix('evidence-').removeprefix('heldout-')} {v}"
                for n, v in sorted(c.items())
            )
            print(f"{sum(c.values()):4d}  {cls:24s} ({len(c)} files) {files}")
    for k, name, rid, key, cls, text in rows:
        print(f"{k}\t{name.removeprefix('evidence-')}\t{rid}\t{key}\t{cls}\t{text}")
    if args.out:
        Path(args.out).write_text(
            json.dumps(
                [
                    dict(zip(("kind", "file", "id", "stance", "cause", "text"), r, strict=True))
                    for r in rows
                ],
                indent=1,
                ensure_ascii=False,
            )
            + "\n",
            encoding="utf-8",
        )


if __name__ == "__main__":
    main()
