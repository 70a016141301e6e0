"""Session 18 (s18-evdir, issue 14 item 6): every finding of the evidence finder on the READING
evidence files, right or wrong, and for a wrong one why, written to ``items-CODER[-TAG].json``.

Why a finding is wrong (first that applies): ``opposite`` (the sentence's gold has the same actor
and issue with the other direction), ``no_direction`` (gold has the actor and issue with no
stance, or the sentence has no gold stance at all), ``wrong_issue`` (gold has the actor on
another issue only), ``wrong_actor`` (gold has the issue for another actor only), ``unrelated``
(gold has stances, none with this actor or issue). For every finding the finder's
:class:`accord.news.evidence.Signals` of how the direction was decided are kept (cue polarity,
negation, flips, governing cues, the low-label lean), and its sentence.

READING files: every evidence gold file of tests/data/news except the CHECK file
``evidence-heldout-s17.jsonl`` (never opened here) and session 18's sets being built; the
annotators' label files and ``evidence-sentences.jsonl`` are no gold of their own. Run from the
worktree root::

    PYTHONPATH=src nice python3 docs/data/evidence-2026-12-04-s18-evdir/measure18.py rules nlp
    PYTHONPATH=src nice python3 docs/data/evidence-2026-12-04-s18-evdir/measure18.py \
        --rules NAME rules nlp

``--rules NAME``: an :class:`~accord.news.evidence.EvidenceRules` constant of
``accord.news.evidence`` instead of ``DEFAULT_RULES``; the output is then ``items-CODER-NAME.json``.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from functools import lru_cache
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DATA = HERE.parents[2] / "tests" / "data" / "news"
NOT_READING = ("evidence-heldout-s17", "evidence-heldout-s18")
"""The CHECK file and session 18's held-out file (its name once built): never opened here."""
READING = tuple(
    p.stem
    for p in sorted(DATA.glob("evidence-*.jsonl"))
    if (p.stem == "evidence-gold" or p.stem.startswith("evidence-heldout-"))
    and p.stem not in NOT_READING
)


def why(key: tuple[str, str, str], stances: list[Any]) -> str:
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


def items(coder_name: str, rules_name: str) -> dict[str, Any]:
    """Every finding on the READING files with its verdict, reason and signals, and each
    file's count of gold stances with a direction (recall's denominator)."""
    import accord.news.evidence as ev
    from accord.news.coders import get_coder
    from accord.news.evidence_gold import _gold_keys, _key, load_evidence_golds
    from accord.news.types import Document

    rules = getattr(ev, rules_name)
    records, scenarios, file_of = load_evidence_golds([DATA / f"{n}.jsonl" for n in READING])
    finder = None
    if coder_name != "rules":
        coder = get_coder(coder_name, strict=True).coder
        finder = lru_cache(maxsize=None)(coder.clause_agents)
    out: list[dict[str, Any]] = []
    gold_count: dict[str, int] = {}
    for r in records:
        name = file_of[r.id].removesuffix(".jsonl")
        gold = _gold_keys(r)
        gold_count[name] = gold_count.get(name, 0) + len(gold)
        doc = Document(id=r.id, title="", text=r.text, date=r.date, source=r.publisher, url=r.url)
        for e, _, signals in ev.evidence_with_signals(doc, scenarios[r.scenario], finder, rules):
            key = _key(e)
            out.append(
                {
                    "file": name,
                    "id": r.id,
                    "key": list(key),
                    "right": key in gold,
                    "why": None if key in gold else why(key, list(r.stances)),
                    "gold": sorted("/".join(map(str, k)) for k in gold),
                    "signals": asdict(signals),
                    "text": r.text,
                }
            )
    return {"coder": coder_name, "rules": rules_name, "gold": gold_count, "items": out}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rules", default="DEFAULT_RULES")
    parser.add_argument("coders", nargs="+")
    args = parser.parse_args()
    tag = "" if args.rules == "DEFAULT_RULES" else f"-{args.rules}"
    for coder in args.coders:
        data = items(coder, args.rules)
        (HERE / f"items-{coder}{tag}.json").write_text(
            json.dumps(data, indent=0) + "\n", encoding="utf-8"
        )
        found = data["items"]
        right = sum(i["right"] for i in found)
        print(coder, args.rules, len(found), right, sum(data["gold"].values()), flush=True)


if __name__ == "__main__":
    main()
