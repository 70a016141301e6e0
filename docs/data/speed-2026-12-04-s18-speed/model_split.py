"""How much of tok2vec's and the parser's CPU is their matrix products, the part a narrower
or quantised model would shrink: ``NumpyOps.gemm`` timed wherever it is called (tok2vec's
maxout layers, the parser's output layer), and the parser's stepped loop
(``fast_parser.GreedyParser.parse``) run here line by line with a timer on each of its parts:
the step model's set-up (``parser.model.predict``: the precomputed hidden features of every
token, one product per batch), the context tokens of the states, the hidden layer (sum of
their precomputed features and the maxout), the output product, the transitions and spaCy's
annotation. The same batches as ``NlpCoder.code_documents``. Usage, from the repository root:
``PYTHONPATH=src nice python3 docs/data/speed-2026-12-04-s18-speed/model_split.py [N]
[--rounds R]``."""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

CLOCK = time.process_time


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from stage_cpu import worker

    _, docs, args = worker(2)
    from thinc.api import NumpyOps

    from accord.news.nlp import coder as C
    from accord.news.nlp.models import GREEDY_PARSER, spacy_pipeline

    nlp = spacy_pipeline()
    spent: Counter[str] = Counter()
    gemm = NumpyOps.gemm

    def timed_gemm(self: Any, *a: Any, **k: Any) -> Any:
        start = CLOCK()
        try:
            return gemm(self, *a, **k)
        finally:
            spent["gemm"] += CLOCK() - start

    NumpyOps.gemm = timed_gemm
    tok2vec = nlp.get_pipe("tok2vec")
    parser = nlp.get_pipe(GREEDY_PARSER).parser

    def part(name: str, start: float) -> float:
        now = CLOCK()
        spent[name] += now - start
        return now

    with C.blas_threads(), C.young_collections():
        for _ in range(args.rounds):
            for b in range(0, len(docs), C.PARSE_BATCH):
                batch = [nlp.make_doc(d.text) for d in docs[b : b + C.PARSE_BATCH]]
                spent["gemm"] = 0.0
                start = CLOCK()
                batch = list(tok2vec.pipe(batch, batch_size=C.TOK2VEC_BATCH))
                start = part("tok2vec", start)
                spent["tok2vec: gemm"] += spent["gemm"]
                batch = list(nlp.get_pipe("tagger").pipe(batch))
                start = part("tagger", start)
                spent["gemm"] = 0.0
                step = parser.model.predict(batch)
                start = part("parser: set-up (precomputed features)", start)
                hidden, upper = step.state2vec, step.vec2scores
                ops, weights, bias = upper.ops, upper.get_param("W"), upper.get_param("b")
                states = parser.moves.init_batch(batch)
                todo = [s for s in states if not s.is_final()]
                while todo:
                    start = CLOCK()
                    ids = step.get_token_ids(todo)
                    start = part("parser: context tokens", start)
                    vectors = hidden.predict(ids)
                    start = part("parser: hidden layer", start)
                    scores = ops.gemm(vectors, weights, trans2=True)
                    scores += bias
                    start = part("parser: output product", start)
                    todo = parser.transition_states(todo, scores)
                    start = part("parser: transitions", start)
                step.clear_memory()
                parser.set_annotations(batch, states)
                part("parser: annotation", start)
    inside = ("gemm", "tok2vec: gemm")  # already counted in a part
    total = sum(v for k, v in spent.items() if k not in inside)
    n = len(docs) * args.rounds
    for name, seconds in sorted(spent.items()):
        if name != "gemm":  # the running counter
            share = 100 * seconds / total
            print(f"{name:40s} {1000 * seconds / n:7.2f} ms an article  {share:5.1f} %")
    print(f"total {1000 * total / n:.1f} ms an article ('tok2vec: gemm' is part of 'tok2vec')")


if __name__ == "__main__":
    main()
