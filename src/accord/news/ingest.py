"""Ingest: read article files, store them, code their events, all in one pass.

``ingest(inputs, store)`` takes files, directories (read recursively) and glob patterns; each
file is read by :mod:`accord.news.readers`, each document not yet in the store is coded into
PLOVER events by the coder and stored *together with its events* in one transaction
(:meth:`accord.news.store.Store.add_document`). A file or row that cannot be read is reported
and skipped, and the batch goes on.

The coder is injected: by default :func:`accord.news.coding.code_document` when that module is
installed, otherwise documents are stored without events. Tests and callers pass their own
``coder=`` (any ``Callable[[Document], Sequence[Event]]``) or ``coder=None`` for none.
"""

from __future__ import annotations

import datetime as dt
import glob
import importlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from accord.errors import AccordError, Problem
from accord.news.language import not_english
from accord.news.readers import NotUtf8, ReadResult, read_file
from accord.news.types import Document, Event

if TYPE_CHECKING:  # not at run time: a sharded ingest's workers import this module and read
    # the store without SQLAlchemy (accord.news.corpus; docs/benchmarks-news.md, session 15)
    import pandas as pd

    from accord.news.store import AddResult, Redated, Store

__all__ = [
    "EXIT_NOTHING_INGESTED",
    "EXIT_OK",
    "REPORT_COLUMNS",
    "Coder",
    "IngestCounts",
    "IngestReport",
    "code_together",
    "coder_name",
    "default_coder",
    "expand_inputs",
    "ingest",
]

Coder = Callable[[Document], Sequence[Event]]

EXIT_OK = 0  # at least one document was read and is in the store (new or already there)
EXIT_NOTHING_INGESTED = 1  # inputs were given but no document could be read from any of them
# exit 2 (AccordError): usage errors such as a bad --db URL; see accord.errors


@dataclass(kw_only=True)
class IngestCounts:
    """The counters that an ingest run and a corpus shard keep, and the two steps that move
    them: coding a document and storing it."""

    documents_read: int = 0
    added: int = 0
    already_present: int = 0
    near_duplicates: int = 0
    coding_failed: int = 0
    events_new: int = 0
    events_merged: int = 0
    problems: list[Problem] = field(default_factory=list)
    dated_by_mtime: list[tuple[str, str]] = field(default_factory=list, repr=False)
    """``(file, date)`` of each document read that gave no date (none in its metadata or text)
    and was dated by its file's modification time, which a copy or checkout resets: the CLI
    warns of them, after an ingest inline or shard by shard alike (session 25)."""
    undated: list[tuple[str, str]] = field(default_factory=list, repr=False)
    """``(document id, title)`` of each document read with no date at all (none in its
    metadata or text, no file's time: pasted text, an upload) and none given: it is stored
    undated, and the workbench's answer says so (session 27's trial, finding 14)."""

    not_english: list[tuple[str, str]] = field(default_factory=list, repr=False)
    """``(file, language)`` of each document read that seems written in another language than
    English (:func:`accord.news.language.not_english`): the coders and the evidence finder
    read English only, and until session 35 a French article was stored with no event and no
    word (s35-intl's trial, finding 6)."""

    not_utf8: list[NotUtf8] = field(default_factory=list, repr=False)
    """The files read that were not UTF-8 and were read as Windows-1252
    (:class:`accord.news.readers.NotUtf8`: the file, the encoding assumed and how many bytes
    could not be decoded at all): an article in another encoding (Shift-JIS, KOI8-R) comes
    out mangled, and until session 36 nothing said so."""

    def read(self, doc: Document, date_if_missing: dt.date | None) -> Document:
        """Count ``doc`` as read and return it as it is to be stored: dated ``date_if_missing``
        when nothing better dated it (metadata or text), else noted in :attr:`dated_by_mtime`
        when its file's modification time dated it. Every ingest reads through this."""
        self.documents_read += 1
        language = not_english(doc.text)
        if language is not None:
            self.not_english.append((doc.path or doc.title or doc.id[:12], language))
        undated = doc.meta.get("date_from") in ("mtime", "none")
        if date_if_missing is not None and undated:
            return replace(doc, date=date_if_missing, meta={**doc.meta, "date_from": "given"})
        if doc.meta.get("date_from") == "mtime":
            self.dated_by_mtime.append((doc.path or "?", str(doc.date)))
        elif doc.meta.get("date_from") == "none":
            self.undated.append((doc.id, doc.title))
        return doc

    def stored_before(self, doc: Document, stored: Document | None) -> None:
        """``doc`` was read without a date of its own and is stored already as ``stored``: the
        stored document's date is the one its evidence carries, so the notes :meth:`read` made
        follow it. Dated in the store (metadata, text, an earlier ``--date-if-missing``), it
        is no longer noted; dated there by a file's time, it is noted with that date. Until
        session 31 (s31-trial, finding 2) a second ingest of a file re-dated by
        ``--date-if-missing`` warned that it was dated by today's modification time and told
        to give the option, which then did nothing."""
        read = doc.meta.get("date_from")
        if stored is None or read not in ("mtime", "none"):
            return
        if read == "mtime":
            self.dated_by_mtime.remove((doc.path or "?", str(doc.date)))
        else:
            self.undated.remove((doc.id, doc.title))
        was = stored.meta.get("date_from")
        if was == "mtime":
            self.dated_by_mtime.append((doc.path or "?", str(stored.date)))
        elif was == "none":
            self.undated.append((stored.id, stored.title))

    def coded(self, doc: Document, coder: Coder | None) -> list[Event] | None:
        """``coder``'s events for ``doc`` (none without a coder), or None when the coder
        failed: a coder bug must not stop the run, so it is counted and reported, and the
        document is not stored."""
        if coder is None:
            return []
        try:
            return list(coder(doc))
        except Exception as exc:
            self.coding_failed += 1
            self.problems.append(
                Problem(
                    f"document {doc.id[:12]}",
                    f"coder failed ({type(exc).__name__}: {exc}); document not stored",
                    has_value=False,
                    file=doc.path or "?",
                )
            )
            return None

    def stored(self, result: AddResult) -> bool:
        """Count what the store did with a document; True when it was added now."""
        if not result.added:
            self.already_present += 1
            return False
        self.added += 1
        self.events_new += result.events_new
        self.events_merged += result.events_merged
        if result.near_duplicate_of:
            self.near_duplicates += 1
        return True


