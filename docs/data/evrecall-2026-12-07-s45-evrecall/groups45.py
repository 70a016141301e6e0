"""Session 45 (s45-evrecall): the census's missed gold stances grouped (``census45.py``'s output).

Per coder, the misses by cause (``census45.missed``), with the number of files; then, among the
misses of cause ``no_cue`` (an issue keyword in the sentence, no cue word), the sentences that
hold a word of each class tried or considered (a regular expression per class, counted once per
missed stance); then every miss of the class this session chose (a noun of support, desire or
readiness with its preposition before the keyword). Run from the worktree root::

    python3 docs/data/evrecall-2026-12-07-s45-evrecall/groups45.py census-start.json \\
        census-groups.txt
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
CLASSES = {
    "noun of support/desire/readiness + for/to (chosen)": (
        r"\b(support|backing|desire|preference|readiness) (for|to)\b"
    ),
    "noun of commitment/willingness + to": r"\b(commitment|willingness) to\b",
    "verbs of signing": r"\b(sign|signs|signed|signing|inked)\b",
    "verbs of announcing/declaring/ordering": r"\b(announced|declared|ordered)\b",
    "emphasis verbs (underlined, underscored, highlighted, (re)affirmed)": (
        r"\b(underlined|underscored|highlighted|reaffirmed|affirmed)\b"
    ),
    "adjectives of readiness (prepared, determined, eager, keen, adamant, open)": (
        r"\b(prepared|determined|eager|keen|adamant|open) (to|that|for)\b"
    ),
    "modal + base form of a cue verb": (
        r"\b(would|will|could|to|can) (support|back|accept|endorse|welcome|reject|oppose|agree"
        r"|refuse|demand|want|seek)\b"
    ),
    "words of need (need, necessary, essential, crucial, vital)": (
        r"\b(need|needs|needed|necessary|essential|crucial|vital)\b"
    ),
    "want / wish forms": r"\b(want|wanted|wanting|wish|wishes|wished)\b",
}


def main() -> None:
    data = json.loads((HERE / sys.argv[1]).read_text(encoding="utf-8"))
    lines: list[str] = []
    for coder in ("rules", "nlp"):
        missed = data[coder]["missed"]
        pooled = data[coder]["pooled"]
        lines.append(
            f"## {coder}: {pooled['gold']} gold stances, {pooled['right']} found right, "
            f"{len(missed)} missed"
        )
        for why, n in Counter(m["why"] for m in missed).most_common():
            files = len({m["file"] for m in missed if m["why"] == why})
            lines.append(f"  {why:14} {n:5}  files {files}")
        no_cue = [m for m in missed if m["why"] == "no_cue"]
        lines.append(f"  no_cue by word class ({len(no_cue)} misses):")
        for name, pattern in CLASSES.items():
            hit = [m for m in no_cue if re.search(pattern, m["text"], re.I)]
            files = len({m["file"] for m in hit})
            lines.append(f"    {len(hit):4}  files {files:3}  {name}")
        lines.append("")
    chosen = next(iter(CLASSES.values()))
    lines.append("## the chosen class's misses (any cause), rules coder")
    for m in data["rules"]["missed"]:
        if re.search(chosen, m["text"], re.I):
            text = m["text"][:200]
            lines.append(f"  {m['id']} {'/'.join(m['key'])} {m['why']}: {text}")
    (HERE / sys.argv[2]).write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
