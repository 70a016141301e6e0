"""s35-sentrelief's census: both coders' first event on the READING records a sending verb can move.

Session 35 (s35-sentrelief). Walks the READING files of
:func:`accord.news.nlp.rules_cv.dev_sets`; the six CHECK files of session 35 (:data:`CHECK`)
are skipped by their names before anything is read. A record is kept when its text has a form
of deploy, send, dispatch, rush or station (the verbs the candidate reads) or its gold type is
AID or MOBILIZE. For each kept record the JSON written holds its file, id, text, gold type,
mode, sources and targets, and, for each coder (the code on ``PYTHONPATH``), the first event it
codes as type, mode, sources, targets and trigger word. With two runs (start code, candidate)
``--moves`` lists every record whose first event differs, marked fixed, broken or moved.
From the worktree root (``../shared`` a link to /work/shared)::

    PYTHONPATH=/tmp/s35-start/src python3 \\
        docs/data/sentrelief-2026-12-06-s35-sentrelief/census.py start.json
    python3 docs/data/sentrelief-2026-12-06-s35-sentrelief/census.py --moves \\
        start.json candidate.json
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

CHECK = frozenset(
    {"heldout-s33", "heldout-s33b", "heldout-s33c", "heldout-s34", "heldout-s34b", "heldout-s34c"}
)
SENDING = re.compile(
    r"\b(deploy(s|ed|ing|ment)?|sen[dt]s?|sending|dispatch(es|ed|ing)?|rush(es|ed|ing)?"
    r"|station(s|ed|ing)?)\b",
    re.I,
)
CODERS = ("rules", "nlp")


def _first(coder: Any, record: Any) -> list[Any] | None:
    from accord.news.evaluate import fold

    events = coder.code_sentence(record.text, record.date, record.home)
    if not events:
        return None
    e = events[0]
    return [e.event_type, e.mode, sorted(fold(e.sources)), sorted(fold(e.targets)), e.trigger]


def run(out: str) -> None:
    """Write the census of the code on ``PYTHONPATH`` to ``out``."""
    from accord.news.coders import get_coder
    from accord.news.evaluate import read_gold
    from accord.news.nlp.rules_cv import dev_sets

    root = Path.cwd()
    coders = {name: get_coder(name, strict=True).coder for name in CODERS}
    rows: list[dict[str, Any]] = []
    for dev in dev_sets(root, root.parent / "shared"):
        if dev.name in CHECK:
            continue
        modes: dict[str, Any] = {}
        if dev.path.endswith(".json"):
            items = json.loads(Path(dev.path).read_text(encoding="utf-8"))
            modes = {str(i.get("id")): i.get("mode") for i in items if isinstance(i, dict)}
        for record in read_gold(dev.path, dev.split):
            if record.event not in ("AID", "MOBILIZE") and not SENDING.search(record.text):
                continue
            row: dict[str, Any] = {
                "set": dev.name,
                "id": record.id,
                "text": record.text,
                "gold": [
                    record.event,
                    modes.get(record.id),
                    sorted(record.sources),
                    sorted(record.targets),
                ],
            }
            for name, coder in coders.items():
                row[name] = _first(coder, record)
            rows.append(row)
    Path(out).write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")
    print(len(rows), "records", file=sys.stderr)


def _right(gold: list[Any], got: list[Any] | None) -> bool:
    kind, _mode, sources, targets = gold
    if got is None:
        return bool(kind == "NONE")
    same_src = not sources or got[2] == sources
    return bool(got[0] == kind and same_src and (not targets or got[3] == targets))


def moves(before: str, after: str) -> None:
    """Print the records whose first event differs between two census files."""
    old = json.loads(Path(before).read_text(encoding="utf-8"))
    new = {(r["set"], r["id"]): r for r in json.loads(Path(after).read_text(encoding="utf-8"))}
    count = {name: {"fixed": 0, "broken": 0, "moved": 0} for name in CODERS}
    for row in old:
        other = new[(row["set"], row["id"])]
        for name in CODERS:
            a, b = row[name], other[name]
            if a == b:
                continue
            was, now = _right(row["gold"], a), _right(row["gold"], b)
            mark = "fixed" if now and not was else "broken" if was and not now else "moved"
            count[name][mark] += 1
            print(row["set"], row["id"], name, mark, "gold", row["gold"], "|", a, "->", b)
    for name, tally in count.items():
        print(name, " ".join(f"{k} {v}" for k, v in tally.items()))


if __name__ == "__main__":
    if sys.argv[1] == "--moves":
        moves(sys.argv[2], sys.argv[3])
    else:
        run(sys.argv[1])
