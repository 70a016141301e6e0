"""``find_triggers`` of the start's ``accord/news/coding.py`` against another copy of that
module (a patched one, or the start again for an A/A run), both loaded as modules of their
own in one process, alternated over six rounds, on the clauses of a file (one a line) and on
the sentences of the bench's 40 long articles (spaCy's split); both scans' results are
checked equal first. Usage, from the repository root:
``PYTHONPATH=src nice python3 docs/data/speed-2026-12-04-s14-coderspeed/ab_triggers.py
START/accord/news/coding.py VARIANT.py CLAUSES.txt``."""

from __future__ import annotations

import importlib.util
import sys
import tempfile
import time
from dataclasses import astuple
from pathlib import Path
from types import ModuleType


def _load(name: str, path: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    module.lexicon()
    return module


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "bench"))
    from bench_news import make_corpus

    from accord.news.gazetteer import tokenize
    from accord.news.nlp.models import spacy_pipeline
    from accord.news.readers import read_file

    old = _load("start_coding", sys.argv[1])
    var = _load("variant_coding", sys.argv[2])
    clauses = [line.strip() for line in Path(sys.argv[3]).read_text().splitlines()]
    folder = Path(tempfile.mkdtemp())
    make_corpus(folder, 40, sentences=(76, 88))
    texts = [d.text for p in sorted(folder.iterdir()) for d in read_file(p).documents]
    sentences = [s.text for d in spacy_pipeline().pipe(texts) for s in d.sents]
    for label, group in (("clauses", clauses), ("sentences", sentences)):
        tokens = [tokenize(t) for t in group]
        for t in tokens:
            assert [astuple(x) for x in old.find_triggers(t)] == [
                astuple(x) for x in var.find_triggers(t)
            ]
        total = {"start": 0.0, "variant": 0.0}
        for round_ in range(6):
            builds = [("start", old.find_triggers), ("variant", var.find_triggers)]
            for name, find in builds if round_ % 2 == 0 else builds[::-1]:
                start = time.process_time()
                for t in tokens:
                    find(t)
                total[name] += time.process_time() - start
        ratio = total["variant"] / total["start"]
        print(f"{label}: start {total['start']:.3f} CPU s, ", end="")
        print(f"variant {total['variant']:.3f} CPU s, variant/start {ratio:.3f}")


if __name__ == "__main__":
    main()
