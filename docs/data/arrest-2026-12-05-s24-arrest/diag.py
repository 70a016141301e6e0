"""The two READING records the nlp coder moves for the worse under s24-arrest, coded with the
choice model on (the coder's default) and off, by the code under PYTHONPATH:

    PYTHONPATH=src python3 docs/data/arrest-2026-12-05-s24-arrest/diag.py
    PYTHONPATH=/tmp/s24-start/src python3 docs/data/arrest-2026-12-05-s24-arrest/diag.py
"""

from dataclasses import replace

from accord.news.nlp.coder import DEFAULT_RULES, NlpCoder

SENTENCES = [
    # heldout-2026 HO26-006 (gold REJECT PHL -> CHN)
    "The Philippine Maritime Council dismissed the claims, calling them \u201canother case of "
    "Chinese disinformation and propaganda,\u201d and insisted there was \u201cno truth\u201d to "
    "Beijing\u2019s account.",
    # heldout-s17 HO26V-011 (gold THREATEN THA -> KHM)
    '"The Royal Thai Government is prepared to intensify our self-defense measures if Cambodia '
    "persists in its armed attack and violations upon Thailand's sovereignty,\" the ministry "
    "said in a statement.",
]


def main() -> None:
    for learned_first in (True, False):
        coder = NlpCoder(rules=replace(DEFAULT_RULES, learned_first=learned_first))
        print("learned_first", learned_first, coder.version)
        for text in SENTENCES:
            events = coder.code_sentence(text, None)
            print(
                "  ",
                [
                    (
                        e.event_type,
                        [a.code for a in e.sources],
                        [a.code for a in e.targets],
                        e.trigger,
                        round(e.confidence, 3),
                    )
                    for e in events
                ],
            )


if __name__ == "__main__":
    main()
