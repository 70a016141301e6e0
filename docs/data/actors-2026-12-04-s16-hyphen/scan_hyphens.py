"""Reach of hyphenated compounds with an actor part on the READING files (session 16,
s16-hyphen): every gold record whose sentence holds a word such as "Iran-backed", "US-led",
"pro-Russian" or "Israel-Hamas" where a part names a country, organisation, group or demonym
in the gazetteer. Writes one row per record (file, id, compounds, gold type and actors) and,
with ``--base`` (a READING run of evaluate_reading_s16.py with ``--errors``), whether each
coder gets the record wrong there. The CHECK files are skipped by name, never opened.

Run from the worktree root::

    PYTHONPATH=src python3 docs/data/actors-2026-12-04-s16-hyphen/scan_hyphens.py \\
        --base /tmp/reading-s16-start.json --out docs/data/actors-2026-12-04-s16-hyphen/reach.json
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from accord.news.evaluate import read_gold
from accord.news.gazetteer import load, tokenize
from accord.news.nlp.rules_cv import dev_sets

CHECK = ("heldout-s15", "heldout-s15b")
_COMPOUND = re.compile(r"[A-Za-z0-9.'\u00C0-\u024F]+(?:-[A-Za-z0-9.'\u00C0-\u024F]+)+")


def actor_part(part: str) -> str | None:
    """The gazetteer's reading of one part of a compound when it is wholly one name or
    demonym ("Iran", "U.S.", "Russian"), else None."""
    dotted = re.fullmatch(r"(?:[A-Za-z]\.){2,}", part)  # "U.S." keeps its last dot
    tokens = tokenize(part if dotted else part.rstrip("."))
    if not tokens:
        return None
    hit = load().lookup(tokens, 0)
    if hit is None or hit[0] != len(tokens) or hit[1] not in ("name", "demonym"):
        return None
    value = hit[2]
    return value if isinstance(value, str) else f"{value[0].kind}:{value[0].code}"


# what the word beside the actor part makes of it
_KINDS = {
    "leader": {"led"},
    "owner": {"owned", "operated", "run"},
    "backer": {"backed", "brokered", "mediated", "aligned", "affiliated", "sponsored", "linked"},
    "controller of a place": {"occupied", "ruled", "administered", "controlled", "held"},
    "stance": {"pro", "anti"},
}
_PAIR_PREFIXES = {"franco", "anglo", "sino", "russo", "indo"}


def kind(word: str, parts: list[str], actors: dict[str, str]) -> str:
    """The construction of one compound: see :data:`_KINDS`; "pair" for two actors joined
    ("Israel-Hamas", "U.S.-Russia", "Franco-German"); "name" for the rest (a name spelled
    with a hyphen, "Guinea-Bissau", "Agence France-Presse", "Pan-American")."""
    if actor_part(word):
        return "name"
    others = [p.lower() for p in parts if p not in actors]
    for name, words in _KINDS.items():
        if others and others[0] in words and len(others) == 1:
            return name
    if len(actors) >= 2 or (len(actors) == 1 and others and others[0] in _PAIR_PREFIXES):
        return "pair"
    return "name"


def compounds(text: str) -> list[dict[str, object]]:
    """The hyphenated words of ``text`` with an actor part (a lower-case Arabic article,
    "al-Qaeda", is a spelling, not a compound), each with its actor parts and construction."""
    found = []
    for match in _COMPOUND.finditer(text):
        parts = match.group().split("-")
        if parts[0].lower() in ("al", "el", "ad", "an", "ar", "as", "ash", "at", "az"):
            continue
        read = {p: actor_part(p) for p in parts}
        if any(read.values()):
            actors = {p: a for p, a in read.items() if a}
            found.append(
                {
                    "word": match.group(),
                    "actors": actors,
                    "kind": kind(match.group(), parts, actors),
                }
            )
    return found


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--base")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    root = Path.cwd()
    base = json.loads(Path(args.base).read_text()) if args.base else {}
    rows = []
    for dev in dev_sets(root, root.parent / "shared"):
        if dev.name in CHECK:
            continue
        wrong = {
            coder: {str(e["id"]): e for e in base[coder][dev.name].get("errors", [])}
            for coder in base
        }
        for record in read_gold(dev.path, dev.split):
            found = compounds(record.text)
            if not found:
                continue
            row = {
                "file": dev.name,
                "id": record.id,
                "compounds": found,
                "gold": [record.event, sorted(record.sources), sorted(record.targets)],
                "text": record.text,
            }
            for coder, errors in wrong.items():
                row[coder] = errors.get(record.id, "right")
            rows.append(row)
    Path(args.out).write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")
    files = {r["file"] for r in rows}
    print(len(rows), "records in", len(files), "files")
    for name in [*_KINDS, "pair", "name"]:
        these = [r for r in rows if any(c["kind"] == name for c in r["compounds"])]
        wrong = {c: sum(r[c] != "right" for r in these) for c in base}
        print(f"{name}: {len(these)} records, {len({r['file'] for r in these})} files,", wrong)


if __name__ == "__main__":
    main()
