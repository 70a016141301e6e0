"""s36-sentnarrow's census: both coders' events on every READING record with a sending verb.

Session 36 (s36-sentnarrow). Walks the READING files of
:func:`accord.news.nlp.rules_cv.dev_sets`; the six CHECK files of session 36 (:data:`CHECK`)
are skipped by their names before anything is read. A record is kept when its text has a form
of deploy, send, dispatch, rush or station (the verbs ``_relief_sent`` reads: no other record
can move). For each kept record the JSON written holds its file, id, text, gold type, sources
and targets, and, for each coder (the code on ``PYTHONPATH``), every event it codes as type,
mode, sources, targets and trigger word, and the clauses in which ``_relief_sent`` said yes.
With two runs, ``--moves`` lists every record whose events differ. From the worktree root
(``../shared`` a link to /work/shared)::

    PYTHONPATH=/tmp/s36-start/src python3 \\
        docs/data/sentnarrow-2026-12-06-s36-sentnarrow/census.py start.json
    python3 docs/data/sentnarrow-2026-12-06-s36-sentnarrow/census.py --moves \\
        start.json candidate.json
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

CHECK = frozenset(
    {"heldout-s34", "heldout-s34b", "heldout-s34c", "heldout-s35", "heldout-s35b", "heldout-s35c"}
)
SENDING = re.compile(
    r"\b(deploy(s|ed|ing|ment)?|sen[dt]s?|sending|dispatch(es|ed|ing)?|rush(es|ed|ing)?"
    r"|station(s|ed|ing)?)\b",
    re.I,
)
CODERS = ("rules", "nlp")


def run(out: str) -> None:
    """Write the census of the code on ``PYTHONPATH`` to ``out``."""
    import accord.news.coding as coding
    from accord.news.coders import get_coder
    from accord.news.evaluate import fold, read_gold
    from accord.news.nlp.rules_cv import dev_sets

    said: list[str] = []
    relief_sent = coding._relief_sent

    def watched(head: str, tokens: Any, start: int, stop: int, found: Any) -> bool:
        yes = relief_sent(head, tokens, start, stop, found)
        if yes:
            said.append(" ".join(t.text for t in tokens[start - 1 : stop]))
        return yes

    coding._relief_sent = watched  # type: ignore[assignment]
    root = Path.cwd()
    coders = {name: get_coder(name, strict=True).coder for name in CODERS}
    rows: list[dict[str, Any]] = []
    for dev in dev_sets(root, root.parent / "shared"):
        if dev.name in CHECK:
            continue
        for record in read_gold(dev.path, dev.split):
            if not SENDING.search(record.text):
                continue
            row: dict[str, Any] = {
                "set": dev.name,
                "id": record.id,
                "text": record.text,
                "gold": [record.event, sorted(record.sources), sorted(record.targets)],
            }
            for name, coder in coders.items():
                said.clear()
                events = coder.code_sentence(record.text, record.date, record.home)
                row[name] = [
                    [
                        e.event_type,
                        e.mode,
                        sorted(fold(e.sources)),
                        sorted(fold(e.targets)),
                        e.trigger,
                    ]
                    for e in events
                ]
                row[name + "_relief"] = sorted(set(said))
            rows.append(row)
    Path(out).write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")
    print(len(rows), "records", file=sys.stderr)


def moves(before: str, after: str) -> None:
    """Print the records whose events, or whose relief clauses, differ between two runs."""
    old = json.loads(Path(before).read_text(encoding="utf-8"))
    new = {(r["set"], r["id"]): r for r in json.loads(Path(after).read_text(encoding="utf-8"))}
    count = {name: {"events": 0, "relief": 0} for name in CODERS}
    for row in old:
        other = new[(row["set"], row["id"])]
        for name in CODERS:
            if row[name] != other[name]:
                count[name]["events"] += 1
                print(row["set"], row["id"], name, "events", row[name], "->", other[name])
            if row[name + "_relief"] != other[name + "_relief"]:
                count[name]["relief"] += 1
                print(
                    row["set"],
                    row["id"],
                    name,
                    "relief",
                    row[name + "_relief"],
                    "->",
                    other[name + "_relief"],
                )
    print(len(old), "records")
    for name, tally in count.items():
        print(
            name, "records whose events moved", tally["events"], "relief clauses", tally["relief"]
        )


if __name__ == "__main__":
    if sys.argv[1] == "--moves":
        moves(sys.argv[2], sys.argv[3])
    else:
        run(sys.argv[1])
