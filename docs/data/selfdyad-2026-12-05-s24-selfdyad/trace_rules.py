"""The rules coder's first event, with its mentions' words, on the rules self-dyad records of
the start run (session 24, s24-selfdyad). Reads ``selfdyad-start.json`` (the records of
/tmp/reading-s24-start.json where a coder's source set equals its target set and the gold's
do not); run from the worktree root at e664df55: ``PYTHONPATH=src python3 THIS``."""
import json, collections, sys
from pathlib import Path
from accord.news.evaluate import read_gold
from accord.news.coding import code_sentence
from accord.news.nlp.rules_cv import dev_sets

def main() -> None:
    """Run the script (imported, it does nothing: tests/test_docs.py imports it)."""
    L = json.load(open('docs/data/selfdyad-2026-12-05-s24-selfdyad/selfdyad-start.json'))
    want = {(e['set'], e['id']) for e in L if e['coder'] == 'rules'}
    sets = {d.name: d for d in dev_sets(Path('.'), Path('../shared'))}
    out = []
    for name in sorted({s for s, _ in want}):
        for r in read_gold(sets[name].path):
            if (name, r.id) in want:
                ev = code_sentence(r.text, r.date, home=r.home)
                b = ev[0]
                out.append(dict(set=name, id=r.id, home=r.home, type=b.event_type, trig=b.trigger,
                    src=[(a.code, a.role, a.text) for a in b.sources],
                    tgt=[(a.code, a.role, a.text) for a in b.targets],
                    gold=r.event, gs=sorted(r.sources), gt=sorted(r.targets), text=r.text))
    json.dump(out, open('docs/data/selfdyad-2026-12-05-s24-selfdyad/trace-rules.json', 'w'), indent=1)
    print(len(out))

if __name__ == "__main__":
    main()
