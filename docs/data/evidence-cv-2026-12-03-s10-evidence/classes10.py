"""Session 10 (s10-evidence, issue 14 item 6): abstain on the item classes that are credibly
below the precision target, chosen by leave-one-file-out over every development evidence gold
file (the second mechanism of the brief; the first is ``confidence10.py``).

Run from anywhere: ``python docs/data/evidence-cv-2026-12-03-s10-evidence/classes10.py
CODER...``. A class is one value of one signal of :class:`~accord.news.evidence.Signals`
(:func:`accord.news.evidence_confidence.classes`: each binary signal, each cue strength, each
holder source; counts capped at 3). In each outer fold, on the training files alone (less any
report the held-out file cites), a class is abstained on when it has at least five items and
the upper end of the 95% Wilson interval of its precision lies below 0.80 (credibly below the
target, not merely below it by chance); the held-out file's items in any such class are
dropped. Prints each file's found / right / precision / recall before and after and the
classes each fold chose; writes ``classes-CODER.json``.

Chosen after seeing a result: this protocol was written after the pooled precision of each
class on all eleven files had been printed for the rules coder (weak cues, strength 0.5: 11 of
20 right; no class under 0.5), so its out-of-fold figures are somewhat optimistic.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from confidence10 import HERE, adopted, items, score, trade

from accord.news.evidence_confidence import TARGET, classes
from accord.news.evidence_cv import wilson_interval

MIN_ITEMS = 5


def choose(cls: list[set[str]], y: np.ndarray[Any, Any]) -> list[str]:
    """The classes whose precision's 95% Wilson upper bound is below the target."""
    names = sorted(set().union(*cls))
    out = []
    for name in names:
        inside = [i for i, c in enumerate(cls) if name in c]
        if len(inside) < MIN_ITEMS:
            continue
        interval = wilson_interval(int(y[inside].sum()), len(inside))
        if interval is not None and interval[1] < TARGET:
            out.append(name)
    return out


def main(coders: list[str]) -> None:
    for coder in coders:
        data = items(coder)
        y = data["y"]
        g, u = np.asarray(data["files"]), np.asarray(data["urls"])
        cls = [set(classes(s)) for s in data["signals"]]
        table: dict[str, Any] = {}
        kept_all = np.zeros(len(y), bool)
        for name in sorted(set(data["files"])):
            held = g == name
            train = ~held & ~np.isin(u, u[held])
            chosen = choose([cls[i] for i in np.flatnonzero(train)], y[train])
            keep = np.array([not (cls[i] & set(chosen)) for i in range(len(y))])
            kept_all |= held & keep
            table[name] = {
                "abstain_on": chosen,
                "before": score(y[held], data["gold"][name]),
                "after": score(y[held & keep], data["gold"][name]),
            }
        total = sum(data["gold"].values())
        table["pooled"] = {"before": score(y, total), "after": score(y[kept_all], total)}
        on_all = choose(cls, y)
        print(f"{coder}: {len(y)} items, {int(y.sum())} right; chosen on all files: {on_all}")
        for name, row in table.items():
            b, a = row["before"], row["after"]
            print(
                f"{name:30} {b['found']:4}/{b['right']:<4} {b['precision']} {b['recall']}"
                f"  ->  {a['found']:4}/{a['right']:<4} {a['precision']} {a['recall']}"
                f"  {','.join(row.get('abstain_on', []))}"
            )
        ok = adopted(table)
        print(f"adoption rule met: {ok}; {trade(table)}\n")
        (HERE / f"classes-{coder}.json").write_text(
            json.dumps(
                {
                    "coder": coder,
                    "files": table,
                    "chosen_on_all": on_all,
                    "adoption_rule_met": ok,
                },
                indent=1,
            )
            + "\n"
        )


if __name__ == "__main__":
    main(sys.argv[1:] or ["rules"])
