"""Step 1 of s14-names: every one-word place of the gazetteer (a ``name`` hit of one word whose
entry is a country, i.e. a country's name, capital, city or region alias) directly followed by a
capitalised word, in the sentences of the READING files: the 21 READING event files of
:func:`accord.news.nlp.rules_cv.dev_sets` (all but ``heldout-s13`` and ``heldout-s13b``; the
seed article is one of them) and the 14 READING evidence files (every
``tests/data/news/evidence-*.jsonl`` gold file but ``evidence-heldout-s13.jsonl``, a CHECK
file, and ``evidence-heldout-s14.jsonl``, still held out; the labelling files
``evidence-labels-*`` and ``evidence-sentences`` are no gold files). Each occurrence is listed
with its sentence and file, and the words that would exempt it under the rule's tests (next
word starts a gazetteer phrase, is an honorific / day / month), to be classed by hand as a
person's given name or a place-based proper name.

Run from the worktree root::

    PYTHONPATH=src python3 docs/data/names-2026-12-04-s14-names/shapes.py \\
        > docs/data/names-2026-12-04-s14-names/shapes.tsv
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

CHECK = ("heldout-s13", "heldout-s13b")
EVIDENCE_SKIP = ("evidence-heldout-s13.jsonl", "evidence-heldout-s14.jsonl")
EVIDENCE_NOT_GOLD = (
    "evidence-labels-A.jsonl",
    "evidence-labels-B.jsonl",
    "evidence-sentences.jsonl",
)


def sentences(root: Path) -> list[tuple[str, str, str]]:
    """(file, record id, text) of every READING sentence."""
    from accord.news.evaluate import read_gold
    from accord.news.nlp.rules_cv import dev_sets

    out = []
    for dev in dev_sets(root, root.parent / "shared"):
        if dev.name in CHECK:
            continue
        for record in read_gold(dev.path, dev.split):
            out.append((dev.name, str(record.id), record.text))
    for path in sorted((root / "tests" / "data" / "news").glob("evidence-*.jsonl")):
        if path.name in EVIDENCE_SKIP or path.name in EVIDENCE_NOT_GOLD:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                out.append((path.name, str(row["id"]), str(row["text"])))
    return out


def main() -> None:
    from accord.news.gazetteer import load, tokenize
    from accord.news.resolve import _NOT_GIVEN_NAMES

    gaz = load()
    root = Path.cwd()
    rows = sentences(root)
    print(f"# {len(rows)} sentences, {len({r[0] for r in rows})} files", file=sys.stderr)
    print("file\tid\tplace\tnext\tnext_starts_phrase\tnot_given_name\tafter\ttext")
    for name, rid, text in rows:
        tokens = tokenize(text)
        i = 0
        while i < len(tokens):
            hit = gaz.lookup(tokens, i) if (tokens[i].key,) in gaz.prefixes else None
            if hit is None:
                i += 1
                continue
            n, table, value = hit
            if table == "name" and n == 1 and value[0].kind == "country" and i + 1 < len(tokens):
                nxt = tokens[i + 1]
                if nxt.text[:1].isupper():
                    after = tokens[i + 2].text if i + 2 < len(tokens) else ""
                    print(
                        "\t".join(
                            [
                                name,
                                rid,
                                tokens[i].text,
                                nxt.text,
                                str((nxt.key,) in gaz.prefixes),
                                str(nxt.key in _NOT_GIVEN_NAMES),
                                after,
                                " ".join(text.split()),
                            ]
                        )
                    )
            i += n


if __name__ == "__main__":
    main()
