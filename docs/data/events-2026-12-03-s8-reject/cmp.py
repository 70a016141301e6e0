"""Leave-one-file-out paired comparison: python cmp.py BEFORE AFTER [OUT]"""
import json, sys
import numpy as np
from accord.news.nlp.rules_cv import paired


def main():
    """Run the script (its module docstring says how)."""
    b, a = (json.load(open(f)) for f in sys.argv[1:3])
    assert b["ids"] == a["ids"]
    B, A = np.asarray(b["rows"]), np.asarray(a["rows"])
    names = b["names"]
    rep = paired(B, A, names, names, n_folds=len(set(names)))
    rep["protocol"] = "leave-one-file-out: rules_cv.paired with groups = file names, one fold per file"
    rep["before"], rep["after"] = b["commit"], a["commit"]
    changed = [(names[i], b["ids"][i], B[i].tolist(), A[i].tolist()) for i in range(len(B)) if (B[i] != A[i]).any()]
    rep["changed_records"] = changed
    print("pooled", rep["pooled_before"], "->", rep["pooled_chosen"])
    print("adopted in", sum(f["adopted"] for f in rep["folds"]), "of", len(rep["folds"]))
    worse = []
    for n, d in rep["development"].items():
        bf, of = d["before"], d["out_of_fold"]
        flag = ""
        if of["event_f1"] < bf["event_f1"] or of["actor_accuracy"] < bf["actor_accuracy"]:
            flag = "  LOWER"; worse.append(n)
        if bf != of or flag:
            print(f"  {n}: {bf['event_f1']}/{bf['actor_accuracy']}/{bf['false_alarms']} -> {of['event_f1']}/{of['actor_accuracy']}/{of['false_alarms']}{flag}")
    for c in changed: print("  changed", c)
    print("LOWER files:", worse or "none")
    if len(sys.argv) > 3:
        open(sys.argv[3], "w").write(json.dumps(rep, indent=1) + "\n")


if __name__ == "__main__":
    main()
