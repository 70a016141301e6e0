"""The census of session 27 (s27-deny): every READING record with a verb of dismissal or denial
(dismiss, deny, reject, rebuff, dispute, refute, rebut, slam, contest) followed within eight
words of its clause by a noun of claim (claim, charge, accusation, allegation, report, figures,
proposal and near words), with the gold, whether the lead's start run had it right, and each
coder's first event (type, trigger, source, target). The CHECK files are refused by name before
anything is read.

Run from the worktree root with the start code::

    PYTHONPATH=/tmp/s27-start/src nice python3 docs/data/deny-2026-12-05-s27-deny/census.py \
        /tmp/reading-s27-start.json docs/data/deny-2026-12-05-s27-deny/census.json
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

CHECK = {f"heldout-s2{n}{x}" for n in (5, 6) for x in ("", "b", "c")}
VERB = re.compile(
    r"\b(dismiss|den(y|ies|ied|ying)|reject|rebuff|disput|refut|rebut|slam|contest)\w*", re.I
)
NOUN = re.compile(
    r"^(claim|charge|accusation|allegation|report|figure|assertion|statement|concern|proposal"
    r"|plan|offer|initiative|idea|suggestion|result|verdict|victory|narrative|rumou?r|notion"
    r"|speculation|link|wrongdoing|involvement|presence|finding|account|this|it|them)s?$",
    re.I,
)


def first(events: list[Any]) -> str:
    """The first event's type, trigger, source and target codes, or NONE."""
    if not events:
        return "NONE"
    e = events[0]
    sources = [a.code for a in e.sources]
    return f"{e.event_type} '{e.trigger}' {sources}->{[a.code for a in e.targets]}"


def main() -> None:
    from accord.news.coders import get_coder
    from accord.news.evaluate import read_gold
    from accord.news.nlp.rules_cv import dev_sets

    start = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    coders = {c: get_coder(c, strict=True).coder for c in ("rules", "nlp")}
    root = Path.cwd()
    out = []
    for dev in dev_sets(root, root.parent / "shared"):
        if dev.name in CHECK or dev.name not in start["nlp"]:
            continue
        errs = {c: {e["id"]: e for e in start[c][dev.name]["errors"]} for c in ("rules", "nlp")}
        for record in read_gold(dev.path, dev.split):
            hit = None
            for m in VERB.finditer(record.text):
                after = re.findall(r"[\w'’-]+|[,;.:]", record.text[m.end() :])[:8]
                for w in after:
                    if w in ",;.:":
                        break
                    if NOUN.match(w):
                        hit = f"{m.group(0)} ... {w}"
                        break
                if hit:
                    break
            if not hit:
                continue
            row = {
                "set": dev.name,
                "id": record.id,
                "match": hit,
                "gold": f"{record.event} {sorted(record.sources)}->{sorted(record.targets)}",
                "text": record.text[:300],
            }
            for c, coder in coders.items():
                events = coder.code_sentence(record.text, record.date, record.home)
                row[c] = first(events)
                row[f"{c}_right"] = record.id not in errs[c]
            out.append(row)
            print(
                row["set"],
                row["id"],
                row["gold"],
                "|",
                row["match"],
                "| rules",
                row["rules"],
                row["rules_right"],
                "| nlp",
                row["nlp"],
                row["nlp_right"],
                flush=True,
            )
    Path(sys.argv[2]).write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