@dataclass
class Repeats:
    """Where each document an ingest stored was read, and the places where it read the same
    text again: ``repeated`` holds ``(place, first place)`` for each (:func:`document_place`:
    file, and line or entry where the format has rows). Such a document is counted as already
    stored, and the CLI names both places, where until session 32 a copy of an article in the
    same folder was only counted (session 31's trial, finding 8). A copy of an article stored
    by an earlier run is not listed: a weekly re-run of a folder would list its copies every
    week. One ingest in one process (:class:`IngestReport`) and a sharded one
    (:func:`accord.news.corpus.ingest_corpus`, which stores in input order) keep one each."""

    repeated: list[tuple[str, str]] = field(default_factory=list)
    _first: dict[str, str] = field(default_factory=dict, repr=False)

    def stored(self, document_id: str, place: str) -> None:
        """The document ``document_id``, read at ``place``, was stored by this run."""
        self._first.setdefault(document_id, place)

    def again(self, document_id: str, place: str) -> bool:
        """Whether this run stored ``document_id`` already, from another place than ``place``
        (which is then noted in :attr:`repeated`)."""
        first = self._first.get(document_id)
        if first is not None:
            self.repeated.append((place, first))
        return first is not None


def repeated_lines(repeated: Sequence[tuple[str, str]], named: int | None = None) -> list[str]:
    """One sentence per article read twice (:attr:`Repeats.repeated`), naming both places, as
    the CLI, the API's ingest answer and the news page say it; with ``named``, the first
    ``named`` and then one line counting the rest."""
    shown = repeated if named is None else repeated[:named]
    lines = [
        f"{place}: the same text as {first}, read earlier in this ingest: stored once "
        "(counted as already stored)"
        for place, first in shown
    ]
    if len(shown) < len(repeated):
        lines.append(
            f"... and {len(repeated) - len(shown)} more article(s) read twice in this ingest"
        )
    return lines


