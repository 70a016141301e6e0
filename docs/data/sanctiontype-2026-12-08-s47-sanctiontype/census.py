"""Session 47 (s47-sanctiontype): each coder's TYPE for an imposed sanction on the READING files.

The convention (docs/event-coding.md, "An imposed sanction is SANCTION `discontinue`"):
sanctions, an embargo, a boycott, tariffs, an asset freeze, a listing or export controls
imposed, adopted, approved or extended (CAMEO 163) are SANCTION. The records are session 46's
(s46-sanctionmode's census.py, same patterns): every READING file (dev_sets less session 47's
CHECK files, skipped by name before any file is opened), gold SANCTION with mode
``discontinue``, a CAMEO 163 measure named and no lifting. Each coder (the code under
PYTHONPATH) codes each READING SANCTION record as ``accord events evaluate`` does (first
event); the census prints what each coder emits on the imposed sanctions, grouped by the
measure's word and the verb, and the wrong ones.

Run from the worktree root, once with each code, then compare::

    PYTHONPATH=/tmp/s47-start/src nice python3 \
        docs/data/sanctiontype-2026-12-08-s47-sanctiontype/census.py --out start.json
    PYTHONPATH=$PWD/src nice python3 \
        docs/data/sanctiontype-2026-12-08-s47-sanctiontype/census.py --out branch.json
    python3 docs/data/sanctiontype-2026-12-08-s47-sanctiontype/census.py \
        --before start.json --after branch.json
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

SESSION_46 = (
    Path(__file__).resolve().parent.parent
    / "sanctionmode-2026-12-08-s46-sanctionmode"
    / "census.py"
)
CHECK = (
    "heldout-s45",
    "heldout-s45b",
    "heldout-s45c",
    "heldout-s46",
    "heldout-s46b",
    "heldout-s46c",
)


def _session_46() -> ModuleType:
    """s46-sanctionmode's census (its records and its coding of them), with this session's CHECK
    names: its ``sanctions``, ``imposed`` and ``run`` are this census's."""
    spec = importlib.util.spec_from_file_location("s46_sanctionmode_census", SESSION_46)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.CHECK = CHECK
    return module


CODERS = ("rules", "nlp")  # session 46's order


WORDS = (
    (
        "export controls",
        re.compile(r"export (control|restriction|ban)|bann\w* (the )?export", re.I),
    ),
    ("freeze", re.compile(r"froze|freez", re.I)),
    ("tariffs", re.compile(r"tariff|dut(y|ies)\b", re.I)),
    ("embargo", re.compile(r"embargo", re.I)),
    (
        "blacklist/listing",
        re.compile(
            r"blacklist|designat|entity list|list of|restricted list|"
            r"\badded\b",
            re.I,
        ),
    ),
    ("boycott", re.compile(r"boycott", re.I)),
    ("sanctions/measures", re.compile(r"sanction|restrictive measure|measures", re.I)),
)


def word(text: str) -> str:
    """The measure's word class (the first that matches, in WORDS' order)."""
    for name, pattern in WORDS:
        if pattern.search(text):
            return name
    return "other"


def right(row: list[Any]) -> bool:
    """The first event is SANCTION (type only)."""
    return bool(row[1] == "SANCTION")


def summary(got: dict[str, dict[str, list[Any]]], chosen: list[dict[str, Any]]) -> None:
    texts = {str(r["id"]): r["text"] for r in chosen}
    for coder in CODERS:
        rows = {i: r for i, r in got[coder].items() if i in texts}
        types = Counter(str(r[1]) for r in rows.values())
        ok = sum(right(r) for r in rows.values())
        print(
            f"\n{coder}: SANCTION first on {ok} of {len(rows)}; types {dict(types.most_common())}"
        )
        by_word: dict[str, list[int]] = {}
        for i, r in rows.items():
            cell = by_word.setdefault(word(texts[i]), [0, 0])
            cell[0] += 1
            cell[1] += right(r)
        for name, cell in sorted(by_word.items()):
            print(f"  {name}: {cell[1]} of {cell[0]} right")
        for i, r in sorted(rows.items(), key=lambda x: (word(texts[x[0]]), x[0])):
            if not right(r):
                print(f"  wrong {i} ({r[0]}) [{word(texts[i])}]: {r[1]} on {r[3]!r}: {texts[i]}")


def compare(before: dict[str, Any], after: dict[str, Any], ids: set[str] | None) -> None:
    for coder in CODERS:
        b, a = before[coder], after[coder]
        if ids is not None:
            b = {i: r for i, r in b.items() if i in ids}
            a = {i: r for i, r in a.items() if i in ids}
        fixed = [i for i in sorted(b) if right(a[i]) and not right(b[i])]
        broken = [i for i in sorted(b) if right(b[i]) and not right(a[i])]
        print(
            f"{coder}: {len(b)} records; SANCTION first {sum(map(right, b.values()))} -> "
            f"{sum(map(right, a.values()))}; fixed {len(fixed)} in "
            f"{len({b[i][0] for i in fixed})} files; broken {len(broken)}"
        )
        for i in sorted(b):
            if b[i][1:4] != a[i][1:4]:
                print(f"  {i} ({b[i][0]}): {b[i][1]} {b[i][3]!r} -> {a[i][1]} {a[i][3]!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", default=".")
    parser.add_argument("--shared", default="../shared")
    parser.add_argument("--out", help="run both coders and write their first events here")
    parser.add_argument("--before", help="a file --out wrote (start code)")
    parser.add_argument("--after", help="a file --out wrote (branch code)")
    args = parser.parse_args()
    s46 = _session_46()
    records = s46.sanctions(Path(args.root), Path(args.shared))
    chosen, _other = s46.imposed(records)
    ids = {str(r["id"]) for r in chosen}
    if args.before and args.after:
        before = json.loads(Path(args.before).read_text("utf-8"))
        after = json.loads(Path(args.after).read_text("utf-8"))
        print(f"== imposed sanctions ({len(ids)} records): type SANCTION before and after")
        compare(before, after, ids)
        print(f"\n== every READING SANCTION record ({len(records)})")
        compare(before, after, None)
        return
    print(
        f"imposed sanctions (gold SANCTION discontinue, a CAMEO 163 measure, no lifting): "
        f"{len(chosen)} in {len({r['_set'] for r in chosen})} READING files"
    )
    print(f"READING SANCTION records: {len(records)}")
    got = s46.run(records)
    summary(got, chosen)
    if args.out:
        Path(args.out).write_text(json.dumps(got, indent=1, sort_keys=True) + "\n", "utf-8")


if __name__ == "__main__":
    main()
