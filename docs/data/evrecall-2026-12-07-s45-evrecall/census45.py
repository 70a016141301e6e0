"""Session 45 (s45-evrecall; session 44's census44.py, CHECK files of session 45): every gold
stance of the READING evidence files that the evidence finder misses, both coders, with why
(the census of the brief), and, as before, every false and right finding.

READING: every evidence gold file of tests/data/news (``evidence-gold`` and
``evidence-heldout-*``) except the CHECK files ``evidence-heldout-s43`` and
``evidence-heldout-s44`` (skipped by name before any file is read, never opened here;
``evidence-heldout-s42`` is a READING file now). The annotators' label files and
``evidence-sentences.jsonl`` are no gold of their own. A finding is right as ``accord evidence
evaluate`` counts it: its actor, issue and direction are one of its sentence's gold stances.
Why a gold stance (with a direction) is missed (first that applies): ``opposite`` (the finder
has the actor and issue the other way), ``other_actor`` (the finder has the issue for another
actor only), ``no_keyword`` (no keyword of the issue in the sentence), ``keyword_sense`` (the
keywords are all read in another sense), ``no_cue`` (no cue word in the sentence),
``holder_absent`` (no mention in the sentence maps to the gold actor), ``gated`` (keyword, cue
and a mention of the actor there, and a rule of the finder drops the stance or gives it to
nobody). Why a finding is false: session 18's ``measure18.why``, as in census44.py.

Run from the worktree root with the code to measure on the path (the start code for the
census)::

    PYTHONPATH=/tmp/s45-start/src nice python3 \\
        docs/data/evrecall-2026-12-07-s45-evrecall/census45.py --out census-start.json rules nlp

Writes ``OUT`` here: per coder, each file's gold stances, findings and right ones, every missed
gold stance (file, id, stance, why, the findings there, the cue words, text), every false
finding and every right finding.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from dataclasses import asdict
from functools import lru_cache
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DATA = HERE.parents[2] / "tests" / "data" / "news"
NOT_READING = ("evidence-heldout-s43", "evidence-heldout-s44", "evidence-heldout-s45")
"""The CHECK files and session 45's held-out file (not in the repository): never opened here."""


def reading() -> list[str]:
    """The READING evidence files' stems, in name order."""
    return [
        p.stem
        for p in sorted(DATA.glob("evidence-*.jsonl"))
        if (p.stem == "evidence-gold" or p.stem.startswith("evidence-heldout-"))
        and p.stem not in NOT_READING
    ]


def why(key: tuple[str, str, Any], stances: list[Any]) -> str:
    """The reason a finding ``key`` (actor, issue, direction) is not one of ``stances``."""
    actor, issue, _ = key
    same = [s for s in stances if s.actor == actor and s.issue == issue]
    if any(s.direction is not None for s in same):
        return "opposite"
    if same or not stances:
        return "no_direction"
    if any(s.actor == actor for s in stances):
        return "wrong_issue"
    if any(s.issue == issue for s in stances):
        return "wrong_actor"
    return "unrelated"


def missed(
    key: tuple[str, str, str], found: set[tuple[str, str, str]], text: str, scenario: Any
) -> tuple[str, list[str]]:
    """Why the gold stance ``key`` is not among ``found``, and the sentence's cue words."""
    import accord.news.evidence as ev

    actor, issue_id, _ = key
    tokens, mentions = ev._analysed(text, None)
    keys = [t.key for t in tokens]
    blocked = {k for m in mentions for k in range(m.start, m.end)}
    cues = [c for c in ev._find_cues(tokens, True) if c.start not in blocked]
    words = [" ".join(keys[c.start : c.end]) for c in cues]
    if any(a == actor and i == issue_id for a, i, _ in found):
        return "opposite", words
    if any(i == issue_id for _, i, _ in found):
        return "other_actor", words
    issue = next(i for i in scenario.issues if i.id == issue_id)
    hits = ev._issue_hits(keys, issue)
    if not hits:
        return "no_keyword", words
    cued = {i for c in cues for i in range(c.start, c.end + 1)}
    if all(ev._other_sense(keys, h, blocked, cued) for h in hits):
        return "keyword_sense", words
    if not cues:
        return "no_cue", words
    if not any(a.id == actor for m in mentions for a in ev.map_actor(m.actor, scenario)):
        return "holder_absent", words
    return "gated", words


def census(coder_name: str) -> dict[str, Any]:
    """Per file counts and every false finding of one coder with the default finder."""
    import accord.news.evidence as ev
    from accord.news.coders import get_coder
    from accord.news.evidence_gold import _gold_keys, _key, load_evidence_golds
    from accord.news.types import Document

    names = reading()
    records, scenarios, file_of = load_evidence_golds([DATA / f"{n}.jsonl" for n in names])
    finder = None
    if coder_name != "rules":
        coder = get_coder(coder_name, strict=True).coder
        finder = lru_cache(maxsize=None)(coder.clause_agents)
    files: dict[str, dict[str, int]] = {}
    false: list[dict[str, Any]] = []
    right: list[dict[str, Any]] = []
    misses: list[dict[str, Any]] = []
    for r in records:
        name = file_of[r.id].removesuffix(".jsonl")
        gold = _gold_keys(r)
        row = files.setdefault(name, {"gold": 0, "found": 0, "right": 0})
        row["gold"] += len(gold)
        doc = Document(id=r.id, title="", text=r.text, date=r.date, source=r.publisher, url=r.url)
        found = ev.evidence_with_signals(doc, scenarios[r.scenario], finder, ev.DEFAULT_RULES)
        keys_found = {_key(e) for e, _, _ in found}
        for g in sorted(gold - keys_found):
            cause, words = missed(g, keys_found, r.text, scenarios[r.scenario])
            misses.append(
                {
                    "file": name,
                    "id": r.id,
                    "key": list(g),
                    "why": cause,
                    "found": sorted("/".join(k) for k in keys_found),
                    "cues": words,
                    "text": r.text,
                }
            )
        for e, _, signals in found:
            key = _key(e)
            row["found"] += 1
            if key in gold:
                row["right"] += 1
                right.append({"file": name, "id": r.id, "key": list(key), "text": r.text})
                continue
            false.append(
                {
                    "file": name,
                    "id": r.id,
                    "key": list(key),
                    "why": why(key, list(r.stances)),
                    "gold": sorted("/".join(map(str, k)) for k in gold),
                    "stances": sorted(f"{s.actor}/{s.issue}/{s.direction}" for s in r.stances),
                    "signals": asdict(signals),
                    "text": r.text,
                }
            )
    total = {k: sum(f[k] for f in files.values()) for k in ("gold", "found", "right")}
    reasons = Counter(i["why"] for i in false)
    lost = Counter(i["why"] for i in misses)
    return {
        "coder": coder_name,
        "files": files,
        "pooled": {
            **total,
            "false": len(false),
            "why": dict(sorted(reasons.items())),
            "missed": len(misses),
            "why_missed": dict(sorted(lost.items())),
        },
        "missed": misses,
        "false": false,
        "right": right,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", required=True)
    parser.add_argument("coders", nargs="+")
    args = parser.parse_args()
    out = {"reading": reading()}
    for coder in args.coders:
        data = census(coder)
        out[coder] = data
        print(coder, json.dumps(data["pooled"]), flush=True)
    (HERE / args.out).write_text(json.dumps(out, indent=0) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
