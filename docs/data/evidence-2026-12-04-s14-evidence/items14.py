"""Session 14 (s14-evidence, issue 14 item 6): every item the default evidence finder
(``DEFAULT_RULES``) finds on the 14 READING evidence files, for one coder, with the facts a
confidence score may weigh, written to ``items-CODER.json`` next to this file.

READING files: every development evidence file but the CHECK file
``evidence-heldout-s13.jsonl``, which this script never opens. Run from the worktree root::

    PYTHONPATH=src python3 docs/data/evidence-2026-12-04-s14-evidence/items14.py rules|nlp

Per item: file, record id, report URL, actor / issue / direction, right (the key is among its
sentence's gold stances with a direction, as ``accord evidence evaluate`` scores it), the
``Signals`` of the finder, the bundled confidence model's probability
(``evidence_confidence.confidence``), and facts of the sentence fixed before any figure was
seen: words of negation, condition or exchange, contrast, possibility or hearsay, and the
distance in tokens from the holder's nearest mention to the nearest issue keyword.
"""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DATA = HERE.parents[2] / "tests" / "data" / "news"
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
    "evidence-heldout-s12",
)
CHECK = ("evidence-heldout-s13",)
NEGATION = {"NOT", "NEVER", "NO", "WITHOUT", "NOR", "NEITHER"}
CONDITION = {"IF", "UNLESS", "PROVIDED", "WOULD", "EXCHANGE", "CONDITION", "CONDITIONS", "ONLY"}
CONTRAST = {"BUT", "THOUGH", "ALTHOUGH", "HOWEVER", "WHILE", "WHEREAS", "YET", "DESPITE"}
HEDGE = {"MAY", "MIGHT", "COULD", "PERHAPS", "POSSIBLY", "REPORTEDLY", "ALLEGEDLY", "APPARENTLY"}


def sentence_facts(text: str, date: Any, actor: str, issue: Any, scenario: Any) -> dict[str, Any]:
    from accord.news import evidence as ev

    tokens, mentions = ev._analysed(text, date)
    keys = [t.key for t in tokens]
    hits = ev._issue_hits(keys, issue)
    spots = [
        m.start for m in mentions if any(a.id == actor for a in ev.map_actor(m.actor, scenario))
    ]
    gap = min((abs(h - s) for h in hits for s in spots), default=len(keys))
    return {
        "negation": any(k in NEGATION or k.endswith("N'T") for k in keys),
        "condition": any(k in CONDITION for k in keys),
        "contrast": any(k in CONTRAST for k in keys),
        "hedge": any(k in HEDGE for k in keys),
        "holder_named": bool(spots),
        "holder_gap": gap,
        "holder_before_keyword": bool(spots and hits and min(spots) < hits[0]),
    }


def items(coder_name: str, names: tuple[str, ...]) -> dict[str, Any]:
    from functools import lru_cache

    from accord.news.coders import get_coder
    from accord.news.evidence import DEFAULT_RULES, evidence_with_signals
    from accord.news.evidence_confidence import confidence
    from accord.news.evidence_gold import _gold_keys, _key, load_evidence_golds
    from accord.news.types import Document

    records, scenarios, file_of = load_evidence_golds([DATA / f"{n}.jsonl" for n in names])
    coder = None if coder_name == "rules" else get_coder(coder_name, strict=True).coder
    finder = getattr(coder, "clause_agents", None)
    memo = lru_cache(maxsize=None)(finder) if finder is not None else None
    out: list[dict[str, Any]] = []
    gold_count: dict[str, int] = {}
    for r in records:
        name = file_of[r.id].removesuffix(".jsonl")
        gold = _gold_keys(r)
        gold_count[name] = gold_count.get(name, 0) + len(gold)
        doc = Document(id=r.id, title="", text=r.text, date=r.date, source=r.publisher, url=r.url)
        scenario = scenarios[r.scenario]
        issues = {i.id: i for i in scenario.issues}
        for e, _, signals in evidence_with_signals(doc, scenario, memo, DEFAULT_RULES):
            key = _key(e)
            out.append(
                {
                    "file": name,
                    "id": r.id,
                    "url": r.url,
                    "key": list(key),
                    "right": key in gold,
                    "signals": asdict(signals),
                    "confidence": round(confidence(signals, memo is not None), 6),
                    **sentence_facts(e.quote, r.date, e.actor, issues[e.issue], scenario),
                }
            )
    return {"coder": coder_name, "gold": gold_count, "items": out}


def main() -> None:
    for coder in sys.argv[1:]:
        data = items(coder, READING)
        path = HERE / f"items-{coder}.json"
        path.write_text(json.dumps(data, indent=0) + "\n", encoding="utf-8")
        n = len(data["items"])
        right = sum(i["right"] for i in data["items"])
        print(coder, n, right, sum(data["gold"].values()), flush=True)


if __name__ == "__main__":
    main()
