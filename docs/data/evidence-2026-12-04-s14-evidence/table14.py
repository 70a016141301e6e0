"""Session 14 (s14-evidence): precision of the default finder's items as a function of a score
or a class, pooled and per READING file, both coders (task 1 of the brief; descriptive).

Reads ``items-CODER.json`` (``items14.py``). Scores: the refitted confidence model's
leave-one-file-out probability (``A``: the 19 bundled inputs; ``S``: the six of
``operating14.SMALL``), the bundled model's probability (fitted in session 10 on 11 of these
files: in sample for them, out of sample only for s10, s11, s12), and classes of single facts
(cue strength, cue-keyword gap, issues named, agreement of the two coders: the other coder finds
the same actor / issue / direction in the sentence ...). For each bin: items, right, pooled
precision, files with >= 3 items in the bin, how many of them are under 0.75, the lowest, and
the precision on the three files no adopted rule was written from since their scoring
(s10's rules were session 11's; s11 and s12: none; "fresh").

Run from the worktree root: ``PYTHONPATH=src python3
docs/data/evidence-2026-12-04-s14-evidence/table14.py`` (writes ``table14.txt``).
"""

from __future__ import annotations

import math
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
FRESH = ("evidence-heldout-s11", "evidence-heldout-s12")


def bins(item: dict[str, Any]) -> list[str]:
    s = item["signals"]

    def band(v: float, edges: tuple[float, ...], labels: tuple[str, ...]) -> str:
        for e, lab in zip(edges, labels, strict=False):
            if v < e:
                return lab
        return labels[-1]

    conf = ("<.70", ".70-.80", ".80-.90", ">=.90")
    return [
        "A oof " + band(item["pA"], (0.7, 0.8, 0.9), conf),
        "S oof " + band(item["pS"], (0.7, 0.8, 0.9), conf),
        "bundled " + band(item["confidence"], (0.7, 0.8, 0.9), conf),
        f"strength {s['strength']}",
        "gap " + band(s["gap"], (1, 4, 9), ("0", "1-3", "4-8", "9+")),
        "holder-keyword gap " + band(item["holder_gap"], (3, 7, 13), ("0-2", "3-6", "7-12", "13+")),
        f"issues {min(s['issues'], 3)}",
        f"holder {s['holder']}",
        f"against {int(s['against'])}",
        f"modal {int(s['modal'])}",
        f"policy cue {int(s['policy_cue'])}",
        f"flipped {min(s['flipped'], 1)}",
        f"cues {min(s['cues'], 2)}",
        f"holders {min(s['holders'], 2)}",
        "tokens " + band(s["tokens"], (26, 41), ("<=25", "26-40", "41+")),
        f"saying {int(s['saying'])}",
        f"condition word {int(item['condition'])}",
        f"contrast word {int(item['contrast'])}",
        f"negation word {int(item['negation'])}",
        f"holder before keyword {int(item['holder_before_keyword'])}",
        f"coders agree {int(item['agree'])}",
    ]


def prepare() -> dict[str, list[dict[str, Any]]]:
    import operating14 as op

    from accord.news.evidence_confidence import out_of_fold

    data = {c: op.load(c)["items"] for c in ("rules", "nlp")}
    keys = {c: {(i["id"], tuple(i["key"])) for i in items} for c, items in data.items()}
    for c, items in data.items():
        other = keys["nlp" if c == "rules" else "rules"]
        for i in items:
            i["agree"] = (i["id"], tuple(i["key"])) in other
        y = np.array([i["right"] for i in items], bool)
        g = [i["file"] for i in items]
        u = [i["url"] for i in items]
        for cand in ("A", "S"):
            x = np.array([op.row(i, cand) for i in items], float)
            p = out_of_fold(x, y, g, u)
            for i, v in zip(items, p, strict=True):
                i["p" + cand] = float(v)
    return data


def table(items: list[dict[str, Any]]) -> list[str]:
    cells: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for i in items:
        for b in bins(i):
            cells[b][i["file"]][0] += 1
            cells[b][i["file"]][1] += int(i["right"])
    lines = [
        f"{'bin':28} {'n':>4} {'right':>5} {'P':>6} {'files>=3':>8} {'<0.75':>5} {'lowest':>6}"
        f" {'fresh':>7}"
    ]
    for b in sorted(cells):
        per = cells[b]
        n = sum(v[0] for v in per.values())
        r = sum(v[1] for v in per.values())
        big = [v[1] / v[0] for v in per.values() if v[0] >= 3]
        fresh = [sum(per[f][k] for f in FRESH if f in per) for k in (0, 1)]
        lines.append(
            f"{b:28} {n:4d} {r:5d} {r / n:6.3f} {len(big):8d}"
            f" {sum(p < 0.75 for p in big):5d} {min(big) if big else math.nan:6.2f}"
            f" {fresh[1]:3d}/{fresh[0]:<3d}"
        )
    return lines


def main() -> None:
    data = prepare()
    out: list[str] = []
    for c, items in data.items():
        right = sum(i["right"] for i in items)
        out.append(f"== {c}: {len(items)} items, {right} right ({right / len(items):.3f})")
        out.extend(table(items))
    text = "\n".join(out) + "\n"
    (HERE / "table14.txt").write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(HERE))
    main()
