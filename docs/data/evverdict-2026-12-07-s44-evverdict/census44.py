"""Session 44 (s44-evverdict; session 43's s43-evfalse census, CHECK files of session 44): every
false finding of the evidence finder on the READING evidence files, both coders, with why it is
false and the finder's signals (the census of the brief).

READING: every evidence gold file of tests/data/news (``evidence-gold`` and
``evidence-heldout-*``) except the CHECK files ``evidence-heldout-s42`` and
``evidence-heldout-s43`` (skipped by name before any file is read, never opened here). The
annotators' label files and ``evidence-sentences.jsonl`` are no gold of their own. A finding
is right as ``accord evidence evaluate`` counts it: its actor, issue and direction are one of
its sentence's gold stances.
Why a finding is false (first that applies, session 18's ``measure18.why``): ``opposite`` (gold
has the actor and issue the other way: a wrong direction), ``no_direction`` (gold has the actor
and issue with no direction, or the sentence has no gold stance: a finding where the gold has
none), ``wrong_issue`` (gold has the actor on another issue only), ``wrong_actor`` (gold has the
issue for another actor only), ``unrelated``.

Run from the worktree root with the code to measure on the path (the start code for the
census)::

    PYTHONPATH=/tmp/s44-start/src nice python3 \\
        docs/data/evverdict-2026-12-07-s44-evverdict/census44.py --out census-start.json rules nlp

Writes ``OUT`` here: per coder, each file's gold stances, findings and right ones, every false
finding (file, id, finding, why, the sentence's gold, signals, text) and every right finding
(file, id, finding, text).
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
NOT_READING = ("evidence-heldout-s42", "evidence-heldout-s43", "evidence-heldout-s44")
"""The CHECK files and session 44's held-out file (not in the repository): never opened here."""


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
    for r in records:
        name = file_of[r.id].removesuffix(".jsonl")
        gold = _gold_keys(r)
        row = files.setdefault(name, {"gold": 0, "found": 0, "right": 0})
        row["gold"] += len(gold)
        doc = Document(id=r.id, title="", text=r.text, date=r.date, source=r.publisher, url=r.url)
        found = ev.evidence_with_signals(doc, scenarios[r.scenario], finder, ev.DEFAULT_RULES)
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
    return {
        "coder": coder_name,
        "files": files,
        "pooled": {**total, "false": len(false), "why": dict(sorted(reasons.items()))},
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
