"""Session 10 (s10-evidence, issue 14 item 6): what kind of wrong are the evidence items that
held-out scoring found wrong? Each wrong item (a found actor/issue/direction not in the
sentence's gold) is put in one class, in this order:

* ``no_stance``: the gold sentence states no stance at all;
* ``direction``: the gold has the same actor and issue with the other direction;
* ``actor``: the gold has the issue, with another actor only (a wrong holder);
* ``issue``: the gold has the actor, on other issues only (the right holder, a wrong issue);
* ``both``: the gold has stances, none with this actor or this issue.

Two readings: each held-out file's wrong items as scored at the time (the ``errors`` of the
JSON in ``docs/data/heldout-*/``), and at today's code (:data:`DEFAULT_RULES`). Run from
anywhere: ``python docs/data/evidence-cv-2026-12-03-s10-evidence/errors.py [nlp]`` (writes
``errors.json``; the nlp coder is read only with ``nlp``, it needs the ``[nlp]`` extra).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
DATA = ROOT / "tests" / "data" / "news"
SCORED = {
    "evidence-heldout-2026.jsonl": "heldout-2026-12-02-s4/evidence-heldout-2026",
    "evidence-heldout-s5.jsonl": "heldout-2026-12-03-s5/evidence-heldout-s5",
    "evidence-heldout-s5c.jsonl": "heldout-2026-12-03-s5c/evidence-heldout-s5c",
    "evidence-heldout-s6.jsonl": "heldout-2026-12-03-s6/evidence-heldout-s6",
    "evidence-heldout-s6b.jsonl": "heldout-2026-12-03-s6b/evidence-heldout-s6b",
    "evidence-heldout-s7.jsonl": "heldout-2026-12-03-s7/evidence-heldout-s7",
    "evidence-heldout-s8.jsonl": "heldout-2026-12-03-s8/evidence-heldout-s8",
    "evidence-heldout-s8b.jsonl": "heldout-2026-12-03-s8b/evidence-heldout-s8b",
    "evidence-heldout-s9.jsonl": "heldout-2026-12-03-s9/evidence-heldout-s9",
    "evidence-heldout-s9b.jsonl": "heldout-2026-12-03-s9b/evidence-heldout-s9b",
}
"""Each held-out evidence file of sessions 4-9 and its scoring JSON (without ``-CODER.json``)."""
CLASSES = ("no_stance", "direction", "actor", "issue", "both")


def classify(found: tuple[str, str, str], gold: set[tuple[str, str, str]]) -> str | None:
    """The class of a found (actor, issue, direction) against a sentence's gold (``None``:
    right)."""
    if found in gold:
        return None
    actor, issue, _ = found
    if not gold:
        return "no_stance"
    if any(a == actor and i == issue for a, i, _ in gold):
        return "direction"
    if any(i == issue for _, i, _ in gold):
        return "actor"
    if any(a == actor for a, _, _ in gold):
        return "issue"
    return "both"


def _split(keys: list[str]) -> set[tuple[str, str, str]]:
    out = set()
    for k in keys:
        a, i, d = k.split("/")
        out.add((a, i, d))
    return out


def at_scoring(coder: str) -> dict[str, Counter[str]]:
    """Each file's wrong items by class, from the JSON written when it was scored."""
    out: dict[str, Counter[str]] = {}
    for name, stem in SCORED.items():
        data = json.loads((ROOT / "docs" / "data" / f"{stem}-{coder}.json").read_text())
        counts: Counter[str] = Counter()
        for err in data["errors"]:
            gold = _split(err["gold"])
            for f in _split(err["found"]):
                c = classify(f, gold)
                if c is not None:
                    counts[c] += 1
        counts["found"] = data["overall"]["predicted"]
        counts["right"] = data["overall"]["correct"]
        out[name] = counts
    return out


def today(coder_name: str) -> tuple[dict[str, Counter[str]], list[dict[str, Any]]]:
    """Each development file's wrong items by class at today's code (default rules)."""
    from accord.news.coders import get_coder
    from accord.news.evidence import DEFAULT_RULES
    from accord.news.evidence_cv import extractor
    from accord.news.evidence_gold import _gold_keys, _key, load_evidence_golds

    paths = [DATA / "evidence-gold.jsonl", *(DATA / n for n in SCORED)]
    records, scenarios, files = load_evidence_golds(paths)
    coder = None if coder_name == "rules" else get_coder(coder_name, strict=True).coder
    items = extractor(records, scenarios, coder)(DEFAULT_RULES)
    out: dict[str, Counter[str]] = {}
    wrong: list[dict[str, Any]] = []
    for r in records:
        counts = out.setdefault(files[r.id], Counter())
        gold = _gold_keys(r)
        for k in {_key(e) for e, _ in items[r.id]}:
            counts["found"] += 1
            c = classify(k, gold)
            if c is None:
                counts["right"] += 1
            else:
                counts[c] += 1
                wrong.append(
                    {
                        "file": files[r.id],
                        "id": r.id,
                        "found": "/".join(k),
                        "class": c,
                        "gold": sorted("/".join(g) for g in gold),
                        "text": r.text,
                    }
                )
    return out, wrong


def table(title: str, rows: dict[str, Counter[str]]) -> dict[str, Any]:
    print(title)
    print(f"{'file':32} found right " + " ".join(f"{c:>9}" for c in CLASSES))
    total: Counter[str] = Counter()
    for name, c in rows.items():
        total.update(c)
        print(f"{name:32} {c['found']:5} {c['right']:5} " + " ".join(f"{c[k]:9}" for k in CLASSES))
    wrong = sum(total[k] for k in CLASSES)
    print(
        f"{'pooled':32} {total['found']:5} {total['right']:5} "
        + " ".join(f"{total[k]:9}" for k in CLASSES)
    )
    shares = {k: round(total[k] / wrong, 3) if wrong else None for k in CLASSES}
    print("shares of wrong items: " + ", ".join(f"{k} {v}" for k, v in shares.items()))
    print()
    return {
        "files": {n: dict(c) for n, c in rows.items()},
        "pooled": dict(total),
        "wrong": wrong,
        "shares": shares,
    }


def main(coders: list[str]) -> None:
    out: dict[str, Any] = {}
    for coder in coders:
        out[f"{coder}-at-scoring"] = table(f"{coder}, as scored (held-out JSON)", at_scoring(coder))
        rows, wrong = today(coder)
        out[f"{coder}-today"] = table(f"{coder}, today's code (DEFAULT_RULES)", rows)
        out[f"{coder}-today"]["items"] = wrong
    (HERE / "errors.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(["rules", *sys.argv[1:]])
