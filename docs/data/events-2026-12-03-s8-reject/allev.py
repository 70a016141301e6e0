"""Every event of every development sentence, one line each: python allev.py LABEL rules|nlp
(writes allev-CODER-LABEL.txt in this folder)."""
import sys
from pathlib import Path
from accord.news.nlp.rules_cv import dev_sets, load_records, cached_coder
import os
# the repository root from the working folder: "." when run from the root as documented, so
# paths (and the group labels built from them) are those of the original runs
ROOT = Path(os.path.relpath(Path(__file__).resolve().parents[3]))
SHARED = ROOT / ".." / "shared"  # ../shared beside the repository (tests/helpers.py)
HERE = Path(__file__).resolve().parent


def main():
    """Run the script (its module docstring says how)."""
    label, which = sys.argv[1:3]
    records, groups, names = load_records(dev_sets(ROOT, SHARED))
    if which == "rules":
        from accord.news.coders import RulesCoder
        coder = RulesCoder()
    else:
        from accord.news.nlp.coder import DEFAULT_RULES
        import os
        from dataclasses import replace
        sw = [x for x in os.environ.get("NLP_SW", "").split(",") if x]
        coder = cached_coder(replace(DEFAULT_RULES, **{x: True for x in sw}), {}, {})
    def fmt(actors):
        return "+".join(f"{a.code}{(' ' + a.role) if a.role else ''}" for a in actors)
    seen = set()
    with open(HERE / f"allev-{which}-{label}.txt", "w") as out:
        for r, n in zip(records, names):
            if (n, r.text) in seen: continue
            seen.add((n, r.text))
            for e in coder.code_sentence(r.text, r.date if hasattr(r, "date") else None):
                out.write(f"{n}:{r.id}\t{e.event_type}\t{fmt(e.sources)} -> {fmt(e.targets)}\t{e.trigger}\t| {r.text}\n")


if __name__ == "__main__":
    main()
