"""The rules coder's first event of every READING record, to list the records whose coded
target changed: python targets.py OUT.json (run once with the base's PYTHONPATH and once with
the candidate's, then compare the two files; keys: record id; values: file, coded type,
sources, targets, gold type, gold targets, the sentence's first 150 characters)."""
import json
import sys
from pathlib import Path


def main():
    """Run the script (its module docstring says how)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from actors import reading_sets

    from accord.news.coders import RulesCoder
    from accord.news.nlp.rules_cv import load_records

    records, _groups, names = load_records(reading_sets())
    coder = RulesCoder()
    out = {}
    for r, n in zip(records, names):
        ev = coder.code_sentence(r.text, r.date)
        if ev:
            e = ev[0]
            out[r.id] = [
                n, e.event_type, [a.code for a in e.sources], [a.code for a in e.targets],
                r.event, sorted(r.targets), r.text[:150],
            ]
    Path(sys.argv[1]).write_text(json.dumps(out))


if __name__ == "__main__":
    main()
