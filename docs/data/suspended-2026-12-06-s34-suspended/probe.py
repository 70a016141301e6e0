"""Probe of s34-suspended: both coders' first event on sentences of our own that name each item
of docs/event-coding.md's paragraph "What is suspended decides COERCE or SANCTION" (at
c62eac0b). No gold record is read. Run from a worktree root with ``PYTHONPATH`` the code to
probe::

    PYTHONPATH=src python3 docs/data/suspended-2026-12-06-s34-suspended/probe.py
"""

from __future__ import annotations

import datetime as dt

SENTENCES = (
    # COERCE by the convention: political life at home, the media, visa issuance
    "Zambia's government suspended the activities of opposition parties on Monday.",
    "The military council in Chad suspended all political activities across the country.",
    "The army in Gabon suspended the electoral process after the vote.",
    "Nigeria's President suspended the governor of Rivers State from office.",
    "Benin's regulator suspended the broadcasts of two Belgian radio stations.",
    "Burkina Faso's junta suspended the newspaper Le Pays for two weeks.",
    "Kenya announced the suspension of visa issuance for nationals of ten countries.",
    # SANCTION by the convention: an exchange with another party
    "Germany suspended military aid to Niger on Friday.",
    "Kenya suspended all trade with Uganda on Monday.",
    "China suspended imports of seafood from Japan.",
    "Ukraine announced the suspension of all payments to Hungary.",
    "India suspended the water treaty with Pakistan.",
    "Morocco suspended air links with Algeria.",
    "Mali suspended its cooperation with the IAEA.",
    "ECOWAS suspended Guinea's membership of the bloc.",
    "Colombia's president suspended peace talks with the rebels.",
)


def main() -> None:
    from accord.news.coders import get_coder

    date = dt.date(2025, 3, 1)
    for name in ("rules", "nlp"):
        coder = get_coder(name, strict=True).coder
        for text in SENTENCES:
            events = coder.code_sentence(text, date, None)
            if not events:
                print(f"{name}\tNONE\t{text}")
                continue
            e = events[0]
            src = ",".join(a.code for a in e.sources)
            tgt = ",".join(a.code for a in e.targets)
            print(f"{name}\t{e.event_type}/{e.mode} {src}->{tgt} [{e.trigger}]\t{text}")


if __name__ == "__main__":
    main()
