"""Session 17 (s17-evgate, issue 14 item 6): every finding of the default evidence finder on
the READING evidence files, right or wrong, with the calibrated confidence of the events the
same coder codes in the finding's sentence, written to ``items-CODER.json`` next to this file.

The finder does not start from events: it matches cue words, issue keywords and actors in each
sentence (``accord.news.evidence``), and a coder's parse only names the speaker (nlp). So "the
event behind a finding" is read here as the events the coder emits for the finding's sentence
(the sentence coded as a one-sentence document dated as the report, its home country read from
the report as ``accord ingest`` does), and three figures are kept per finding:

* ``holder``: the highest calibrated confidence among the sentence's events with a source that
  maps to the finding's actor (``evidence.holder_confidence``, what ``--min-confidence``
  gates on), ``null`` when there is none;
* ``sentence``: the highest calibrated confidence among all the sentence's events, ``null``
  when the coder codes none;
* ``first``: the calibrated confidence of the sentence's first (best) event.

The calibration (``accord.news.event_confidence``, bundled) was fitted on the news event gold,
not on any evidence file, so on these files it is out of sample as shipped.

READING files: every evidence gold file of tests/data/news except the CHECK file
``evidence-heldout-s15.jsonl`` (never opened here) and session 17's sets being built; the
annotators' label files and ``evidence-sentences.jsonl`` (the unlabelled sentences of
``evidence-gold.jsonl``) are no gold of their own. Run from the worktree root::

    PYTHONPATH=src nice python3 docs/data/evgate-2026-12-04-s17-evgate/items17.py rules|nlp
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DATA = HERE.parents[2] / "tests" / "data" / "news"
NOT_READING = ("evidence-heldout-s15", "evidence-heldout-s17")
"""The CHECK file and session 17's held-out file (its name once built): never opened here."""
READING = tuple(
    p.stem
    for p in sorted(DATA.glob("evidence-*.jsonl"))
    if (p.stem == "evidence-gold" or p.stem.startswith("evidence-heldout-"))
    and p.stem not in NOT_READING
)


def _best(values: list[float]) -> float | None:
    return max(values) if values else None


def items(coder_name: str, names: tuple[str, ...]) -> dict[str, Any]:
    """Every finding on the files ``names`` with its right/wrong verdict and event figures,
    and each file's count of gold stances with a direction (recall's denominator)."""
    from functools import lru_cache

    from accord.news.coders import get_coder
    from accord.news.coding import document_home
    from accord.news.evidence import DEFAULT_RULES, evidence_with_signals, holder_confidence
    from accord.news.evidence_gold import _gold_keys, _key, load_evidence_golds
    from accord.news.types import Document

    records, scenarios, file_of = load_evidence_golds([DATA / f"{n}.jsonl" for n in names])
    coder = get_coder(coder_name, strict=True).coder
    finder = getattr(coder, "clause_agents", None) if coder_name != "rules" else None
    memo = lru_cache(maxsize=None)(finder) if finder is not None else None
    out: list[dict[str, Any]] = []
    gold_count: dict[str, int] = {}
    for r in records:
        name = file_of[r.id].removesuffix(".jsonl")
        gold = _gold_keys(r)
        gold_count[name] = gold_count.get(name, 0) + len(gold)
        doc = Document(id=r.id, title="", text=r.text, date=r.date, source=r.publisher, url=r.url)
        scenario = scenarios[r.scenario]
        found = evidence_with_signals(doc, scenario, memo, DEFAULT_RULES)
        if not found:
            continue
        events = coder.code_sentence(r.text, r.date, home=document_home(doc))
        for e, _, _ in found:
            key = _key(e)
            out.append(
                {
                    "file": name,
                    "id": r.id,
                    "url": r.url,
                    "key": list(key),
                    "right": key in gold,
                    "events": len(events),
                    "holder": holder_confidence(e, events, scenario),
                    "sentence": _best([ev.confidence for ev in events]),
                    "first": events[0].confidence if events else None,
                    "types": [ev.event_type for ev in events],
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
