"""s25-nlpfix's census: every READING record in which the start code's gazetteer reads a
PLURAL group word (an agent word or title naming no country, with the English plural ending:
"jets", "forces", "protesters", "authorities") as the modifier of the lower-case word after it
(``accord.news.resolve._modifier``: "its jets struck" read like "military aid"), so that the
group word makes no bare agent mention; with each coder's start-run result for the record.
The CHECK files are refused by name before anything is read; the start run holds none.

Run from the worktree root with the START code on the path:
``PYTHONPATH=/tmp/s25-start/src python3 census.py START.json OUT.json > OUT.md``.
"""

from __future__ import annotations

import collections
import json
import sys
from pathlib import Path
from typing import Any

CHECK = {f"heldout-s2{n}{x}" for n in (3, 4) for x in ("", "b", "c")}
SINGULAR_S = ("SS", "US", "IS")  # "press", "apparatus", "crisis": singular words in -s


def main() -> None:
    from accord.news import resolve
    from accord.news.evaluate import read_gold
    from accord.news.nlp.coder import sentence_mentions
    from accord.news.nlp.rules_cv import dev_sets

    start = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    wrong = {c: {(f, e["id"]): e for f in start[c] for e in start[c][f]["errors"]} for c in start}
    seen: list[tuple[str, str]] = []
    original = resolve._modifier

    def spy(tokens: list[Any], end: int) -> bool:
        answer = original(tokens, end)
        group = tokens[end - 1].key
        if answer and group.endswith("S") and not group.endswith(SINGULAR_S):
            seen.append((tokens[end - 1].text, tokens[end].text))
        return answer

    resolve._modifier = spy  # type: ignore[assignment]
    root = Path.cwd()
    rows = []
    for dev in dev_sets(root, root.parent / "shared"):
        if dev.name in CHECK or dev.name not in start["nlp"]:
            continue
        for record in read_gold(dev.path, dev.split):
            seen.clear()
            sentence_mentions(record.text, record.date, record.home)
            if not seen:
                continue
            key = (dev.name, record.id)
            rows.append(
                {
                    "set": dev.name,
                    "id": record.id,
                    "pairs": [f"{g} {n}" for g, n in sorted(set(seen))],
                    "gold": f"{record.event} {sorted(record.sources)}->{sorted(record.targets)}",
                    "rules_right": key not in wrong["rules"],
                    "nlp_right": key not in wrong["nlp"],
                    "nlp_got": _got(wrong["nlp"].get(key)),
                    "rules_got": _got(wrong["rules"].get(key)),
                    "text": record.text,
                }
            )
    Path(sys.argv[2]).write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")
    files = {c: collections.Counter(r["set"] for r in rows if not r[f"{c}_right"]) for c in start}
    print(f"READING records with a plural group word read as a modifier: {len(rows)} "
          f"in {len({r['set'] for r in rows})} files")
    for coder in ("rules", "nlp"):
        n = sum(files[coder].values())
        print(f"- {coder}: {n} of them wrong in the start run, in {len(files[coder])} files")
    print()
    print("| file | record | group word + next word | gold | rules start | nlp start |")
    print("|---|---|---|---|---|---|")
    for r in rows:
        rules = "right" if r["rules_right"] else r["rules_got"]
        nlp = "right" if r["nlp_right"] else r["nlp_got"]
        pairs = "; ".join(r["pairs"])
        print(f"| {r['set']} | {r['id']} | {pairs} | {r['gold']} | {rules} | {nlp} |")


def _got(error: dict[str, Any] | None) -> str:
    if error is None:
        return ""
    return f"{error['got']} {sorted(error['source'])}->{sorted(error['target'])}"


if __name__ == "__main__":
    main()
