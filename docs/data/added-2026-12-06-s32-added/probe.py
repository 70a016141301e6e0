"""s32-added probe: both coders' events (type, mode, sources, targets, trigger) of each line of
a text file, with the code under ``src`` of the current folder (run it from the worktree root
for the candidate, from /tmp/s32-start for the start code). ``nlp`` as second argument adds the
nlp coder. Used on the census's sentences (census-sentences.txt)."""

from __future__ import annotations

import sys
from pathlib import Path


def main(path: str, with_nlp: bool) -> None:
    sys.path.insert(0, "src")
    from accord.news.coders import RulesCoder

    coders: list[object] = [RulesCoder()]
    if with_nlp:
        from accord.news.nlp.coder import NlpCoder

        coders.append(NlpCoder())
    lines = [line.strip() for line in Path(path).read_text(encoding="utf-8").splitlines()]
    for text in (line for line in lines if line):
        print(text[:110])
        for coder in coders:
            events = coder.code_sentence(text)  # type: ignore[attr-defined]
            rows = [
                (e.event_type, e.mode, [a.code for a in e.sources], [a.code for a in e.targets],
                 e.trigger)
                for e in events
            ]
            print("   ", coder.name, rows)  # type: ignore[attr-defined]


if __name__ == "__main__":
    main(sys.argv[1], "nlp" in sys.argv[2:])
