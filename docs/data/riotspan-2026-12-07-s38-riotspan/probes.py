"""Probe sentences of s38-riotspan (docs/validation-events/session-38-riotspan.md): each coder's
events on each probe, as type, mode, source and target. Run from a worktree's root:
``PYTHONPATH=src python3 docs/data/riotspan-2026-12-07-s38-riotspan/probes.py``."""

from __future__ import annotations

import datetime as dt

# outside the claimed reading: the crowd is the object of another verb or is cut from the
# violent verb by a complementiser or a subject of its own
OUTSIDE = [
    "Kenyan police warned protesters that officers would attack any march.",
    "Kenyan police warned protesters in Nairobi that officers would attack them.",
    "Kenyan police warned protesters they would attack any march.",
    "Kenyan police warned protesters in Nairobi that police would fire on them.",
    "Kenyan police urged demonstrators in Nairobi not to attack the police station.",
    "Kenyan police told the mob in Nairobi the army would shoot.",
    "Kenyan police told protesters in Nairobi the army would shoot looters.",
    "Kenyan police asked protesters whether they would attack the embassy.",
    "Kenyan police warned rioters that troops would storm the square.",
]
# inside the reading: the crowd is the violent verb's subject, a riot before and after
INSIDE = [
    "Kenyan police arrested protesters who threw stones at officers.",
    "Protesters who threw stones at police in Nairobi were arrested.",
    "Protesters, clad in black, threw rocks at the embassy in Nairobi.",
    "Thousands of farmers stormed the parliament in Brussels.",
    "Protesters set fire to the parliament in Nairobi.",
    "Protesters chanted and threw stones at police in Nairobi.",
    "Protesters warned officers and threw stones at them in Nairobi.",
]


def main() -> None:
    from accord.news.coders import get_coder

    date = dt.date(2026, 12, 7)
    coders = {name: get_coder(name, strict=True).coder for name in ("rules", "nlp")}
    for label, sentences in (("outside", OUTSIDE), ("inside", INSIDE)):
        for text in sentences:
            print(f"[{label}] {text}")
            for name, coder in coders.items():
                events = coder.code_sentence(text, date, None)
                shown = [
                    f"{e.event_type}/{e.mode}/{'+'.join(a.code for a in e.sources)}"
                    f">{'+'.join(a.code for a in e.targets)}"
                    for e in events
                ]
                print(f"  {name}: {shown}")


if __name__ == "__main__":
    main()
