"""s33-responded's probe: both coders (the code on ``PYTHONPATH``) on sentences of our own that
test what the candidate emits against the response convention (docs/event-coding.md); the first
two events of each. Run from the worktree root, once per code::

    PYTHONPATH=SRC python3 docs/data/responded-2026-12-06-s33-responded/probe.py > OUT.txt
"""

from __future__ import annotations

import datetime as dt
from typing import Any

DATE = dt.date(2025, 3, 1)
SENTENCES = (
    "The ministry responded with condemnation of the airstrikes on Gaza.",
    "Chile responded with anger at the airstrikes.",
    "Chile reacted with horror at the bombing of Lima.",
    "Chile responded with outrage over the shelling of its border posts.",
    "Chile responded with a statement criticizing the bombing of Lima.",
    "Chile responded with caution to Peru's statement.",
    "Chile reacted by imposing a curfew on the border towns.",
    "Chile responded to the airstrikes by accusing Peru.",
    "Chile did not respond with force to the attack by Peru.",
    "Chile responded by calling for talks with Peru.",
    "Chile responded with sanctions on Peru.",
    "Chile responded by announcing countermeasures against Peru.",
    "Chile retaliated with tariffs on Peruvian goods.",
    "Chile's army responded by deploying troops along the border.",
    "Chile responded with airstrikes on Peruvian military posts.",
    "Chilean police responded with tear gas and rubber bullets.",
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
