"""Session 25, s25-rulesfix: an agreement to an act of one's own, counted on the READING files.

Every READING record (the development sets of :func:`accord.news.nlp.rules_cv.dev_sets` less
the session's CHECK files) whose text has a verb of agreeing or pledging followed within six
words by "to" and a verb is listed with that verb, its gold type and what each coder coded at
the start run (its error lists; a record absent from them was right). Reads no CHECK record.

    D=docs/data/rulesfix-2026-12-05-s25-rulesfix
    python3 $D/census.py --start /tmp/reading-s25-start.json --out $D/census.txt
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

CHECK = (
    "heldout-s23",
    "heldout-s23b",
    "heldout-s23c",
    "heldout-s24",
    "heldout-s24b",
    "heldout-s24c",
)
AGREEING = re.compile(
    r"\b(agree[sd]?|agreeing|pledged?|pledg\w*|vow\w*|promis\w*|decid\w*|commit\w*)\b"
    r"((?:\s+\S+){0,4}?)\s+to\s+([a-z]+)",
    re.IGNORECASE,
)


def main() -> None:
    """Write the census table."""
    from accord.news.nlp.rules_cv import dev_sets, load_records

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--start", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    start = json.loads(Path(args.start).read_text(encoding="utf-8"))
    sets = [s for s in dev_sets(Path("."), Path("../shared")) if s.name not in CHECK]
    records, _, names = load_records(sets)
    got = {
        coder: {e["id"]: e["got"] for f in start[coder].values() for e in f["errors"]}
        for coder in ("rules", "nlp")
    }
    lines = []
    verbs: Counter[tuple[str, str]] = Counter()
    for record, name in zip(records, names, strict=True):
        match = AGREEING.search(record.text)
        if match is None:
            continue
        verb = match.group(3).lower()
        verbs[(verb, record.event)] += 1
        coded = [got[c].get(record.id, "=") for c in ("rules", "nlp")]
        lines.append(
            f"{name}\t{record.id}\t{verb}\tgold {record.event}\trules {coded[0]}\t"
            f"nlp {coded[1]}\t{record.text[:160]}"
        )
    lines.append("")
    lines += [f"{v}\t{t}\t{n}" for (v, t), n in sorted(verbs.items())]
    Path(args.out).write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
