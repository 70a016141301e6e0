"""Session 21 (s21-seed): the one CHECK run of the evidence candidate E1 (``SHARED_GATES``) on
the pooled evidence CHECK files, aggregate figures only.

Session 18's ``check18.py`` run as it is, with the files given read as one pool
(``load_evidence_golds``) where it reads one: for each coder, ``evaluate_evidence`` (what
``accord evidence evaluate`` runs) with the default finder and with the candidate: gold stances,
findings, right ones, precision, recall; against the default, the right findings gained and
lost and the wrong ones removed and added (summed over the pool), and whether the CHECK part of
the adoption rule holds (docs/validation-events/session-21-seed.md). No record id, text or
per-record output is printed or written. A candidate the code no longer has is skipped, so the
run is reproduced at the commit that ran it (59c2cb5). Run once, from the worktree root, after
the protocol and the code are committed::

    PYTHONPATH=src nice python3 docs/data/seed-2026-12-05-s21-seed/check21.py \\
        tests/data/news/evidence-heldout-s19.jsonl tests/data/news/evidence-heldout-s20.jsonl \\
        --out check-E1.json
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "evidence-2026-12-04-s18-evdir"))
import check18  # noqa: E402  (session 18's aggregate-only CHECK run)


def main() -> None:
    """Give ``check18.main`` the files as one pool, named by its first file's argument."""
    import accord.news.evidence_gold as gold

    files = [a for a in sys.argv[1:] if a.endswith(".jsonl")]
    rest = [a for a in sys.argv[1:] if not a.endswith(".jsonl")]

    records, scenarios, _ = gold.load_evidence_golds(files)

    def pooled(_path: Any) -> tuple[Any, Any]:
        return records, scenarios

    gold.load_evidence_gold = pooled  # check18 imports it when it runs
    check18.HERE = HERE
    check18.CANDIDATES = ("SHARED_GATES",)
    sys.argv = [sys.argv[0], "+".join(Path(f).name for f in files), *rest]
    check18.main()


if __name__ == "__main__":
    main()
