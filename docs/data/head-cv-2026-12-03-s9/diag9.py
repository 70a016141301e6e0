"""Which records change between A and the candidates, seed 0, on the files where the
candidates lost (a diagnosis after ``head9_lofo.py``'s run; it chooses nothing).

    python docs/data/head-cv-2026-12-03-s9/diag9.py /tmp/s9h/snap-1c26e3e.json > diag9.txt
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
_ARGS = sys.argv[1:]  # head9_lofo clears argv on import
import head9_lofo as h9  # noqa: E402  (clears argv for recall8_lofo)

from accord.news.evaluate import evaluate, read_gold  # noqa: E402
from accord.news.nlp.coder import NlpCoder  # noqa: E402
from accord.news.nlp.train import GoldSpec, training_set  # noqa: E402

FILES = {
    "seed article": "tests/data/news/seed-article.json",
    "heldout-2025": "tests/data/news/news-heldout-2025.json",
    "heldout-s5": "tests/data/news/news-heldout-s5.json",
    "heldout-s8b": "tests/data/news/news-heldout-s8b.json",
}


def outcome(record_error: dict[str, object]) -> str:
    return json.dumps(record_error, sort_keys=True, default=str)


def main() -> None:
    import rules_lofo
    import rules_lofo3  # noqa: F401
    import stack_lofo
    from rules_lofo import only

    snap = json.loads(Path(_ARGS[0]).read_text(encoding="utf-8"))
    rules_lofo.CANDIDATES = {**stack_lofo.ROUND1, **rules_lofo.CANDIDATES}
    rules_lofo.FILES = h9.FILES9
    stack_lofo.FILES = h9.FILES9
    parser = stack_lofo._CachedParser()
    h9.nlp_coder.spacy_pipeline = lambda: parser  # type: ignore[assignment]
    h9.nlp_train.spacy_pipeline = lambda: parser  # type: ignore[assignment]
    chosen = stack_lofo._rules_choice()
    specs = list(h9.ALL_SPECS.values())
    with only(set(rules_lofo.CANDIDATES)):
        live = training_set(specs, 0, 120, "static")
        with h9.frozen(snap):
            froz = training_set(specs, 0, 120, "static")
    names: list[str] = []
    for name, spec in h9.ALL_SPECS.items():
        parsed = GoldSpec.parse(spec)
        names += [name] * len(read_gold(parsed.path, parsed.split))
    names_a = np.asarray(names)
    gold_idx = np.flatnonzero(live.gold)
    for short, held in FILES.items():
        shipped = [s for s in h9.SHIPPED_SPECS if h9.FILE_OF[s] != held]
        extra = [s for s in h9.ALL_SPECS if s not in h9.SHIPPED_SPECS and h9.ALL_FILE_OF[s] != held]
        rows_a = gold_idx[np.isin(names_a, shipped)]
        both = np.concatenate([rows_a, gold_idx[np.isin(names_a, extra)]])
        ones_a, ones_b = np.ones(len(rows_a)), np.ones(len(both))
        heads = {
            "A": h9.fit_rows(live, rows_a, ones_a, 0),
            "B": h9.fit_rows(froz, rows_a, ones_a, 0),
            "C1": h9.fit_rows(live, both, ones_b, 0),
            "BC1": h9.fit_rows(froz, both, ones_b, 0),
        }
        records = read_gold(held)
        got = {}
        with only(chosen[held]):
            for name, head in heads.items():
                coder = NlpCoder(head)
                got[name] = {r.id: [outcome(e) for e in evaluate([r], True, coder).errors] for r in records}
        print(f"== {short}")
        for r in records:
            if any(got[n][r.id] != got["A"][r.id] for n in heads):
                print(f"{r.id} gold {r.event} {r.text[:140]!r}")
                for n in heads:
                    print(f"   {n}: {got[n][r.id] or 'right'}")


if __name__ == "__main__":
    main()
