"""Paired leave-one-file-out of one change: ``python compare.py BEFORE.json AFTER.json``
(files of rows.py). Per development file and coder: event F1 and actor accuracy before,
after, and out of fold (the change adopted for a held file when on the ten other files
together it lowers neither event F1 nor actor accuracy for either coder). Prints a markdown
table and the verdict of the protocol (docs/validation-events.md, session 7, s7-actors). Session 8: the verdict also says in
how many folds the change was adopted (a change rejected in every fold is not adopted)."""
import json, sys
import numpy as np
from accord.news.nlp.rules_cv import figures


def main():
    """Run the script (its module docstring says how)."""
    before, after = (json.load(open(f)) for f in sys.argv[1:3])
    assert before["ids"] == after["ids"]
    names = np.asarray(before["names"])
    coders = [c for c in ("rules", "nlp") if c in before and c in after]
    B = {c: np.asarray(before[c]["rows"]) for c in coders}
    A = {c: np.asarray(after[c]["rows"]) for c in coders}

    def fig(rows, mask):
        f = figures(rows[mask]); return f["event_f1"], f["actor_accuracy"]

    files = list(dict.fromkeys(before["names"]))
    lower = []
    adopted = []
    print("| file | " + " | ".join(f"{c} F1 before / after / oof | {c} actor before / after / oof" for c in coders) + " |")
    print("| --- |" + " ---: | ---: |" * len(coders))
    for name in files:
        held = names == name; rest = ~held
        adopt = all(fig(A[c], rest)[k] >= fig(B[c], rest)[k] - 1e-9 for c in coders for k in (0, 1))
        adopted.append(adopt)
        cells = []
        for c in coders:
            fb, ab = fig(B[c], held); fa, aa = fig(A[c], held)
            fo, ao = (fa, aa) if adopt else (fb, ab)
            if fo < fb - 1e-9 or ao < ab - 1e-9: lower.append((name, c))
            cells += [f"{fb:.3f} / {fa:.3f} / {fo:.3f}", f"{ab:.3f} / {aa:.3f} / {ao:.3f}"]
        print(f"| {name}{'' if adopt else ' (not adopted in fold)'} | " + " | ".join(cells) + " |")
    allm = np.ones(len(names), bool)
    cells = []
    for c in coders:
        fb, ab = fig(B[c], allm); fa, aa = fig(A[c], allm)
        cells += [f"{fb:.3f} / {fa:.3f}", f"{ab:.3f} / {aa:.3f}"]
    print("| **pooled** | " + " | ".join(cells) + " |")
    if lower:
        verdict = f"NOT ADOPTED, lower on {lower}"
    elif not any(adopted):
        verdict = "NOT ADOPTED (rejected in every fold: it lowers a figure on the other files)"
    else:
        verdict = f"ADOPT (no file lower out of fold; adopted in {sum(adopted)} of {len(adopted)} folds)"
    print("\nverdict:", verdict)
    for c in coders:
        ch = [i for i in range(len(names)) if (B[c][i] != A[c][i]).any()]
        print(f"{c}: {len(ch)} records change:", ", ".join(f"{before['ids'][i]}({names[i]}) {B[c][i].tolist()}->{A[c][i].tolist()}" for i in ch))


if __name__ == "__main__":
    main()
