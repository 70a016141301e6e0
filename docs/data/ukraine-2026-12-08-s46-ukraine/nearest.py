"""Each evidence item of the bundled ``ukraine-2025-02`` cited to the seed article, beside the
article's nearest sentence and whether each of its quotations is in the article word for word
(session 46, docs/ukraine-2025-02.md, "What each item cited to the seed article says").

Run from the repository root, with ``../shared/seed`` present:

    PYTHONPATH=src python3 docs/data/ukraine-2026-12-08-s46-ukraine/nearest.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

QUOTATION = re.compile(r"[\"\u201c]([^\"\u201c\u201d]{12,})[\"\u201d]")


def squeezed(text: str) -> str:
    """The text with curly apostrophes made straight and white space runs made one space."""
    return " ".join(text.replace("\u2019", "'").split())


def found(quotation: str, article: str) -> bool:
    """Whether the quotation's pieces (split at an ellipsis) are in the article, in order."""
    at = 0
    for piece in re.split(r"\s*(?:\.\.\.|\u2026)\s*", squeezed(quotation)):
        where = article.find(piece.strip(" ,;"), at)
        if where < 0:
            return False
        at = where + len(piece)
    return True


def nearest(text: str, sentences: list[str]) -> str:
    """The sentence sharing the largest share of the text's words."""
    words = set(re.findall(r"\w+", text.lower()))
    return max(sentences, key=lambda s: len(words & set(re.findall(r"\w+", s.lower()))))


def main() -> int:
    from accord.scenario import load_bundled

    scenario = load_bundled("ukraine-2025-02")
    seed = next(s for s in scenario.sources if s.id == "seed")
    path = Path("..") / "shared" / str(seed.file)
    if not path.is_file():
        print(f"needs {path}", file=sys.stderr)
        return 2
    raw = path.read_text(encoding="utf-8")
    article = squeezed(raw)
    pieces = re.split(r"(?<=[a-z][.!?])\s+|\n", raw)
    sentences = [squeezed(s) for s in pieces if len(s.strip()) > 30]
    missing = 0
    for stance in scenario.stances:
        for item in stance.evidence:
            if item.source != "seed":
                continue
            print(f"{stance.actor} {stance.issue} ({item.supports.value})")
            print(f"  item:    {item.text}")
            for quotation in QUOTATION.findall(item.text):
                ok = found(quotation, article)
                missing += not ok
                print(f"  {'quoted ' if ok else 'MISSING'}: {quotation}")
            print(f"  nearest: {nearest(item.text, sentences)}")
            if item.note:
                print(f"  note:    {item.note}")
            print()
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
