"""s33-responded2's probe: both coders (the code on ``PYTHONPATH``) on sentences of our own that
test the narrowed "with" reading against the response convention (docs/event-coding.md): the
over-reach of s33-responded (a violent word in the complement of the instrument) and the readings
kept; the first two events of each. Run from the worktree root, once per code::

    PYTHONPATH=SRC python3 docs/data/responded2-2026-12-06-s33-responded2/probe.py > OUT.txt
"""

from __future__ import annotations

import datetime as dt
from typing import Any

DATE = dt.date(2025, 3, 1)
SENTENCES = (
    # the over-reach: the instrument names no act, its complement names a violent one
    "The ministry responded with condemnation of the airstrikes on Gaza.",
    "Chile responded with anger at the airstrikes.",
    "Chile responded with anger over the shelling of its border posts.",
    "Chile responded with fury when Peruvian jets bombed the border posts.",
    "Chile reacted with alarm to the missile strikes on Arica.",
    "Chile responded with a protest against the bombing of Lima.",
    "Chile responded with caution, since the airstrikes had stopped.",
    "Chile responded with caution to Peru's statement.",
    # kept: the instrument is the head of the phrase
    "Chile responded with airstrikes on Peruvian military posts.",
    "Chile responded with F-16 fighter jet airstrikes on Peruvian military posts.",
    "Chilean police responded with tear gas and rubber bullets.",
    "Chilean police responded with teargas and water cannon against the marchers.",
    "Chile retaliated with missile strikes on Peruvian bases.",
    "Chile's army responded by deploying troops along the border.",
    "Chile reacted by imposing a curfew on the border towns.",
    "Chile did not respond with force to the attack by Peru.",
)


def _first(events: list[Any]) -> list[tuple[Any, ...]]:
    return [
        (
            e.event_type,
            e.mode,
            [a.code for a in e.sources],
            [a.code for a in e.targets],
            e.trigger,
        )
        for e in events[:2]
    ]


def main() -> None:
    from accord.news.coding import code_sentence
    from accord.news.nlp.coder import NlpCoder

    nlp = NlpCoder()
    for text in SENTENCES:
        print(text)
        print("  RUL", _first(list(code_sentence(text, DATE))))
        print("  NLP", _first(list(nlp.code_sentence(text, DATE, None))))


if __name__ == "__main__":
    main()
