"""Session 29 (s29-people): which national heads of state and government on 2025-01-01 and
2026-01-01 (heads.txt, written from the session's knowledge before any entry was added) no
gazetteer layer resolves to the right state: a name is known when some span of it resolves to a
person whose code on that date is the state's. Run from the worktree root with the code to
test on PYTHONPATH:

    PYTHONPATH=src python3 docs/data/people-2026-12-06-s29-people/heads_census.py \
        docs/data/people-2026-12-06-s29-people/heads.txt
"""

from __future__ import annotations

import datetime as dt
import sys

DATES = {"25": dt.date(2025, 1, 1), "26": dt.date(2026, 1, 1)}


def main(path: str) -> int:
    from accord.news.gazetteer import build_gazetteer, tokenize

    gaz = build_gazetteer()
    missing: dict[tuple[str, str], list[str]] = {}
    rows = 0
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") or not line.strip():
                continue
            code, when, office, name = line.strip().split("|")
            for day in ["25", "26"] if when == "both" else [when]:
                rows += 1
                toks = tokenize(name)
                i, codes = 0, []
                while i < len(toks):
                    hit = gaz.lookup(toks, i)
                    if hit and hit[1] == "name" and hit[2][0].kind == "person":
                        codes.append(hit[2][0].as_of(DATES[day])[0])
                        i += hit[0]
                    else:
                        i += 1
                if code not in codes:
                    missing.setdefault((code, name), []).append(day + office)
    for (code, name), where in sorted(missing.items()):
        print(f"{code}\t{name}\t{','.join(where)}")
    print(f"{rows} (state, date, office) rows; {len(missing)} people missing", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
