"""Rules-coder outcome rows with only some of session 9's rules on (the others patched to
their neutral value): python rows_only.py LABEL [RULE ...]; with no RULE, all of them off
(must equal main's rows); writes rules-rows-LABEL.json in this folder."""
import json, os, sys, time
from pathlib import Path
from accord.news import coding
from accord.news.nlp.rules_cv import dev_sets, load_records, outcome_rows

NEUTRAL = {
    "_engaged_with": lambda tokens, mentions, trig: trig,
    "_partner_of_later_verb": lambda *a: False,
    "_neither_nor": lambda *a: None,
    "_not_yet": lambda *a: False,
    "_own_forces": lambda *a: False,
    "_VICTIM_SUBJECT": frozenset(),
    "_announced_acts": lambda tokens, triggers, blocked: triggers,
}
ROOT = Path(os.path.relpath(Path(__file__).resolve().parents[3]))
SHARED = ROOT / ".." / "shared"  # ../shared beside the repository (tests/helpers.py)
HERE = Path(__file__).resolve().parent


def main():
    """Run the script (its module docstring says how)."""
    label, *keep = sys.argv[1:]
    assert set(keep) <= set(NEUTRAL) | {"_lifted_sanctions"}, keep
    for name, fn in NEUTRAL.items():
        if name not in keep:
            setattr(coding, name, fn)
    if "_lifted_sanctions" not in keep:  # a type rule: called through the rules' tuple
        coding._TYPE_RULES_S8 = tuple(r for r in coding._TYPE_RULES_S8 if r is not coding._lifted_sanctions)
    from accord.news.coders import RulesCoder
    records, groups, names = load_records(dev_sets(ROOT, SHARED))
    t = time.process_time()
    rows = outcome_rows(records, RulesCoder())
    print("rules", label, "cpu", round(time.process_time() - t, 1), file=sys.stderr)
    (HERE / f"rules-rows-{label}.json").write_text(json.dumps({"ids": [r.id for r in records], "groups": groups, "names": names, "rows": rows.tolist(), "commit": label}))


if __name__ == "__main__":
    main()
