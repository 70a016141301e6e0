"""Every READING record in which the gazetteer reads a group word (an agent word or a title,
naming no country: "forces", "jets", "troops", "police") as the modifier of the next word
(``accord.news.resolve._modifier``), so that no bare agent mention is made; prints the next
words by frequency (s25-nlpfix's census; the CHECK files are refused by name before anything
is read).

Run from the worktree root with ``PYTHONPATH=src``: ``python3 modifiers.py OUT.json``.
"""

from __future__ import annotations

import collections
import json
import sys
from pathlib import Path
from typing import Any

CHECK = {f"heldout-s2{n}{x}" for n in (3, 4) for x in ("", "b", "c")}


def main() -> None:
    from accord.news import resolve
    from accord.news.evaluate import read_gold
    from accord.news.nlp.coder import sentence_mentions
    from accord.news.nlp.rules_cv import dev_sets

    seen: list[tuple[str, str]] = []
    original = resolve._modifier

    def spy(tokens: list[Any], end: int) -> bool:
        answer = original(tokens, end)
        if answer:
            seen.append((tokens[end - 1].text, tokens[end].text))
        return answer

    resolve._modifier = spy  # type: ignore[assignment]
    root = Path.cwd()
    rows = []
    for dev in dev_sets(root, root.parent / "shared"):
        if dev.name in CHECK:
            continue
        for record in read_gold(dev.path, dev.split):
            seen.clear()
            sentence_mentions(record.text, record.date, record.home)
            for group, nxt in sorted(set(seen)):
                rows.append(
                    {"set": dev.name, "id": record.id, "group": group, "next": nxt,
                     "text": record.text[:300]}
                )
    Path(sys.argv[1]).write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")
    counts = collections.Counter(r["next"].lower() for r in rows)
    for word, n in counts.most_common():
        print(n, word)


if __name__ == "__main__":
    main()
