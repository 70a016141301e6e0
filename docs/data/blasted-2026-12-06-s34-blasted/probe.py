"""s34-blasted's probe: sentences of our own with "blast" as criticism and as a physical blast,
through both coders (first event: type, source, target, trigger).

Run from the worktree root, with the code to probe on PYTHONPATH::

    PYTHONPATH=src nice python3 docs/data/blasted-2026-12-06-s34-blasted/probe.py
"""

from __future__ import annotations

SENTENCES = (
    "Iran blasted the US strikes on its nuclear facilities as a violation of international law.",
    "China blasted Japan for its remarks on Taiwan.",
    "Venezuela blasted the decision to deploy warships.",
    "Germany's chancellor blasted Hungary's prime minister as irresponsible.",
    "Kenya's president blasted the opposition's protests.",
    "North Korea blasted South Korea on Saturday.",
    "Russia hit out at the European Union over its new sanctions.",
    "Israeli jets blasted the building in Gaza City on Monday.",
    "Russian forces blasted Kharkiv with missiles overnight.",
    "Ukraine blasted a Russian ammunition depot with drones.",
    "Two blasts hit the Afghan capital on Monday.",
    "The Pakistani army blasted militant hideouts in North Waziristan.",
)


def main() -> None:
    from accord.news.coders import get_coder
    from accord.news.evaluate import fold

    coders = {name: get_coder(name).coder for name in ("rules", "nlp")}
    for text in SENTENCES:
        row = []
        for name, coder in coders.items():
            events = coder.code_sentence(text, None, None)
            best = events[0] if events else None
            row.append(
                f"{name}: {best.event_type} {sorted(fold(best.sources))} -> "
                f"{sorted(fold(best.targets))} [{best.trigger}]"
                if best
                else f"{name}: none"
            )
        print(text)
        print("    " + " | ".join(row))


if __name__ == "__main__":
    main()
