"""Flat exports of stored events: one row per event, PLOVER JSON, CSV or Parquet.

The columns are those event-data users load next to GDELT or POLECAT (POLECAT's published
fields: event date, actor and recipient with country and sector, event type, mode, quad class,
location, the sentence, the story's URL, the coder and its version); docs/event-coding.md
lists them. The location is read from the event's sentence by :func:`accord.news.locations.
locate` (the same function both coders use); the coder is the one recorded on the reporting
document at ingest (``meta["coder"]``).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from accord.errors import AccordError, DataError
from accord.news.coders import NLP_HINT
from accord.news.gazetteer import load, tokenize
from accord.news.locations import locate
from accord.news.resolve import find_mentions
from accord.news.store import StoredEvent
from accord.news.types import ActorRef, Document, Location
from accord.provenance import version_string

if TYPE_CHECKING:
    import pandas as pd

    from accord.news.store import Store

FORMATS = ("plover-json", "csv", "parquet")

QUAD_CLASS = {
    **dict.fromkeys(("AGREE", "CONSULT", "SUPPORT", "CONCEDE"), "verbal cooperation"),
    **dict.fromkeys(("COOPERATE", "AID", "RETREAT"), "material cooperation"),
    **dict.fromkeys(("REQUEST", "ACCUSE", "REJECT", "THREATEN"), "verbal conflict"),
    **dict.fromkeys(("PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"), "material conflict"),
}
"""PLOVER 2.0 types in four quad classes, in the order of the PLOVER manual (verbal and
material cooperation, verbal and material conflict), as POLECAT's ``quad_code`` groups them."""

COLUMNS = (
    "event_id",
    "date",
    "source_code",
    "source_country",
    "source_sector",
    "source_name",
    "target_code",
    "target_country",
    "target_sector",
    "target_name",
    "event_type",
    "mode",
    "quad_class",
    "location_country",
    "location_place",
    "sentence",
    "trigger",
    "confidence",
    "mentions",
    "url",
    "document_id",
    "date_from",
    "coder",
    "coder_version",
    "accord_version",
)
"""The flat columns of an event, in order: the CSV header, the Parquet schema and the columns of
:func:`accord.frames.events_frame` (one definition, :meth:`ExportRow.to_dict`; until session 27
the frame named its own, ``id, sources, targets, document_ids``: the trial's finding 10). The
last, ``accord_version`` (:func:`accord.provenance.version_string`; since session 36), says
which accord wrote the table, as every table of accord ends; ``coder`` and ``coder_version``
say which coder coded the event. ``date_from`` (session 46) says where the event's date came
from: its first reporting document's ``date_from`` (``metadata``, ``text``, ``given``,
``mtime``: the file's modification time, which a copy resets; ``none``), as ``accord
documents`` lists it; an event dated by a file's time was not told from one dated by its
article."""

PLOVER_KEYS: dict[str, tuple[str, ...]] = {
    "event_id": ("id",),
    "date": ("date",),
    **{
        f"{side}_{part}": (side, key)
        for side in ("source", "target")
        for part, key in (
            ("code", "code"),
            ("country", "code"),  # the state codes among the side's codes
            ("sector", "sector"),
            ("name", "actorName"),
        )
    },
    "event_type": ("event",),
    "mode": ("mode",),
    "quad_class": ("quadClass",),
    "location_country": ("location", "country"),
    "location_place": ("location", "place"),
    "sentence": ("text",),
    "trigger": ("eventText",),
    "confidence": ("confidence",),
    "mentions": ("mentions",),
    "url": ("url",),
    "document_id": ("documents",),  # the first of the list
    "date_from": ("dateFrom",),
    "coder": ("coder", "name"),
    "coder_version": ("coder", "version"),
    "accord_version": ("accord",),  # the block :func:`write_export` adds to each record
}
"""Where each of :data:`COLUMNS` is in a ``plover-json`` record: its key, then the key inside
it (``source`` and ``target`` are lists of actors, each with the key). One list of columns for
every format: a column added to :data:`COLUMNS` and not here fails at import, as ``date_from``
(session 46), missing from the PLOVER records until session 47, would have."""

if tuple(PLOVER_KEYS) != COLUMNS:  # pragma: no cover - a slip in the two lists above
    raise AssertionError("accord.news.export: PLOVER_KEYS must name every one of COLUMNS")


