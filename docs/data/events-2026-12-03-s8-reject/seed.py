"""Print the seed article's events of both coders (one line each)."""
import sys
from pathlib import Path
from accord.news.readers import read_file
from accord.news.coders import RulesCoder

import os
# the repository root from the working folder: "." when run from the root as documented, so
# paths (and the group labels built from them) are those of the original runs
ROOT = Path(os.path.relpath(Path(__file__).resolve().parents[3]))
SHARED = ROOT / ".." / "shared"  # ../shared beside the repository (tests/helpers.py)


def main():
    """Run the script (its module docstring says how)."""
    which = sys.argv[1:] or ["rules", "nlp"]
    doc = read_file(SHARED / "seed/000_3ead7e23d2ba6687.txt")
    doc = doc.documents[0]
    if False:
        doc = doc[0]

    def fmt(actors):
        return " + ".join(f"{a.code}{(' ' + a.role) if a.role else ''} ({a.text})" for a in actors)

    import os
    for name in which:
        if name == "rules":
            coder = RulesCoder()
        else:
            from accord.news.nlp.coder import NlpCoder
            from dataclasses import replace
            from accord.news.nlp.coder import DEFAULT_RULES
            sw = [x for x in os.environ.get("NLP_SW", "").split(",") if x]
            coder = NlpCoder(rules=replace(DEFAULT_RULES, **{x: True for x in sw}))
        events = coder.code_document(doc)
        print(f"== {name}: {len(events)} events")
        for i, e in enumerate(events, 1):
            print(f"{i}\t{e.event_type}\t{fmt(e.sources)} -> {fmt(e.targets)}\t{e.trigger}\t| {e.sentence[:90]}")


if __name__ == "__main__":
    main()
