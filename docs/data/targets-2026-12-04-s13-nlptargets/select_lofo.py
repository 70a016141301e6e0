"""Task 2 of s13-nlptargets, on the trace of the READING files (``trace-reading.json``, written
by ``trace_reading.py``; shipped head): among the gold records with a recipient where both
coders' first events have the same type, which coder's recipients to keep. Scores "keep the
nlp coder's" (the session-start code), "take the rules coder's", "take them when the nlp coder
has none", and a depth <= 2 rule over binary structural features (the nlp coder has none, the
rules coder has none, the rules recipients are among the parse's, they are of a source's
country, the two events share a source's country, same trigger, reported clause, passive,
fallback event) fitted by leave-one-file-out: each file scored with the rule fitted on the
other 18 (records right in the target slot). A record-level simulation: the code-level run is
``reading_runs.py``. Run from the worktree root::

    python3 docs/data/targets-2026-12-04-s13-nlptargets/select_lofo.py \\
        > docs/data/targets-2026-12-04-s13-nlptargets/select-lofo.txt
"""

import itertools
import json
from collections import Counter, defaultdict
from pathlib import Path


def main() -> None:
    rows = json.loads((Path(__file__).parent / "trace-reading.json").read_text(encoding="utf-8"))
    records: list = []
    for r in rows:
        if not r["gold_target"] or not r["nlp"] or not r["rules"]:
            continue
        n, ru = r["nlp"][0], r["rules"][0]
        if n["type"] != ru["type"]:
            continue
        t = r.get("trace") or {}
        f = {
            "nlp_empty": not n["target_codes"],
            "rules_empty": not ru["target_codes"],
            "rules_in_parse": bool(ru["target_codes"])
            and set(ru["target_codes"]) <= set(t.get("parse_targets", [])),
            "rules_same_code": bool(ru["target_codes"])
            and set(ru["target_codes"]) <= set(n["source_codes"]),
            "share_source": bool(set(n["source_codes"]) & set(ru["source_codes"])),
            "same_trigger": (n["trigger"] or "").lower() in (ru["trigger"] or "").lower().split()
            or (ru["trigger"] or "").lower() in (n["trigger"] or "").lower().split(),
            "reported": t.get("reported", False),
            "passive": t.get("passive", False),
            "fallback": r.get("origin") == "fallback",
        }
        records.append(
            (r, f, n["target_codes"] == r["gold_target"], ru["target_codes"] == r["gold_target"])
        )
    print(len(records), Counter((a, b) for _, _, a, b in records))

    def acc(choose):
        ok = sum((b if choose(f) else a) for r, f, a, b in records)
        return ok

    print(
        "keep nlp",
        acc(lambda f: False),
        "take rules",
        acc(lambda f: True),
        "rules if nlp empty",
        acc(lambda f: f["nlp_empty"]),
    )
    print("rules if nlp empty & share", acc(lambda f: f["nlp_empty"] and f["share_source"]))
    # changed records list for nlp empty
    for r, f, a, b in records:
        if f["nlp_empty"] and a != b:
            print(r["file"], r["id"], "fix" if b else "break", f)
    # LOFO depth<=2 tree over binary feats: choose for each leaf whether to take rules
    feats = [k for k in records[0][1]]
    files = sorted({r["file"] for r, _, _, _ in records})

    def fit(train):
        best = None
        for combo in [()] + [(a,) for a in feats] + list(itertools.combinations(feats, 2)):
            leaves = defaultdict(lambda: [0, 0])
            for _r, f, a, b in train:
                k = tuple(f[c] for c in combo)
                leaves[k][0] += a
                leaves[k][1] += b
            pol = {k: v[1] > v[0] for k, v in leaves.items()}
            score = sum(max(v) for v in leaves.values())
            if best is None or score > best[0]:
                best = (score, combo, pol)
        return best

    tot = 0
    base = 0
    per = Counter()
    for fl in files:
        train = [u for u in records if u[0]["file"] != fl]
        test = [u for u in records if u[0]["file"] == fl]
        _s, combo, pol = fit(train)
        ok = sum((b if pol.get(tuple(f[c] for c in combo), False) else a) for r, f, a, b in test)
        tot += ok
        base += sum(a for *_, a, b in test)
        per[combo] += 1
        if ok != sum(a for *_, a, b in test):
            print(
                " fold",
                fl,
                combo,
                {k: v for k, v in pol.items() if v},
                ok - sum(a for *_, a, b in test),
            )
    print("LOFO tree", tot, "base", base, per)
    print("---- reported & nlp nonempty")
    for r, f, a, b in records:
        if (not f["nlp_empty"]) and f["reported"] and a != b:
            print(
                r["file"],
                r["id"],
                "fix" if b else "break",
                r["nlp"][0]["target_codes"],
                r["rules"][0]["target_codes"],
                r["gold_target"],
                f["same_trigger"],
                f["share_source"],
            )
    print(Counter((f["reported"], f["nlp_empty"], a, b) for r, f, a, b in records if a != b))


if __name__ == "__main__":
    main()
