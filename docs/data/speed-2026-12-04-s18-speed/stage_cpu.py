"""A worker's CPU per long article by stage, measured directly (not sampled): spaCy's
tokenizer and each pipeline component run on their own over the same batches as
``NlpCoder.code_documents`` (``PARSE_BATCH`` documents, ``TOK2VEC_BATCH`` for ``tok2vec``),
then the coder on those parses with its stages wrapped by timers that count each stage's own
CPU (a stage called inside another is taken out of the outer one), then each document's
MinHash signature and the pickled result a worker sends back. Usage, from the repository
root: ``PYTHONPATH=src nice python3 docs/data/speed-2026-12-04-s18-speed/stage_cpu.py [N]
[--rounds R]``."""

from __future__ import annotations

import argparse
import pickle
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

CLOCK = time.process_time


class Stages:
    """Own CPU per stage: a stage's time less that of the stages it calls."""

    def __init__(self) -> None:
        self.own: Counter[str] = Counter()
        self.calls: Counter[str] = Counter()
        self.inner: list[float] = []

    def wrap(self, name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            start = CLOCK()
            self.inner.append(0.0)
            try:
                return fn(*args, **kwargs)
            finally:
                spent = CLOCK() - start
                self.own[name] += spent - self.inner.pop()
                self.calls[name] += 1
                if self.inner:
                    self.inner[-1] += spent

        return timed


def worker(rounds: int, **options: int) -> tuple[Any, list[Any], argparse.Namespace]:
    """The warmed coder of a worker and the benchmark's long articles (s16-workers'
    ``worker_setup``), with the command line's ``N``, ``--rounds`` (default ``rounds``) and
    an integer option per keyword of ``options`` (its default)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "speed-2026-12-04-s16-workers"))
    from worker_setup import worker_coder

    parser = argparse.ArgumentParser()
    parser.add_argument("n", nargs="?", type=int, default=48)
    parser.add_argument("--rounds", type=int, default=rounds)
    for name, default in options.items():
        parser.add_argument("--" + name.replace("_", "-"), type=int, default=default)
    args = parser.parse_args()
    coder, docs = worker_coder(args.n)
    return coder, docs, args


def main() -> None:
    coder, docs, args = worker(2)
    from worker_setup import TASK

    from accord.news.minhash import document_signature
    from accord.news.nlp import coder as C
    from accord.news.nlp.models import spacy_pipeline

    nlp = spacy_pipeline()
    stages = Stages()
    for name in ("sentence_tokens", "sentence_mentions", "_sentence_predicates", "_rules_events"):
        setattr(C, name, stages.wrap(name, getattr(C, name)))
    cls = C.NlpCoder
    for name in ("_types", "_sentence_events", "_calibrated", "_candidates", "_event"):
        setattr(cls, name, stages.wrap(name, getattr(cls, name)))
    coder.embed = stages.wrap("embed", coder.embed)
    spacy_cpu: Counter[str] = Counter()
    other: Counter[str] = Counter()
    total = 0.0
    for _ in range(args.rounds):
        for k in range(0, len(docs), TASK):
            task = docs[k : k + TASK]
            begin = CLOCK()
            with C.blas_threads(), C.young_collections():
                for b in range(0, len(task), C.PARSE_BATCH):
                    batch = task[b : b + C.PARSE_BATCH]
                    start = CLOCK()
                    parsed = [nlp.make_doc(d.text) for d in batch]
                    spacy_cpu["tokenizer"] += CLOCK() - start
                    for name, proc in nlp.pipeline:
                        start = CLOCK()
                        size = C.TOK2VEC_BATCH if name == "tok2vec" else C.PARSE_BATCH
                        if hasattr(proc, "pipe"):
                            parsed = list(proc.pipe(parsed, batch_size=size))
                        else:  # as spaCy's ``Language.pipe`` runs a component without one
                            parsed = [proc(doc) for doc in parsed]
                        spacy_cpu[name] += CLOCK() - start
                    for d, p in zip(batch, parsed, strict=True):
                        start = CLOCK()
                        home = C.document_home(d)
                        readings: C.Readings = {}
                        events = coder._code(list(p.sents), d.date, d.id, home, readings)
                        found = coder._calibrated(events, d.date, home, readings)
                        other["coder (all)"] += CLOCK() - start
                        start = CLOCK()
                        signature = document_signature(d)
                        other["MinHash"] += CLOCK() - start
                        start = CLOCK()
                        pickle.dumps(((d, found), signature))
                        other["pickling the result"] += CLOCK() - start
            total += CLOCK() - begin
    n = len(docs) * args.rounds
    print(f"{total:.3f} CPU s for {n} articles: {1000 * total / n:.1f} ms an article")

    def line(name: str, seconds: float) -> None:
        print(f"{name:32s} {1000 * seconds / n:7.2f} ms  {100 * seconds / total:5.1f} %")

    for name, seconds in spacy_cpu.items():
        line(f"spaCy {name}", seconds)
    coded = other["coder (all)"]
    for name, seconds in stages.own.most_common():
        line(f"coder {name} ({stages.calls[name] // args.rounds} calls)", seconds)
    line("coder, the rest of _code", coded - sum(stages.own.values()))
    line("MinHash", other["MinHash"])
    line("pickling the result", other["pickling the result"])
    line("the task's rest", total - sum(spacy_cpu.values()) - sum(other.values()))


if __name__ == "__main__":
    main()