@dataclass
class IngestReport(IngestCounts):
    """Counts and problems of one ingest run."""

    coder: str = "none"
    files: int = 0
    files_failed: int = 0
    added_ids: list[str] = field(default_factory=list, repr=False)
    """Ids of the documents added (64 hex digits each): left out of the repr, where an ingest of
    thousands of articles printed them all in a notebook cell."""
    redated: list[tuple[str, Redated]] = field(default_factory=list, repr=False)
    """``(file, what was done)`` for each document stored before without a date of its own
    (dated by its file's modification time, or undated) that this run's ``date_if_missing``
    dated (:meth:`accord.news.store.Store.redate_undated`; session 27)."""
    repeats: Repeats = field(default_factory=lambda: Repeats(), repr=False)
    """The articles this run read twice (:attr:`Repeats.repeated`)."""

    @property
    def repeated(self) -> list[tuple[str, str]]:
        """``(place, first place)`` of each article read twice (:class:`Repeats`)."""
        return self.repeats.repeated

    def added_now(self, doc: Document) -> None:
        """``doc`` was stored by this run: note where it was read (see :attr:`repeated`)."""
        self.added_ids.append(doc.id)
        self.repeats.stored(doc.id, document_place(doc))

    def stored_now(self, doc: Document) -> bool:
        """Whether this run stored ``doc``'s text already (from another place, which is then
        noted in :attr:`repeated`)."""
        return self.repeats.again(doc.id, document_place(doc))

    @property
    def ingested(self) -> int:
        """Documents now in the store from these inputs (added now or already there)."""
        return self.added + self.already_present

    @property
    def exit_code(self) -> int:
        return EXIT_OK if self.ingested else EXIT_NOTHING_INGESTED

    def to_frame(self) -> pd.DataFrame:
        """One row of the run's counts, so that several runs concatenate into one table:
        ``coder, files, files_failed, documents_read, added, already_present,
        near_duplicates, coding_failed, events_new, events_merged`` (the ingest summary's
        figures) and ``problems``, how many were reported (their texts: :attr:`problems`)."""
        import pandas as pd

        row = {name: getattr(self, name) for name in REPORT_COLUMNS[:-1]}
        return pd.DataFrame([row | {"problems": len(self.problems)}], columns=REPORT_COLUMNS)


REPORT_COLUMNS = (
    "coder",
    "files",
    "files_failed",
    *(
        f.name
        for f in fields(IngestCounts)
        if f.name not in ("problems", "dated_by_mtime", "undated", "not_english", "not_utf8")
    ),
    "problems",
)
"""The columns of :meth:`IngestReport.to_frame`, in order."""


def document_place(doc: Document) -> str:
    """Where ``doc`` was read: its file, and its line (JSON Lines, CSV) or entry (a feed)."""
    where = doc.path or "(no file)"
    for key in ("line", "entry"):
        if key in doc.meta:
            return f"{where} {key} {doc.meta[key]}"
    return where


def default_coder() -> Coder | None:
    """The default coder of the seam (:func:`accord.news.coders.get_coder`: ``rules``) if
    :mod:`accord.news.coding` exists, else None. The seam's object, not the bare function
    it wraps, so that the documents it codes record its name and version
    (:func:`coder_name`, ``meta["coder"]``) as with ``--coder rules``: an export of a store
    ingested with the default then says which version coded it."""
    try:
        module = importlib.import_module("accord.news.coding")
    except ModuleNotFoundError as exc:
        if exc.name in ("accord.news.coding", "accord.news"):
            return None
        raise
    if not callable(getattr(module, "code_document", None)):
        return None
    from accord.news.coders import get_coder

    return get_coder().coder


def code_together(docs: Sequence[Document], coder: Coder | None) -> list[list[Event]] | None:
    """The events of each of ``docs`` from one call to the coder's ``code_documents``, when
    it has one (the ``nlp`` coder parses documents together: spaCy's parser costs about a
    quarter less per document in batches, docs/benchmarks-news.md); None when it has none,
    or when that call failed: the caller then codes each document alone
    (:meth:`IngestCounts.coded`), so that a failure is reported against its document."""
    batch = getattr(coder, "code_documents", None)
    if len(docs) < 2 or not callable(batch):
        return None
    try:
        return [list(events) for events in batch(docs)]
    except Exception:
        return None


def coder_name(coder: Coder | None) -> str:
    """The coder as recorded on each document it codes (``meta["coder"]``) and in reports:
    ``NAME VERSION`` for a coder of the seam (:mod:`accord.news.coders`), the version ending
    in ``+conf-DIGEST`` when accord calibrates that coder's confidences
    (:func:`accord.news.event_confidence.calibration_digest`; session 16 on), so that events
    coded with raw or another calibration's confidences can be told apart in a store or an
    export; a qualified name for any other callable."""
    if coder is None:
        return "none"
    name, version = getattr(coder, "name", None), getattr(coder, "version", None)
    if isinstance(name, str) and isinstance(version, str):
        from accord.news.event_confidence import calibration_digest

        digest = calibration_digest(name, version)
        return f"{name} {version}" + (f"+conf-{digest}" if digest else "")
    module = getattr(coder, "__module__", None) or ""
    name = getattr(coder, "__qualname__", None) or type(coder).__name__
    return f"{module}.{name}" if module else name


