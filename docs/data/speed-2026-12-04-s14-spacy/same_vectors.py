"""The token vectors of the pipeline's ``tok2vec`` with the inference forwards of
``accord.news.nlp.fast_tok2vec`` and with thinc's own forwards put back, compared bit for bit
on the benchmark's long articles (``make_corpus``, about 1,000 words each, eight a batch as
``nlp.pipe`` gives them); the tok2vec CPU of each, alternated. Usage, from the repository
root: ``PYTHONPATH=src nice python3 docs/data/speed-2026-12-04-s14-spacy/same_vectors.py [N]``.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "bench"))
    from bench_news import make_corpus
    from thinc.layers.layernorm import forward as thinc_layernorm
    from thinc.layers.maxout import forward as thinc_maxout

    from accord.news.nlp import fast_tok2vec
    from accord.news.nlp.models import spacy_pipeline
    from accord.news.readers import read_file

    n = int(sys.argv[1]) if len(sys.argv) > 1 else 40
    folder = Path(tempfile.mkdtemp())
    make_corpus(folder, n, sentences=(76, 88))
    texts = [d.text for path in sorted(folder.iterdir()) for d in read_file(path).documents]
    nlp = spacy_pipeline()
    model = nlp.get_pipe("tok2vec").model
    docs = [nlp.make_doc(text) for text in texts]
    theirs = {
        fast_tok2vec.maxout_forward: thinc_maxout,
        fast_tok2vec.layernorm_forward: thinc_layernorm,
    }
    nodes = [(node, node._func) for node in model.walk() if node._func in theirs]
    print(f"{len(docs)} documents, {sum(len(d) for d in docs)} tokens, {len(nodes)} layers")

    def vectors() -> tuple[list[bytes], float]:
        start = time.process_time()
        out = [v for k in range(0, len(docs), 8) for v in model.predict(docs[k : k + 8])]
        return [v.tobytes() for v in out], time.process_time() - start

    reference = None
    for round_ in range(3):
        for name in ("thinc", "ours"):
            for node, ours in nodes:
                node._func = theirs[ours] if name == "thinc" else ours
            got, cpu = vectors()
            reference = reference or got
            same = got == reference
            print(f"round {round_ + 1} {name}: tok2vec {cpu:.3f} CPU s, same bits {same}")


if __name__ == "__main__":
    main()
