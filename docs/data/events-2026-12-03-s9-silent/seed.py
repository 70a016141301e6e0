"""The seed article's events (coded as one document, the shipped head) under a configuration
of silent_lofo.py: python seed.py CONFIG (``base``, ``silent``, ``silent_cond``,
``cond_floor X``); prints the events that differ from ``base``."""

import sys
from pathlib import Path

SEED = Path("../shared/seed/000_3ead7e23d2ba6687.txt")


def rows(name, text):
    import silent_lofo

    from accord.news.nlp.coder import NlpCoder
    from accord.news.readers import make_document

    coder = NlpCoder(rules=silent_lofo.rules_of(name))
    return [
        (
            e.event_type,
            tuple(a.code for a in e.sources),
            tuple(a.code for a in e.targets),
            e.trigger,
            e.sentence,
        )
        for e in coder(make_document(text))
    ]


def main():
    config = sys.argv[1]
    sys.argv = sys.argv[:1]
    sys.path.insert(0, str(Path(__file__).parent))
    text = SEED.read_text()
    before, after = rows("base", text), rows(config, text)
    print(config, len(before), "->", len(after), "events")
    for r in before:
        if r not in after:
            print("  -", r)
    for r in after:
        if r not in before:
            print("  +", r)


if __name__ == "__main__":
    main()
