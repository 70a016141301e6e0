"""The census of "a demonym names the recipient" recounted on every READING file (s26-demonym).

Reads a harness run (its error lists; every CHECK file and held-out set of this session is
dropped by name before anything is read) and lists, per coder, the wrong records whose type is
right but whose coded recipients miss a gold recipient whose demonym stands in the sentence
(the loose test of s24-census3's ``reach.py``, without its "coded recipient self or none"
condition), with the demonym's place in the sentence: after the trigger (the object or a
prepositional object of the act), before it (a passive's subject), or right before a border
word. The hits are read one by one (the log says which have the construction). Run from the
worktree root::

    python3 docs/data/demonym-2026-12-05-s26-demonym/recount.py RUN.json > recount.txt
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Any

sys.path.insert(0, "src")

from accord.news.gazetteer import load

# this session's CHECK files and held-out sets: never read
_SKIP = ("heldout-s24", "heldout-s25", "heldout-s26")
Error = dict[str, Any]


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, set[str]]:
    """Each state's demonyms (lower case) in the gazetteer."""
    out: dict[str, set[str]] = {}
    for key, code in load().demonyms.items():
        out.setdefault(code, set()).add(" ".join(key).lower())
    return out


def _where(e: Error, demonym: str) -> str:
    """Where the demonym stands: border (before "border"), after or before the trigger."""
    text = e["text"].lower()
    found = re.search(r"\b" + re.escape(demonym) + r"\b", text)
    assert found is not None
    if re.match(r"\s+(border|frontier)\b", text[found.end() :]):
        return "border"
    trigger = str(e["trigger"] or "").lower()
    at = text.find(trigger) if trigger else -1
    if at < 0:
        return "?"
    return "after" if found.start() > at else "before"


def hits(e: Error) -> list[tuple[str, str]]:
    """(code, demonym) of each missed gold recipient whose demonym is in the sentence, for a
    record whose type is right."""
    if e["gold"] in ("NONE", "CONSULT") or e["got"] != e["gold"]:
        return []
    missed = [c for c in e["gold_target"] if c not in e["target"]]
    text = e["text"].lower()
    return [
        (c, d)
        for c in missed
        for d in sorted(_demonyms().get(c, ()))
        if re.search(r"\b" + re.escape(d) + r"\b", text)
    ]


def main() -> None:
    run = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    for coder, files in run.items():
        places: Counter[str] = Counter()
        found: list[str] = []
        for name, result in files.items():
            if name.startswith(_SKIP):
                continue
            for e in result["errors"]:
                got = hits(e)
                if not got:
                    continue
                where = ",".join(sorted({_where(e, d) for _c, d in got}))
                places[where] += 1
                found.append(
                    f"{name} {e['id']} [{e['gold']} {e['gold_source']}->{e['gold_target']}] "
                    f"got {e['source']}->{e['target']} '{e['trigger']}' "
                    f"demonym {got} {where}\n    {e['text'][:300]}"
                )
        files_hit = {line.split()[0] for line in found}
        print(f"## {coder}: {len(found)} records in {len(files_hit)} files; {dict(places)}")
        print("\n".join(found))


if __name__ == "__main__":
    main()
