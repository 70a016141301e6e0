"""Step 1 of s15-names2, bugs (2) and (3): in the READING sentences (s15-names' loader), every
word "al-X" / "el-X" (a lower-case Arabic article and a hyphen) with the phrase its
capitalised spelling starts, and every "Brussels" with the record's gold codes. Run from the
worktree root (at 8494d99's code for the measurement before the change)::

    PYTHONPATH=src python3 docs/data/names-2026-12-04-s15-names2/articles.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "names-2026-12-04-s15-names"))
    import shapes

    from accord.news.gazetteer import load, tokenize

    gaz = load()
    article = re.compile(r"\b(al|el|ad|as|ash|an|ar|at|az|bin|ibn|ould|abu)-[A-Z]\w+")
    for name, rid, text, gold, _when in shapes.sentences(Path.cwd()):
        for m in article.finditer(text):
            word = m.group(0)
            toks = tokenize(word[0].upper() + word[1:])
            hit = gaz.lookup(toks, 0) if (toks[0].key,) in gaz.prefixes else None
            found = f"{hit[1]} {hit[2][0].code}" if hit and isinstance(hit[2], list) else "-"
            print("article", name, rid, word, found, ",".join(sorted(gold)), sep="\t")
        for m in re.finditer(r"Brussels", text):
            around = " ".join(text[max(0, m.start() - 60) : m.end() + 40].split())
            print("brussels", name, rid, ",".join(sorted(gold)), around, sep="\t")


if __name__ == "__main__":
    main()
