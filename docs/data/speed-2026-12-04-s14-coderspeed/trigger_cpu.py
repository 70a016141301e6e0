"""CPU seconds of the two CAMEO trigger scans of every sentence (``find_triggers`` without and
with the mentions blocked, as the nlp coder's prior and the rules coder run them) over the
bench's 40 long articles and the development texts, sentences split by spaCy's pipeline;
each scan once per sentence, in this fresh process (memos as empty as a worker's), three
rounds. Usage, from the repository root: ``PYTHONPATH=SRC nice python3
docs/data/speed-2026-12-04-s14-coderspeed/trigger_cpu.py``."""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path


def main() -> None:
    root = Path(__file__).resolve().parents[3]
    sys.path.insert(0, str(root / "bench"))
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_news import make_corpus
    from same_events_s14 import CHECK, documents

    from accord.news import coding
    from accord.news.gazetteer import load, tokenize
    from accord.news.nlp.models import spacy_pipeline
    from accord.news.nlp.rules_cv import dev_sets
    from accord.news.readers import read_file
    from accord.news.resolve import find_mentions

    folder = Path(tempfile.mkdtemp())
    make_corpus(folder, 40, sentences=(76, 88))
    texts = {
        "long": [d.text for p in sorted(folder.iterdir()) for d in read_file(p).documents],
    }
    dev_paths = [Path(s.path) for s in dev_sets(root, root.parent / "shared")]
    texts["READING"] = [d.text for d in documents([p for p in dev_paths if p.name not in CHECK])]
    gaz = load()
    coding.lexicon()
    nlp = spacy_pipeline()
    for name, group in texts.items():
        rows = []
        for doc in nlp.pipe(group):
            for sent in doc.sents:
                tokens = tokenize(sent.text)
                mentions = find_mentions(tokens, sent.text, None, gaz, bare=True)
                rows.append((tokens, {k for m in mentions for k in range(m.start, m.end)}))
        for round_ in range(3):
            start = time.process_time()
            found = 0
            for tokens, blocked in rows:
                found += len(coding.find_triggers(tokens))
                found += len(coding.find_triggers(tokens, blocked=blocked))
            cpu = time.process_time() - start
            print(f"{name} round {round_ + 1}: {len(rows)} sentences, {found} triggers, ", end="")
            print(f"{cpu:.3f} CPU s")


if __name__ == "__main__":
    main()