_GLOB_CHARS = frozenset("*?[")


def expand_inputs(inputs: Iterable[str | Path]) -> tuple[list[Path], list[Problem]]:
    """Files named by ``inputs``: files as given, directories walked (hidden entries skipped),
    patterns globbed (``**`` recursive). Each file once, in the order first met."""
    files: dict[Path, None] = {}
    problems: list[Problem] = []
    for item in inputs:
        text = str(item)
        path = Path(text).expanduser()
        if path.is_file():
            files.setdefault(path, None)
        elif path.is_dir():
            inside = [
                found
                for found in sorted(path.rglob("*"))
                if found.is_file()
                and not any(part.startswith(".") for part in found.relative_to(path).parts)
            ]
            if not inside:
                problems.append(Problem("", "the folder holds no file to read", text))
            for found in inside:
                files.setdefault(found, None)
        elif _GLOB_CHARS & set(text):
            matched = sorted(glob.glob(str(path), recursive=True))
            hits = [Path(m) for m in matched if Path(m).is_file()]
            if not hits:
                problems.append(Problem("", "pattern matches no file", text, file=None))
            for hit in hits:
                files.setdefault(hit, None)
        else:
            problems.append(Problem("", "no such file or directory", text))
    return list(files), problems


def ingest(
    inputs: Iterable[str | Path],
    store: Store,
    *,
    coder: Coder | Literal["auto"] | None = "auto",
    on_file: Callable[[Path, ReadResult | None], None] | None = None,
    date_if_missing: dt.date | None = None,
) -> IngestReport:
    """Read, code and store every document in ``inputs``; return what happened.

    A document already in the store (same content hash) is neither coded nor written again.
    A coder exception skips that document (reported) so that a later run, with the coder fixed,
    still codes it. Database errors are not caught: the document in flight is rolled back,
    and everything committed before it stays. ``date_if_missing`` dates the documents that
    have no date in their metadata or text instead of the file's modification time
    (``meta["date_from"] == "given"``): a checkout or copy resets modification times.
    """
    chosen = default_coder() if coder == "auto" else coder
    report = IngestReport(coder=coder_name(chosen))
    files, problems = expand_inputs(inputs)
    report.problems.extend(problems)
    for path in files:
        report.files += 1
        try:
            result = read_file(path)
        except AccordError as exc:
            report.files_failed += 1
            report.problems.append(Problem("", str(exc), has_value=False))
            if on_file:
                on_file(path, None)
            continue
        report.problems.extend(result.problems)
        if result.not_utf8 is not None:
            report.not_utf8.append(result.not_utf8)
        for doc in result.documents:
            _ingest_document(report.read(doc, date_if_missing), store, chosen, report)
        if on_file:
            on_file(path, result)
    return report


def ingest_documents(
    documents: Iterable[Document],
    store: Store,
    *,
    coder: Coder | Literal["auto"] | None = "auto",
    problems: Iterable[Problem] = (),
    date_if_missing: dt.date | None = None,
) -> IngestReport:
    """Code and store documents already read (pasted text, an upload read with
    :func:`accord.news.readers.read_data`), with :func:`ingest`'s rules and report;
    ``problems`` met while reading them are carried into the report."""
    chosen = default_coder() if coder == "auto" else coder
    report = IngestReport(coder=coder_name(chosen))
    report.problems.extend(problems)
    for doc in documents:
        _ingest_document(report.read(doc, date_if_missing), store, chosen, report)
    return report


def _ingest_document(
    doc: Document, store: Store, coder: Coder | None, report: IngestReport
) -> None:
    if store.has_document(doc.id):
        report.already_present += 1
        report.stored_now(doc)  # stored from another place of this very run: both named
        # read without a date and dated by date_if_missing: a copy stored before by its file's
        # time (or undated) takes that date too, else the option did nothing (session 27)
        given = doc.date if doc.meta.get("date_from") == "given" else None
        if given is not None and (done := store.redate_undated(doc.id, given)) is not None:
            report.redated.append((doc.path or "?", done))
        elif given is None:
            report.stored_before(doc, store.document(doc.id))
        return
    if coder is not None:
        doc = replace(doc, meta={**doc.meta, "coder": coder_name(coder)})
    events = report.coded(doc, coder)
    if events is None:
        return
    if report.stored(store.add_document(doc, events)):
        report.added_now(doc)
