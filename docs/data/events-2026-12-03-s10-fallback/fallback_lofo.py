"""``RoleRules.fallback_not_rejected`` measured by s9-silent's leave-one-file-out harness
(issue 14, session 10, s10-fallback).

The harness is ``docs/data/events-2026-12-03-s9-silent/silent_lofo.py`` unchanged (for each of
the fourteen files F of ``accord.news.nlp.rules_cv.dev_sets`` a head trained without F on the
shipped recipe, seed 0, setting (8, 0.03, 0.3); the rules coder's lexicon candidates chosen
without F; F coded by each configuration), with its ``rules_of`` widened by the configurations
of this branch:

* ``rules``, ``base``, ``silent``, ``silent_cond``: s9-silent's (the rules coder; the nlp
  coder as shipped; ``rules_when_silent``; ``rules_when_silent`` +
  ``fallback_not_conditional``);
* ``unrejected``: ``rules_when_silent`` + ``fallback_not_rejected`` (this branch's switch,
  designed from the brief and the seven tests of the nlp coder's role rules, before any
  figure of this script was seen);
* ``unrejected_cond``: ``unrejected`` + ``fallback_not_conditional`` (s9-silent's filter).

Adoption rule (COMMON.md, issue 14): event F1 and actor accuracy not lower than ``base`` on
any of the fourteen files, out of file; pooled figures beside; and the seed article (coded as
one document, shipped head: ``seed.py``) at 0 rejectable nlp events.

Run from the repository root: ``S9_CONFIGS=rules,base,silent,silent_cond,unrejected,
unrejected_cond nice -n 5 python docs/data/events-2026-12-03-s10-fallback/fallback_lofo.py >
docs/data/events-2026-12-03-s10-fallback/lofo.json``; per-record outcome rows go to
``rows.json`` beside this script (``S10_ROWS`` to change).
"""

from __future__ import annotations

import os
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent / "events-2026-12-03-s9-silent"))
os.environ["S9_ROWS"] = str((HERE / os.environ.get("S10_ROWS", "rows.json")).resolve())

import silent_lofo  # noqa: E402

from accord.news.nlp.coder import DEFAULT_RULES  # noqa: E402

S9_RULES_OF = silent_lofo.rules_of
OFF = {
    "rules_when_silent": False,
    "fallback_not_conditional": False,
    "fallback_not_rejected": False,
    "rules_without_agent": False,
    "rules_when_abstained": False,
}


def rules_of(config: str) -> Any:
    """The role rules of a configuration; every fallback switch set explicitly."""
    if config == "unrejected":
        return replace(DEFAULT_RULES, **{**OFF, "rules_when_silent": True, "fallback_not_rejected": True})
    if config == "unrejected_cond":
        return replace(
            DEFAULT_RULES,
            **{**OFF, "rules_when_silent": True, "fallback_not_rejected": True, "fallback_not_conditional": True},
        )
    rules = S9_RULES_OF(config)
    return replace(rules, fallback_not_rejected=False)


silent_lofo.rules_of = rules_of

if __name__ == "__main__":
    silent_lofo.main()
