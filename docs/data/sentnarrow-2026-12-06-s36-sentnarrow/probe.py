"""s36-sentnarrow's probe: sentences of our own through both coders, for three versions of the code.

Session 36 (s36-sentnarrow). Group ``claimed`` holds one sentence per construction session
35's s35-sentrelief log claims (relief that is what is sent: the object, its compounds, a
partitive "tonnes of"; a craft or force and what it carries or is sent for; a participle with
the thing sent before it); group ``over`` holds sentences where a relief word stands elsewhere
in the sending verb's clause (a preposition's object under another noun, a purpose clause of
what is no craft or force, a participle clause, a second verb after "and", a clause under
another noun), which the narrowing gives back the output of session 35's start code
(9299512f). Prints, per coder and sentence, the events (type, mode, sources, targets,
trigger) of the code on ``PYTHONPATH``; ``--compare`` sets three such printouts side by
side. From the worktree root::

    PYTHONPATH=src python3 docs/data/sentnarrow-2026-12-06-s36-sentnarrow/probe.py
    python3 docs/data/sentnarrow-2026-12-06-s36-sentnarrow/probe.py --compare \\
        probe-s35-start.txt probe-s36-start.txt probe-candidate.txt
"""

from __future__ import annotations

import datetime as dt

CLAIMED = (
    "Brazil rushed a navy hospital ship to Haiti on Thursday.",
    "Japan stationed a hospital ship off Tonga on Monday.",
    "Japan sent search and rescue teams to Turkey on Tuesday.",
    "Turkey dispatched more than 50 tonnes of emergency relief supplies to Syria on Monday.",
    "Canada sent $5 million worth of medical equipment to Gaza on Friday.",
    "Egypt deployed two aircraft to Sudan on Tuesday for humanitarian missions.",
    "Japan deployed two navy ships carrying medical supplies to Tonga on Monday.",
    "India dispatched three naval vessels with medical teams to Sri Lanka on Monday.",
    "South Korea sent 200 troops to the Philippines on Friday for disaster relief.",
    "Chile deployed 300 soldiers to Peru on Wednesday for flood relief operations.",
    "A Mexican navy ship was dispatched to Cuba on Sunday to deliver emergency relief goods.",
)
OVER = (
    "Japan sent a letter to Tonga on Monday about food security.",
    "Japan sent a delegation to Tonga on Monday to discuss disaster relief.",
    "Japan sent a message to Tonga on Monday expressing sympathy over the humanitarian crisis.",
    "France sent an envoy to Chad on Tuesday for talks on humanitarian access.",
    "Norway sent a delegation to Sudan and will discuss food aid with its leaders.",
    "Chile deployed 300 soldiers on Wednesday to a border town hit by the disaster.",
    "Russia sent two warships to a port used for humanitarian deliveries.",
    "Japan sent an envoy to Tonga on Monday as relief efforts continued.",
    "A letter was sent to Tonga on Monday about food security.",
)
CODERS = ("rules", "nlp")


def probe() -> None:
    from accord.news.coders import get_coder

    day = dt.date(2025, 3, 1)
    for name in CODERS:
        coder = get_coder(name, strict=True).coder
        for group, sentences in (("claimed", CLAIMED), ("over", OVER)):
            for text in sentences:
                events = [
                    (
                        e.event_type,
                        e.mode,
                        [a.code for a in e.sources],
                        [a.code for a in e.targets],
                        e.trigger,
                    )
                    for e in coder.code_sentence(text, day)
                ]
                print(name, group, "|", text, "|", events)


def compare(start: str, session35: str, candidate: str) -> None:
    """Print each sentence's events in the three printouts (session 35's start 9299512f,
    session 36's start, the candidate) and whether the candidate's equal either."""
    from pathlib import Path

    rows = [Path(f).read_text(encoding="utf-8").splitlines() for f in (start, session35, candidate)]
    for a, b, c in zip(*rows, strict=True):
        name_group, text, events_a = a.split(" | ")
        events_b, events_c = b.split(" | ")[2], c.split(" | ")[2]
        same = [
            tag for tag, other in (("s35-start", events_a), ("s35", events_b)) if other == events_c
        ]
        print(name_group, "|", text)
        print("    9299512f  ", events_a)
        print("    2dd84582  ", events_b)
        print("    candidate ", events_c, "(= " + " and ".join(same) + ")" if same else "(new)")


if __name__ == "__main__":
    import sys

    if sys.argv[1:2] == ["--compare"]:
        compare(*sys.argv[2:5])
    else:
        probe()
