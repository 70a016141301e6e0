"""Candidate B read literally (not the one declared): ``trace.py`` with
``learned_own_targets`` off and, in ``learned_first``'s choice, every rules candidate whose
recipients hold one of its sources again (``_same``; the sentence's bare mentions; a
reflexive sentence excepted) given the score -1, so that it is never chosen.

    PYTHONPATH=src nice python3 docs/data/cover-2026-12-04-s19-cover/variant_exclude.py OUT.json
"""

from __future__ import annotations

import importlib.util
from dataclasses import replace
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent


def main() -> None:
    from accord.news import event_choice
    from accord.news.nlp import coder as C

    if hasattr(C.DEFAULT_RULES, "learned_own_targets"):  # candidate B's code: B off
        C.DEFAULT_RULES = replace(C.DEFAULT_RULES, learned_own_targets=False)
    real = event_choice.reorder

    def refused(e: Any) -> bool:
        words = {w.lower().strip(".,") for w in (e.sentence or "").split()}
        if words & C.REFLEXIVE:
            return False
        bare = C._bare(C.sentence_mentions(e.sentence or "", e.date, None))
        return any(C._same(a, b, None, bare) for a in e.targets for b in e.sources)

    def reorder(nlp: Any, rules: Any, scores: Any) -> Any:
        masked = list(scores)
        for k, e in enumerate(rules):
            if refused(e):
                masked[len(nlp) + k] = -1.0
        return real(nlp, rules, masked)

    event_choice.reorder = reorder  # type: ignore[assignment]
    spec = importlib.util.spec_from_file_location("cover_trace", HERE / "trace.py")
    assert spec is not None and spec.loader is not None
    trace = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(trace)
    trace.main()


if __name__ == "__main__":
    main()
