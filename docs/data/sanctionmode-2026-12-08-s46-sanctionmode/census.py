"""Session 46 (s46-sanctionmode): each coder's mode for an imposed sanction on the READING files.

The convention (docs/event-coding.md, "Four more, written by the lead in session 46's
declaration commit"): "An imposed sanction is SANCTION `discontinue`". ``accord events
evaluate`` reads no mode, so the harness cannot see a mode change; session 46's declaration
reads part (1) on modes for this candidate: per coder, the READING records whose gold is an
imposed sanction (as corrected in this session) and whose first event is SANCTION, with the
mode right before and after.

The records: every READING file (:func:`accord.news.nlp.rules_cv.dev_sets` less session 46's
CHECK files, skipped by name before any file is opened), gold type SANCTION with mode
``discontinue`` (as corrected), whose sentence names a measure of CAMEO 163 and no lifting or
easing (session 45's patterns, docs/data/conventions-2026-12-07-s45-conventions/census.py).
Each coder (the code under PYTHONPATH) codes each READING SANCTION record as ``accord events
evaluate`` does (:func:`accord.news.evaluate.read_gold`, ``code_sentence(text, date, home)``,
first event); the comparison prints the imposed sanctions, then every SANCTION record (a mode
counted right where it equals the gold's, so a mode given where the gold has none is wrong).

Run from the worktree root, once with each code, then compare::

    PYTHONPATH=/tmp/s46-start/src nice python3 \
        docs/data/sanctionmode-2026-12-08-s46-sanctionmode/census.py --out start.json
    PYTHONPATH=$PWD/src nice python3 \
        docs/data/sanctionmode-2026-12-08-s46-sanctionmode/census.py --out branch.json
    python3 docs/data/sanctionmode-2026-12-08-s46-sanctionmode/census.py \
        --before start.json --after branch.json
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

CHECK = (
    "heldout-s44",
    "heldout-s44b",
    "heldout-s44c",
    "heldout-s45",
    "heldout-s45b",
    "heldout-s45c",
)
CODERS = ("rules", "nlp")

# session 45's patterns (s45-conventions, practice 2)
IMPOSED = re.compile(
    r"sanction|embargo|boycott|tariff|froze|freez|blacklist|designat|export control|"
    r"restrictive measure",
    re.I,
)
EASED = re.compile(r"\b(lift|eas|relax|remov|waiv|exempt|postpon|suspend\w* (the )?sanction)", re.I)


def sanctions(root: Path, shared: Path) -> list[dict[str, Any]]:
    """Every READING gold record of type SANCTION, each with its set's name, path and split."""
    from accord.news.nlp.rules_cv import dev_sets

    out: list[dict[str, Any]] = []
    for dev in dev_sets(root, shared):
        if dev.name in CHECK:  # skipped by name: never opened
            continue
        for record in json.loads(Path(dev.path).read_text("utf-8")):
            if record.get("event") == "SANCTION":
                out.append({**record, "_set": dev.name, "_path": dev.path, "_split": dev.split})
    return out