@dataclass(frozen=True)
class ExportRow:
    """One exported event (typed; :meth:`to_dict` is the flat record)."""

    event: StoredEvent
    location: Location | None
    url: str | None
    coder: str | None
    coder_version: str | None
    date_from: str | None = None  # the first reporting document's (session 46)

    def to_dict(self) -> dict[str, Any]:
        ev = self.event

        def side(refs: tuple[ActorRef, ...], prefix: str) -> dict[str, Any]:
            return {
                f"{prefix}_code": _joined(r.code for r in refs),
                f"{prefix}_country": _joined(r.code for r in refs if is_state_code(r.code)),
                f"{prefix}_sector": _joined(r.role or "" for r in refs),
                f"{prefix}_name": _joined(r.name or r.text or "" for r in refs),
            }

        return {
            "event_id": ev.id,
            "date": ev.date.isoformat() if ev.date else None,
            **side(ev.sources, "source"),
            **side(ev.targets, "target"),
            "event_type": ev.event_type,
            "mode": ev.mode or None,
            "quad_class": QUAD_CLASS.get(ev.event_type),
            "location_country": self.location.country if self.location else None,
            "location_place": self.location.place if self.location else None,
            "sentence": ev.sentence or None,
            "trigger": ev.trigger or None,
            "confidence": ev.confidence,
            "mentions": ev.mentions,
            "url": self.url,
            "document_id": ev.document_ids[0] if ev.document_ids else None,
            "date_from": self.date_from,
            "coder": self.coder,
            "coder_version": self.coder_version,
            "accord_version": version_string(),  # which code wrote the table (session 36)
        }

    def to_plover(self) -> dict[str, Any]:
        record = self.event.to_plover()
        record["quadClass"] = QUAD_CLASS.get(self.event.event_type, "")
        record["location"] = (  # null when none, as url: one set of keys in every record
            {"country": self.location.country, "place": self.location.place}
            if self.location
            else None
        )
        record["url"] = self.url
        record["dateFrom"] = self.date_from  # since session 47, as the tables' date_from
        record["coder"] = {"name": self.coder, "version": self.coder_version}
        return record


def _joined(parts: Iterable[str]) -> str | None:
    """``parts`` joined by ``;`` (one per actor of a side, in order, so that codes, sectors and
    names line up), None when none has a value: a side with no actor, or none with a sector,
    is missing (null in Parquet and the frame, empty in CSV) as the location and the URL are,
    not an empty string (or ``;``) that ``isna()`` does not see (session 29's trial)."""
    values = list(parts)
    return ";".join(values) if any(values) else None


FORMER_STATES = frozenset({"CSK", "DDR", "SCG", "SUN", "YUG"})
"""ISO 3166-3 codes of former states (Czechoslovakia, the GDR, Serbia and Montenegro, the Soviet
Union, Yugoslavia): the gazetteer gives some of them to country entries."""


def is_state_code(code: str) -> bool:
    """Whether ``code`` is a state's: an assigned ISO 3166-1 alpha-3 code (or XKX), or a former
    state's (:data:`FORMER_STATES`). Not an organisation's code of three letters (IMF, WHO,
    ICC, GCC) nor a class (IGO, NGO, IMG for armed groups), which the ``*_country`` columns
    took as countries until session 29 (its trial's finding 2)."""
    from accord.institutions.countries import known_country

    return code in FORMER_STATES or known_country(code)


def sentence_location(sentence: str | None, date: Any = None) -> Location | None:
    """The location a sentence names (see :mod:`accord.news.locations`)."""
    if not sentence:
        return None
    tokens = tokenize(sentence)
    return locate(tokens, find_mentions(tokens, sentence, date, load(), bare=True))


def export_rows(
    events: Iterable[StoredEvent], documents: Mapping[str, Document] | None
) -> list[ExportRow]:
    """Rows for ``events``; ``documents`` maps document ids to their stored documents
    (:func:`reporting_documents`). An event none of whose documents is there is read as coded by
    ``rules`` (stores written before documents recorded their coder); with ``documents`` None
    (not known) ``url``, ``date_from``, ``coder`` and ``coder_version`` are empty."""
    rows = []
    for ev in events:
        if documents is None:
            rows.append(ExportRow(ev, sentence_location(ev.sentence, ev.date), None, None, None))
            continue
        doc = next((documents[d] for d in ev.document_ids if d in documents), None)
        coder = str(doc.meta.get("coder", "rules")) if doc else "rules"
        name, _, version = coder.partition(" ")
        basis = doc.meta.get("date_from") if doc else None
        rows.append(
            ExportRow(
                ev,
                sentence_location(ev.sentence, ev.date),
                doc.url if doc else None,
                name,
                version,
                None if basis is None else str(basis),
            )
        )
    return rows


