"""The census of session 28 (s28-people): the READING records whose gold source or target is
a named person or group that the start gazetteer does not resolve. For each READING record
with a gold source or target, the sentence's actor mentions (``find_mentions`` with
``bare=True``, the record's date and home) are found; a record is listed when the sentence
holds a run of capitalised words (a name) that no mention covers and a gold code of its source
or target is not among the codes of the sentence's mentions. Each listed record carries its
gold, the unresolved runs, the mentions' codes, each coder's first event and, when the start
run is given, whether that run had it right. The CHECK files are refused by name before
anything is read. The listed records were then read by hand (``census-labels.json``).

Run from the worktree root with the start code::

    PYTHONPATH=/tmp/s28-start/src nice python3 docs/data/people-2026-12-05-s28-people/census.py \
        /tmp/reading-s28-start.json docs/data/people-2026-12-05-s28-people/census.json
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

CHECK = {f"heldout-s2{n}{x}" for n in (6, 7) for x in ("", "b", "c")}
# capitalised words that are no name of an actor: articles and other sentence openers,
# days and months, office and courtesy words, words of quotation
_SKIP = """A An The In On At By For From As But And Or If When While After Before Since During
    Under Over Of To With Without This That These Those It Its He She They We I You His Her
    Their Our Mr Mrs Ms Dr Sir Monday Tuesday Wednesday Thursday Friday Saturday Sunday
    January February March April May June July August September October November December
    President Prime Minister Foreign Defence Defense Secretary General Chancellor King Queen
    Vice Deputy Chief Minister Ministry Spokesman Spokeswoman Spokesperson Ambassador Envoy
    Special Representative Leader Governor Senator Gen Lt Col Maj Adm Speaker Chairman
    Commissioner Director Head Justice Judge Court Supreme Interior Finance Affairs Office
    Reuters AFP AP Associated Press BBC CNN Al Jazeera Agency News State Department"""
SKIP = set(_SKIP.split())
WORD = re.compile(r"^[A-Z][\w'’.-]*$|^(al|el|ad|bin|ibn|de|da|van|von)-?[A-Z]?\w*$")


def first(events: list[Any]) -> str:
    """The first event's type, trigger, source and target codes, or NONE."""
    if not events:
        return "NONE"
    e = events[0]
    sources = [a.code for a in e.sources]
    return f"{e.event_type} '{e.trigger}' {sources}->{[a.code for a in e.targets]}"


def runs(tokens: list[Any], covered: set[int]) -> list[str]:
    """Maximal runs of capitalised tokens that no mention covers, less skipped words."""
    out: list[str] = []
    current: list[str] = []
    for i, token in enumerate([*tokens, None]):
        text = token.text if token is not None else ""
        name = (
            token is not None
            and i not in covered
            and text[:1].isupper()
            and bool(WORD.match(text))
            and text.strip(".") not in SKIP
        )
        if name:
            current.append(text)
        elif current:
            out.append(" ".join(current))
            current = []
    return out


def main() -> None:
    from accord.news.coders import get_coder
    from accord.news.evaluate import read_gold
    from accord.news.gazetteer import load, tokenize
    from accord.news.nlp.rules_cv import dev_sets
    from accord.news.resolve import find_mentions

    start = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    coders = {c: get_coder(c, strict=True).coder for c in ("rules", "nlp")}
    gaz = load()
    root = Path.cwd()
    out = []
    for dev in dev_sets(root, root.parent / "shared"):
        if dev.name in CHECK or dev.name not in start["nlp"]:
            continue
        errs = {c: {e["id"] for e in start[c][dev.name]["errors"]} for c in ("rules", "nlp")}
        for record in read_gold(dev.path, dev.split):
            gold = set(record.sources) | set(record.targets)
            if not gold:
                continue
            tokens = tokenize(record.text)
            mentions = find_mentions(tokens, record.text, record.date, gaz, True, record.home)
            covered = {i for m in mentions for i in range(m.start, m.end)}
            codes = {m.actor.code for m in mentions}
            names = runs(tokens, covered)
            missing = sorted(c for c in gold if c not in codes)
            if not names or not missing:
                continue
            row: dict[str, Any] = {
                "set": dev.name,
                "id": record.id,
                "gold": f"{record.event} {sorted(record.sources)}->{sorted(record.targets)}",
                "missing": missing,
                "unresolved": names,
                "mentions": sorted(codes),
                "text": record.text[:300],
            }
            for c, coder in coders.items():
                row[c] = first(coder.code_sentence(record.text, record.date, record.home))
                row[f"{c}_right"] = record.id not in errs[c]
            out.append(row)
            print(
                row["set"],
                row["id"],
                row["gold"],
                "| missing",
                missing,
                "| names",
                names,
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