def imposed(records: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The imposed sanctions among SANCTION records (mode ``discontinue``); and the records the
    same patterns find with another mode."""
    found = [r for r in records if IMPOSED.search(r["text"]) and not EASED.search(r["text"])]
    return (
        [r for r in found if r.get("mode") == "discontinue"],
        [r for r in found if r.get("mode") != "discontinue"],
    )


def run(records: list[dict[str, Any]]) -> dict[str, dict[str, list[Any]]]:
    """coder -> id -> [set, type, mode, trigger, gold mode] of the first event (the code under
    PYTHONPATH)."""
    from accord.news.coders import get_coder
    from accord.news.evaluate import read_gold

    wanted: dict[tuple[str, str | None], set[str]] = {}
    for r in records:
        wanted.setdefault((r["_path"], r["_split"]), set()).add(str(r["id"]))
    sets = {str(r["id"]): r["_set"] for r in records}
    gold_modes = {str(r["id"]): r.get("mode") for r in records}
    out: dict[str, dict[str, list[Any]]] = {}
    for name in CODERS:
        coder = get_coder(name, strict=True).coder
        rows: dict[str, list[Any]] = {}
        for (path, split), ids in wanted.items():
            for gold in read_gold(path, split):
                if gold.id not in ids:
                    continue
                events = coder.code_sentence(gold.text, gold.date, gold.home)
                best = events[0] if events else None
                rows[gold.id] = [
                    sets[gold.id],
                    best.event_type if best else "NONE",
                    best.mode if best else None,
                    best.trigger if best else None,
                    gold_modes[gold.id],
                ]
        out[name] = rows
    return out


def right(row: list[Any]) -> bool:
    """The first event is SANCTION with the gold's mode."""
    return bool(row[1] == "SANCTION" and row[2] == row[4])


def summary(got: dict[str, dict[str, list[Any]]], ids: set[str]) -> None:
    for coder in CODERS:
        rows = {i: r for i, r in got[coder].items() if i in ids}
        typed = {i: r for i, r in rows.items() if r[1] == "SANCTION"}
        modes = Counter(str(r[2]) for r in typed.values())
        ok = sum(right(r) for r in typed.values())
        print(
            f"{coder}: first event SANCTION on {len(typed)} of {len(rows)}: mode right {ok}, "
            f"wrong {len(typed) - ok}; modes {dict(modes.most_common())}"
        )
        for i, r in sorted(typed.items()):
            if not right(r):
                print(f"  wrong {i} ({r[0]}): mode {r[2]} on {r[3]!r}")


def compare(before: dict[str, Any], after: dict[str, Any], ids: set[str] | None) -> None:
    for coder in CODERS:
        b, a = before[coder], after[coder]
        assert set(b) == set(a), "the same records"
        if ids is not None:
            b = {i: r for i, r in b.items() if i in ids}
            a = {i: r for i, r in a.items() if i in ids}
        per: dict[str, list[int]] = {}
        for i in b:
            cell = per.setdefault(b[i][0], [0, 0, 0, 0])
            cell[0] += right(b[i])
            cell[1] += right(a[i])
            cell[2] += right(a[i]) and not right(b[i])
            cell[3] += right(b[i]) and not right(a[i])
        typed_b = sum(r[1] == "SANCTION" for r in b.values())
        typed_a = sum(r[1] == "SANCTION" for r in a.values())
        print(
            f"{coder}: {len(b)} records; first event SANCTION {typed_b} -> {typed_a}; mode right "
            f"{sum(c[0] for c in per.values())} -> {sum(c[1] for c in per.values())}; "
            f"made right {sum(c[2] for c in per.values())} in "
            f"{sum(c[2] > 0 for c in per.values())} files; made wrong "
            f"{sum(c[3] for c in per.values())}"
        )
        for name, cell in sorted(per.items()):
            if cell[2] or cell[3]:
                print(f"  {name}: right {cell[0]} -> {cell[1]} (+{cell[2]} / -{cell[3]})")
        moved = [i for i in sorted(b) if b[i][1:3] != a[i][1:3]]
        for i in moved:
            print(
                f"  {i} ({b[i][0]}, gold {b[i][4]}): {b[i][1]} {b[i][2]} -> {a[i][1]} {a[i][2]}"
                f" on {a[i][3]!r}"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", default=".")
    parser.add_argument("--shared", default="../shared")
    parser.add_argument("--out", help="run both coders and write their first events here")
    parser.add_argument("--before", help="a file --out wrote (start code)")
    parser.add_argument("--after", help="a file --out wrote (branch code)")
    args = parser.parse_args()
    records = sanctions(Path(args.root), Path(args.shared))
    chosen, other = imposed(records)
    ids = {str(r["id"]) for r in chosen}
    if args.before and args.after:
        before = json.loads(Path(args.before).read_text("utf-8"))
        after = json.loads(Path(args.after).read_text("utf-8"))
        print(f"== imposed sanctions ({len(ids)} records): mode right before and after")
        compare(before, after, ids)
        print(f"\n== every READING SANCTION record ({len(records)}): mode as the gold's")
        compare(before, after, None)
        return
    print(
        f"imposed sanctions (gold SANCTION discontinue, a CAMEO 163 measure, no lifting): "
        f"{len(chosen)} in {len({r['_set'] for r in chosen})} READING files"
    )
    print(
        f"the same patterns, gold SANCTION with another mode: {len(other)}: "
        + " ".join(f"{r['id']} ({r.get('mode')})" for r in other)
    )
    print(f"READING SANCTION records: {len(records)}")
    got = run(records)
    summary(got, ids)
    if args.out:
        Path(args.out).write_text(json.dumps(got, indent=1, sort_keys=True) + "\n", "utf-8")


if __name__ == "__main__":
    main()