def reporting_documents(
    events: Iterable[StoredEvent], store: Store, *, first_only: bool = True
) -> dict[str, Document]:
    """The reporting documents of ``events`` that ``store`` holds, by id: with ``first_only``
    each event's first, where an exported row's ``url``, ``document_id`` and ``coder`` come
    from; else every one (:func:`accord.frames.event_documents_frame`)."""
    ids = {d for ev in events for d in (ev.document_ids[:1] if first_only else ev.document_ids)}
    return {i: doc for i in sorted(ids) if (doc := store.document(i)) is not None}


def export_frame(rows: Iterable[ExportRow]) -> pd.DataFrame:
    """``rows`` as a DataFrame with the columns :data:`COLUMNS` (even with no rows), ``date`` a
    :class:`datetime.date` (None when undated), as the Parquet file reads back; the CSV writes
    it as ISO text."""
    import pandas as pd

    frame = pd.DataFrame([r.to_dict() for r in rows], columns=list(COLUMNS))
    dates = frame["date"]
    frame["date"] = [dt.date.fromisoformat(d) if isinstance(d, str) else None for d in dates]
    return frame


def write_export(rows: Sequence[ExportRow], fmt: str, path: Path | None) -> str | None:
    """Write ``rows`` as ``fmt`` to ``path`` (JSON and CSV may go to stdout: returned as text
    when ``path`` is None; Parquet needs a path), each saying which accord wrote it: a PLOVER
    record's ``accord`` block, a table's last column ``accord_version`` (:data:`COLUMNS`;
    since session 36). Parquet and CSV go through pandas. A file is
    written beside ``path`` and renamed into place (:func:`accord.scenario.io.replace_atomically`),
    so a failed export leaves an earlier file whole."""
    if fmt not in FORMATS:
        raise DataError(f"--format: unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
    if fmt == "plover-json":
        from accord.provenance import provenance

        # each record says which accord wrote it (session 36): the file is a list of PLOVER
        # records, with no place for one block beside them
        made = provenance()
        records = [r.to_plover() | {"accord": made} for r in rows]
        text = json.dumps(records, indent=2, ensure_ascii=False) + "\n"
        if path is None:
            return text
        from accord.scenario.io import write_atomic

        write_atomic(path, text)
        return None
    try:
        import pandas  # noqa: F401
    except ModuleNotFoundError:
        raise AccordError(f"--format {fmt} needs pandas; {NLP_HINT}") from None
    frame = export_frame(rows)
    if fmt == "csv":
        from accord.frames import spreadsheet_safe

        safe = spreadsheet_safe(frame)  # a sentence or name that reads as a formula: quoted
        if path is None:
            return str(safe.to_csv(index=False))
        _replace(path, lambda tmp: safe.to_csv(tmp, index=False))
        return None
    if path is None:
        raise DataError("--format parquet: give --out FILE (Parquet is binary)")
    from accord.frames import require_pyarrow

    # the [parquet] extra, exit 2; until session 45 it named the nlp extra (torch first)
    require_pyarrow("--format parquet")
    _replace(path, lambda tmp: _parquet_table(frame, tmp))
    return None


def _parquet_table(frame: Any, target: str) -> None:
    """Write ``frame`` as Parquet with ``date`` a date (``date32``), as GDELT's and POLECAT's
    loaders give theirs: a reader joins on it without parsing text. Until session 27 it was ISO
    text (``large_string``; the trial's finding 11); the CSV keeps ISO text. Since session 44
    the columns are typed where every table's are (:func:`accord.frames.parquet_typed`)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from accord.frames import parquet_typed

    table = pa.Table.from_pandas(frame, preserve_index=False)  # dates as :func:`export_frame`'s
    pq.write_table(parquet_typed(table), target)


def _replace(path: Path, fill: Callable[[str], object]) -> None:
    """:func:`accord.scenario.io.replace_atomically`, with a failed write (a full disk, a
    folder gone since the CLI checked it) as a :class:`DataError` naming the file."""
    from accord.scenario.io import replace_atomically

    try:
        replace_atomically(path, fill)
    except OSError as exc:
        raise DataError(f"{path}: cannot write ({exc.strerror or exc})") from None
