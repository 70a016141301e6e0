"""spaCy's greedy dependency parse, stepped from Python over a whole batch, same parses.

spaCy's transition parser (``spacy.pipeline.transition_parser.Parser.greedy_parse``) runs its
loop in compiled code: at each step every unfinished parse of the batch gets its context
tokens, the sum of their precomputed hidden features, a maxout, the output layer and the best
valid transition. spaCy's wheels for Python before 3.12 are compiled with Cython's profiling
hooks (spaCy's ``setup.py``: ``"profile": sys.version_info < (3, 12)``), and a hook in code
that runs without the GIL takes the GIL to look for a profiler and gives it back: on the
benchmark machine ``perf`` put about a fifth of the parser's time in pthread mutex lock and
unlock under ``predict_states`` (docs/benchmarks-news.md, session 9). spaCy itself steps the
same model from Python where it needs scores (``ParserStepModel``, for training and beam
search): its hidden layer (``step.state2vec``: spaCy's own ``sum_state_features``, bias and
maxout) and output layer (thinc's ``Linear``) compute the same scores, and
``Parser.transition_states`` makes the same validity test, arg-max and transition as the
compiled loop, for all the states at once. Holding the GIL throughout, this loop costs a few
NumPy calls per step rather than per state, so it pays when documents step together: 26
articles of 1,000 words took 0.38-0.41 CPU s in batches of 8 and 0.43-0.50 s in batches of 5,
against 0.66-0.71 s with spaCy's loop (load 9); one document at a time it is slower (1.2
against 0.9 s), so a single document keeps spaCy's loop.

The parses are the same: a parse's scores depend only on its own state, except that classes
the model never saw in training get the batch's lowest score, and this model has none
(:func:`greedy_parser` refuses a parser that has, or that searches with a beam); tags, heads,
dependencies and sentence starts were compared token for token with spaCy's on the benchmark
articles and every development gold text (tests/news/test_nlp_fast_parser.py). spaCy's
``set_annotations`` (with its projectivity post-process) writes the result.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

__all__ = ["GreedyParser", "greedy_parser"]


class GreedyParser:
    """Parse as ``parser`` does, stepping every document of a batch together from Python.

    Parameters
    ----------
    parser
        The pipeline's own ``spacy.pipeline.DependencyParser`` (greedy, every class seen):
        its model, transition system and annotation code do all the work.
    """

    def __init__(self, parser: Any) -> None:
        self.parser = parser

    def parse(self, docs: list[Any]) -> None:
        """Parse ``docs`` in place, all of them in one transition loop."""
        parser = self.parser
        if not any(len(doc) for doc in docs):
            parser.set_annotations(docs, parser.moves.init_batch(docs))
            return
        parser._ensure_labels_are_added(docs)  # as ``Parser.greedy_parse``: none for new docs
        step = parser.model.predict(docs)
        hidden, upper = step.state2vec, step.vec2scores
        ops, weights, bias = upper.ops, upper.get_param("W"), upper.get_param("b")
        states = parser.moves.init_batch(docs)
        todo = [s for s in states if not s.is_final()]
        while todo:
            # ``step.predict(todo)`` less thinc's per-call work: the hidden layer, then the
            # output layer as thinc's ``Linear`` computes it (no class is unseen: no mask)
            scores = ops.gemm(hidden.predict(step.get_token_ids(todo)), weights, trans2=True)
            scores += bias
            todo = parser.transition_states(todo, scores)
        step.clear_memory()
        parser.set_annotations(docs, states)

    def __call__(self, doc: Any) -> Any:
        """Parse one document in place and return it: with spaCy's own loop, which is the
        faster one for a single document."""
        return self.parser(doc)

    def pipe(self, docs: Iterable[Any], batch_size: int = 128) -> Iterator[Any]:
        """Parse ``docs`` ``batch_size`` at a time (each batch in one loop; a batch of one
        document with spaCy's own loop), in order."""
        stream = iter(docs)
        while batch := list(islice(stream, batch_size)):
            if len(batch) == 1:
                self.parser(batch[0])
            else:
                self.parse(batch)
            yield from batch


def greedy_parser(parser: Any) -> GreedyParser | None:
    """A :class:`GreedyParser` for ``parser``, or None where its parses could depend on the
    batch or on more than the step model: a beam search, classes never seen in training (they
    score the batch's minimum), an output layer missing or other than thinc's ``Linear``, or a
    subclass that may change how spaCy predicts."""
    from spacy.pipeline import DependencyParser

    if type(parser) is not DependencyParser or parser.cfg.get("beam_width", 1) != 1:
        return None
    attrs = parser.model.attrs
    if attrs.get("unseen_classes") or not attrs.get("has_upper", False):
        return None
    if parser.model.get_ref("upper").name != "linear":
        return None
    return GreedyParser(parser)
