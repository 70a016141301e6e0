"""Every READING record whose nlp first event (start code) is typed ACCUSE on a verb of saying
that reports a clause (the brief's second class: a report verb coded over the act it reports),
with the gold and whether the record was right in the start run (the CHECK files are refused
by name). Run from the worktree root with ``PYTHONPATH=src``:
``python3 scan_say.py /tmp/reading-s24-start.json OUT.json``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from accord.news.coders import get_coder
from accord.news.evaluate import read_gold
from accord.news.nlp.coder import _parse
from accord.news.nlp.roles import SAY_LEMMAS
from accord.news.nlp.rules_cv import dev_sets

CHECK = {f"heldout-s2{n}{x}" for n in (2, 3) for x in ("", "b", "c")}


def main() -> None:
    start = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    wrong = {(n, e["id"]) for n, f in start["nlp"].items() for e in f["errors"]}
    coder = get_coder("nlp", strict=True).coder
    root = Path.cwd()
    out = []
    for dev in dev_sets(root, root.parent / "shared"):
        if dev.name in CHECK or dev.name not in start["nlp"]:
            continue
        for record in read_gold(dev.path, dev.split):
            events = coder.code_sentence(record.text, record.date, record.home)
            if not events or events[0].event_type != "ACCUSE":
                continue
            best = events[0]
            doc = _parse(record.text)
            say = [
                t
                for t in doc
                if t.text == best.trigger
                and t.lemma_ in SAY_LEMMAS
                and any(c.dep_ in ("ccomp", "parataxis") for c in t.children)
            ]
            if not say:
                continue
            out.append(
                {
                    "set": dev.name,
                    "id": record.id,
                    "trigger": best.trigger,
                    "got": f"{[a.code for a in best.sources]}->{[a.code for a in best.targets]}",
                    "gold": f"{record.event} {sorted(record.sources)}->{sorted(record.targets)}",
                    "right": (dev.name, record.id) not in wrong,
                    "others": [f"{e.event_type} {e.trigger}" for e in events[1:4]],
                    "text": record.text[:240],
                }
            )
            print(
                out[-1]["set"],
                out[-1]["id"],
                out[-1]["gold"],
                "got",
                out[-1]["got"],
                out[-1]["right"],
                out[-1]["others"],
                flush=True,
            )
    Path(sys.argv[2]).write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
