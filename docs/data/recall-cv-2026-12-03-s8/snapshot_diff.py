"""The nlp snapshot's events (``tests/news/test_nlp_snapshot.py``) under two type heads, and
every item whose events differ other than in their confidence (issue 14, session 8,
s8-recall: what rebuilding the shipped head changes, listed on purpose).

    python docs/data/recall-cv-2026-12-03-s8/snapshot_diff.py BEFORE_FOLDER AFTER_FOLDER

Each folder holds a head saved by ``python -m accord.news.nlp.train`` (``type_head.npz`` and
``type_head.json``). Output: markdown lines, one per changed item.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from tests.news.test_nlp_snapshot import snapshot  # noqa: E402

import accord.news.nlp.coder as nlp_coder  # noqa: E402
from accord.news.nlp.classifier import read_head  # noqa: E402


def events(folder: str) -> dict[str, list[list[Any]]]:
    head = read_head(Path(folder))
    nlp_coder.default_head = lambda: head  # type: ignore[assignment]
    return snapshot()


def main() -> None:
    before, after = events(sys.argv[1]), events(sys.argv[2])
    plain = [[r[:5] + r[6:] for r in before[k]] for k in before]
    n_before = sum(len(v) for v in before.values())
    n_after = sum(len(v) for v in after.values())
    print(f"events {n_before} -> {n_after}; items {len(before)}")
    for (key, rows), old in zip(after.items(), plain, strict=True):
        new = [r[:5] + r[6:] for r in rows]
        if new != old:
            sentence = (rows or before[key])[0][-1] if (rows or before[key]) else ""
            gone = [r[:5] for r in old if r not in new]
            came = [r[:5] for r in new if r not in old]
            print(f'* `{key}`: {gone} -> {came}; "{sentence[:160]}"')


if __name__ == "__main__":
    main()
