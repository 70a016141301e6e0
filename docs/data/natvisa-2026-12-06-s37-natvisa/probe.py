"""Probe sentences of s37-natvisa (session 37), of our own: each coder's first three events
(type/mode, source -> target, trigger) for the constructions the candidate reads and the
sentences it must leave as they were. Run with the start code and with the candidate:

    PYTHONPATH=SRC python3 docs/data/natvisa-2026-12-06-s37-natvisa/probe.py > OUT.txt
"""

from __future__ import annotations

PROBES = [
    "Ghana revoked the visas of Togolese nationals on Monday.",
    "Russia suspended visa-free travel for Moldovan citizens.",
    "Latvia's government decided to suspend visa-free entry for Russian officials.",
    "India will cancel all visas issued to Bangladeshi nationals.",
    "Kenya announced the suspension of visa issuance for Somali nationals.",
    "All visas issued by Nepal to Chinese citizens will be cancelled from next month.",
    "Visas issued by Kenya to Somali diplomats have been revoked, the ministry said.",
    "All visas issued by Kenya to Somali nationals will be revoked if the talks fail.",
    "Kenya may suspend visa issuance for Somali nationals.",
    "Kenya cancelled visa requirements for Somali citizens.",
    "Kenya lifted the suspension of visa-free travel for Somali citizens.",
    "Kenya extended visa-free travel for Somali citizens.",
    "Visas of Somali nationals have been revoked.",
    "Kenya announced the suspension of visa issuance for nationals of ten countries.",
    "Canada has revoked the visa of a senior Chinese diplomat.",
    "Kenya revoked his visa on Friday.",
]


def main() -> None:
    from accord.news.coders import get_coder

    for name in ("rules", "nlp"):
        coder = get_coder(name, strict=True).coder
        for text in PROBES:
            events = coder.code_sentence(text, None, None)
            shown = " | ".join(
                f"{e.event_type}/{e.mode} {','.join(a.code for a in e.sources)}->"
                f"{','.join(a.code for a in e.targets)} [{e.trigger}]"
                for e in events[:3]
            )
            print(f"{name}\t{shown or '-'}\t{text}")


if __name__ == "__main__":
    main()
