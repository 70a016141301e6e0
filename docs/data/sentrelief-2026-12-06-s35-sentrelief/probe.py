"""s35-sentrelief's probe: sentences of our own through both coders, start code and candidate.

Session 35 (s35-sentrelief). Each sentence tries one reading of ``_relief_sent``: relief
assets sent, deployed, dispatched, rushed or stationed; armed forces sent for disaster relief
or for something else; and sending verbs whose object is no relief while their clause names a
relief word (a letter, a delegation), where the code goes further than the written
convention. Prints each coder's events (type, sources, targets, trigger) for the code on
``PYTHONPATH``. From the worktree root::

    PYTHONPATH=src python3 docs/data/sentrelief-2026-12-06-s35-sentrelief/probe.py
"""

from __future__ import annotations

import datetime as dt

SENTENCES = (
    "Brazil rushed a navy hospital ship to Haiti on Thursday.",
    "Egypt deployed two aircraft to Sudan on Tuesday for humanitarian missions.",
    "India dispatched three naval vessels with medical teams to Sri Lanka on Monday.",
    "Japan stationed a hospital ship off Tonga on Monday.",
    "South Korea sent 200 troops to the Philippines on Friday for disaster relief.",
    "Chile deployed 300 soldiers to Peru on Wednesday for flood relief operations.",
    "Chile deployed 300 soldiers to the border with Peru on Wednesday.",
    "Turkey sent 500 troops to Libya on Monday to rescue its nationals.",
    "Japan deployed police to Tonga on Monday to guard the hospital.",
    "Japan sent a letter to Tonga on Monday about food security.",
    "Japan sent a delegation to Tonga on Monday to discuss disaster relief.",
)


def probe() -> None:
    from accord.news.coders import get_coder

    day = dt.date(2025, 3, 1)
    for name in ("rules", "nlp"):
        coder = get_coder(name, strict=True).coder
        for text in SENTENCES:
            events = [
                (e.event_type, [a.code for a in e.sources], [a.code for a in e.targets], e.trigger)
                for e in coder.code_sentence(text, day)
            ]
            print(name, "|", text, "|", events)


if __name__ == "__main__":
    probe()
