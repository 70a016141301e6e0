"""Probe sentences of s38-visanoun (session 38), of our own: each coder's first three events
(type/mode, source -> target, trigger) for the noun constructions the candidate reads and the
sentences it must leave as they were. Run with the start code and with the candidate:

    PYTHONPATH=SRC python3 docs/data/visanoun-2026-12-07-s38-visanoun/probe.py > OUT.txt
"""

from __future__ import annotations

PROBES = [
    "Ukraine announced a suspension of visa-free travel for Belarusian diplomats.",
    "Poland's suspension of visas for Belarusian nationals angered Minsk.",
    "Lithuania announced the suspension of visa issuance for Russian citizens.",
    "Estonia imposed a suspension of visas for Russian officials on Tuesday.",
    "The council approved the suspension of visa-free travel for Georgian officials.",
    "Norway announced the cancellation of visas for Russian nationals.",
    "Kenya announced the suspension of visa issuance for Somali nationals.",
    "Kenya announced the suspension of visa issuance for nationals of ten countries.",
    "Kenya lifted the suspension of visa-free travel for Somali citizens.",
    "Kenya announced a suspension of aid to Somalia.",
    "Latvia's government decided to suspend visa-free entry for Russian officials.",
    "Somalia condemned Kenya's suspension of visas for Somali nationals.",
    "EU ministers agreed on a partial suspension of visa-free travel for Georgian diplomats.",
    "The EU's suspension of visa-free travel for Georgian diplomats takes effect on Monday.",
    "Kenya ordered the suspension of visas for Somali nationals.",
    "Kenya threatened a suspension of visas for Somali nationals.",
    "Kenya's suspension of visas for Somali nationals was lifted on Monday.",
    "Poland's suspension of visas for Belarusian nationals was condemned by Minsk.",
    "Kenya did not impose a suspension of visas for Somali nationals.",
    "Kenya will impose a suspension of visas for Somali nationals.",
    "Kenya may impose a suspension of visas for Somali nationals if the talks fail.",
    "Kenya refused to approve a suspension of visas for Somali nationals.",
    "Kenya agreed to a suspension of visa-free travel for Somali citizens.",
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
