"""READING gold records where the word test of the candidate fires, with each coder's start output.

Session 45 (s45-falsealarm): a reading aid written with the candidate's test
(:func:`accord.news.coding.comment_withheld`) before its first READING run. It runs no coder:
each READING gold text is split into the gazetteer's tokens and every word where the test fires
is listed with the record's gold type and actors and, per coder of the start run (``START``,
the harness's READING output with ``errors``), ``ok`` (no error listed) or the type and trigger
it emitted. The six CHECK files of session 45 are dropped by name before any file is opened.

    PYTHONPATH=src python3 docs/data/falsealarm-2026-12-07-s45-falsealarm/withheld.py \\
        /tmp/reading-s45-start.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from gold import CHECK, actors

    from accord.news.coding import comment_withheld
    from accord.news.gazetteer import tokenize
    from accord.news.nlp.rules_cv import dev_sets

    start = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    root = Path.cwd()
    for dev in dev_sets(root, root.parent / "shared"):
        if dev.name in CHECK:
            continue
        got = {
            coder: {str(e["id"]): e for e in files.get(dev.name, {}).get("errors", [])}
            for coder, files in start.items()
        }
        for record in json.loads(Path(dev.path).read_text(encoding="utf-8")):
            text = " ".join(str(record.get("text", "")).split())
            if record.get("event") == "DOCUMENT":
                continue
            keys = [t.key for t in tokenize(text)]
            words = [keys[i] for i in range(len(keys)) if comment_withheld(keys, i)]
            if not words:
                continue
            rid = str(record.get("id"))
            coded = " ".join(
                f"{c}={got[c][rid]['got']}:{got[c][rid]['trigger']}" if rid in got[c] else f"{c}=ok"
                for c in got
            )
            print(
                f"{dev.name} {rid} {record.get('event') or 'NONE'} "
                f"{actors(record.get('source'))}->{actors(record.get('target'))} "
                f"{'/'.join(words)} [{coded}] | {text}"
            )


if __name__ == "__main__":
    main()
