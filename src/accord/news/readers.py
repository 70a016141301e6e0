"""Readers that turn article files into :class:`~accord.news.types.Document` records.

Four kinds of input are understood, all read from local files only (nothing is fetched):

* plain text (``.txt``, ``.text``, ``.md``): the first short line is the title;
* HTML (``.html``, ``.htm``, ``.xhtml``): the main text is found by trafilatura, which drops
  navigation, footers and boilerplate; the publication date comes from the page's metadata;
* RSS and Atom feeds (``.rss``, ``.atom``, ``.xml``, ``.feed``): feedparser parses the file's
  bytes, each entry becomes one document;
* JSON Lines (``.jsonl``, ``.ndjson``): one object per line with ``text`` and optionally
  ``title``, ``date``, ``source`` and ``url``;
* CSV (``.csv``; ``.tsv`` tab-separated): a header row naming the same columns (``text``
  required, any case), one article a row (session 31: a CSV file was read as one text).

A file with another extension is sniffed from its first bytes; a Parquet file (a corpus, read
by :mod:`accord.news.corpus`) is known by its magic bytes (:func:`is_parquet`). Every document
records where its date came from in ``meta["date_from"]``: ``"metadata"`` (feed, page or JSON
field), ``"text"`` (the first date written in the article), ``"mtime"`` (the file's
modification time) or ``"none"``. A file that is not UTF-8 is read as Windows-1252 and says so
in :attr:`ReadResult.not_utf8` (:class:`NotUtf8`). Problems with a whole file raise
:class:`~accord.errors.DataError`; problems with one row or entry of a multi-document file are
returned as :class:`~accord.errors.Problem` so the caller can report them and keep the rest.
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import hashlib
import json
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from accord.errors import DataError, Problem
from accord.news.types import Document
from accord.text import date_rewritten, shortened

__all__ = [
    "FALLBACK_ENCODING",
    "KINDS",
    "NotUtf8",
    "ReadResult",
    "date_from_text",
    "detect_kind",
    "document_id",
    "file_is_parquet",
    "is_parquet",
    "make_document",
    "normalise_text",
    "read_data",
    "read_file",
]

KINDS = ("text", "html", "feed", "jsonl", "csv")

PARQUET_MAGIC = b"PAR1"
"""The bytes a Parquet file starts and ends with: a corpus for `accord events code`, not an
article."""


def is_parquet(data: bytes) -> bool:
    """Whether ``data`` (a whole file, or its first and last four bytes joined) is Parquet:
    the magic bytes at both ends, whatever the file's name."""
    ends = len(data) >= 2 * len(PARQUET_MAGIC)
    return ends and data.startswith(PARQUET_MAGIC) and data.endswith(PARQUET_MAGIC)


def file_is_parquet(path: str | Path) -> bool:
    """:func:`is_parquet` on the file at ``path``, reading only its ends (False when it cannot
    be read: its reader then says why)."""
    size = len(PARQUET_MAGIC)
    try:
        with Path(path).open("rb") as handle:
            head = handle.read(size)
            if handle.seek(0, 2) < 2 * size:  # the two ends would overlap
                return False
            handle.seek(-size, 2)
            return is_parquet(head + handle.read(size))
    except OSError:
        return False


_EXTENSIONS = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",
    ".feed": "feed",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".tsv": "csv",
}


FALLBACK_ENCODING = "Windows-1252 (cp1252)"
"""The encoding a file that is not UTF-8 is read as (its name as the warnings write it)."""


@dataclass(frozen=True)
class NotUtf8:
    """A file that was not UTF-8 and was read as :data:`FALLBACK_ENCODING`: right for
    Windows-1252 and for most Latin-1 text, wrong for any other encoding (Shift-JIS, KOI8-R,
    GB2312...), whose text then comes out mangled. ``replaced``: the bytes that
    Windows-1252 has no character for, read as U+FFFD (the replacement character)."""

    path: str
    encoding: str = FALLBACK_ENCODING
    replaced: int = 0

    def describe(self) -> str:
        """The file, and how many bytes could not be decoded when some could not:
        ``a.txt (3 byte(s) undecodable)``; the warnings that list files name the encoding."""
        return f"{self.path} ({self.replaced} byte(s) undecodable)" if self.replaced else self.path


@dataclass
class ReadResult:
    """What one file yielded: its documents, and the rows or entries that had to be skipped.
    ``not_utf8``: set when the file was not UTF-8 and was read as Windows-1252 (session 36:
    until then nothing said so); None for UTF-8 files, feeds (feedparser finds a feed's
    encoding itself) and Parquet."""

    path: str
    kind: str
    documents: list[Document] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    not_utf8: NotUtf8 | None = None


# --------------------------------------------------------------------------- text helpers


def normalise_text(text: str) -> str:
    """NFC, Unix newlines, no trailing spaces, at most one blank line in a row."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ")
    lines = [re.sub(r"[ \t\f\v]+", " ", line).strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def document_id(text: str) -> str:
    """Content hash: sha256 of the text with all runs of whitespace made one space.

    Layout changes (re-wrapped lines, extra blank lines) therefore keep the id, so ingesting
    the same article twice, from the same or another file, stores it once.
    """
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_MONTH = (
    r"(January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_DATE_PATTERNS: list[tuple[re.Pattern[str], Callable[[re.Match[str]], tuple[int, int, int]]]] = [
    (
        re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"),
        lambda m: (int(m[1]), int(m[2]), int(m[3])),
    ),
    (
        re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)? {_MONTH},? (\d{{4}})\b", re.IGNORECASE),
        lambda m: (int(m[3]), _MONTHS[m[2].lower()], int(m[1])),
    ),
    (
        re.compile(rf"\b{_MONTH} (\d{{1,2}})(?:st|nd|rd|th)?,? (\d{{4}})\b", re.IGNORECASE),
        lambda m: (int(m[3]), _MONTHS[m[1].lower()], int(m[2])),
    ),
]


def date_from_text(text: str) -> dt.date | None:
    """The earliest-placed valid calendar date written in ``text`` (ISO, "24 February 2025",
    "Feb. 24, 2025"), or None. News articles put their dateline first, so position wins."""
    best: tuple[int, dt.date] | None = None
    for pattern, parts in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            if best is not None and match.start() >= best[0]:
                break
            try:
                found = dt.date(*parts(match))
            except ValueError:
                continue
            if 1900 <= found.year <= 2100:
                best = (match.start(), found)
                break
    return best[1] if best else None


def _parse_date(value: Any) -> dt.date:
    """A date from a metadata string ("2025-02-24", "2025-02-24T10:00:00Z"); ValueError if not."""
    if not isinstance(value, str):
        raise ValueError("expected a date string such as 2025-02-24")
    value = value.strip()
    try:
        return dt.datetime.fromisoformat(value).date()
    except ValueError:
        pass
    found = date_from_text(value)
    if found is None:
        hint = date_rewritten(value)  # day or month first: how to write it
        raise ValueError("expected a date such as 2025-02-24" + (f" ({hint})" if hint else ""))
    return found


TITLE_CHARS = 150
"""The longest title made from a text's first line (a text without a headline starts with a
paragraph). The store needs no limit; a title does: :func:`accord.news.home.home_country` reads
it before the text, so a whole paragraph as the title would name every country it mentions."""


def _title_from_text(text: str) -> str:
    """A title for a text given none: its first line, else that line's first sentence, cut at a
    word boundary with an ellipsis beyond :data:`TITLE_CHARS` (:func:`accord.text.shortened`;
    before session 27 it was cut mid-word at 147 characters, then "...")."""
    first = text.split("\n", 1)[0].strip()
    if len(first) <= TITLE_CHARS:
        return first
    sentence = re.split(r"(?<=[a-z][.!?])\s+(?=[A-Z\"'])", first, maxsplit=1)[0]
    return shortened(sentence, TITLE_CHARS)


def make_document(
    text: str,
    *,
    title: str | None = None,
    date: dt.date | None = None,
    date_from: str | None = None,
    source: str | None = None,
    url: str | None = None,
    path: str | None = None,
    mtime: float | None = None,
    meta: dict[str, Any] | None = None,
) -> Document:
    """Normalise ``text`` and fill in what is missing: id, title, and the date with its origin.

    ``date`` is metadata when given; otherwise the first date in the text, otherwise ``mtime``.
    """
    text = normalise_text(text)
    info = dict(meta or {})
    if date is not None:
        info["date_from"] = date_from or "metadata"
    else:
        date = date_from_text(text[:2000])
        if date is not None:
            info["date_from"] = "text"
        elif mtime is not None:
            date = dt.datetime.fromtimestamp(mtime, tz=dt.UTC).date()
            info["date_from"] = "mtime"
        else:
            info["date_from"] = "none"
    title = normalise_text(title).replace("\n", " ") if title else _title_from_text(text)
    return Document(
        id=document_id(text),
        title=title,
        text=text,
        date=date,
        source=source or None,
        url=url or None,
        path=path,
        meta=info,
    )


class _TextOfHtml(HTMLParser):
    """Visible text of an HTML fragment (feed summaries), paragraphs kept apart."""

    _BLOCKS = frozenset({"p", "br", "div", "li", "h1", "h2", "h3", "h4", "tr", "blockquote"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._skip:
            self._skip -= 1
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def strip_html(fragment: str) -> str:
    parser = _TextOfHtml()
    parser.feed(fragment)
    parser.close()
    return normalise_text(" ".join("".join(parser.parts).split(" ")))


# --------------------------------------------------------------------------- file access


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise DataError(f"{path}: cannot read file ({exc.strerror or exc})") from None


def _decode(path: Path, data: bytes, result: ReadResult) -> str:
    """Text of ``data``; DataError for binary content (NUL bytes or many control bytes). Text
    that is not UTF-8 is read as Windows-1252, bytes it has no character for as U+FFFD, and
    noted in ``result.not_utf8``."""
    head = data[:8192]
    if b"\x00" in head:
        raise DataError(f"{path}: binary file (contains NUL bytes), not an article")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    if control > 0.01 * max(len(head), 1):
        raise DataError(f"{path}: binary file ({control} control bytes in the first 8 KiB)")
    text = data.decode("cp1252", errors="replace")
    # cp1252 gives U+FFFD only for its five undefined bytes: each one counted is a byte lost
    result.not_utf8 = NotUtf8(str(path), FALLBACK_ENCODING, text.count("\ufffd"))
    return text


def detect_kind(path: Path, head: bytes) -> str:
    """The reader for ``path``: from its extension, else sniffed from the first bytes."""
    kind = _EXTENSIONS.get(path.suffix.lower())
    if kind:
        return kind
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:512].lower()
    if start.startswith(b"{"):
        return "jsonl"
    if b"<rss" in start or b"<feed" in start or b"<rdf:rdf" in start:
        return "feed"
    if start.startswith((b"<!doctype html", b"<html")) or b"<html" in start:
        return "html"
    return "text"


def read_file(path: str | Path, kind: str | None = None) -> ReadResult:
    """Read one file into documents. Raises DataError when nothing usable is in it."""
    p = Path(path)
    data = _read_bytes(p)
    return read_data(data, p, kind, p.stat().st_mtime if data.strip() else None)


def read_data(
    data: bytes, name: str | Path, kind: str | None = None, mtime: float | None = None
) -> ReadResult:
    """Read the bytes of one file (an upload, say) into documents, as :func:`read_file` does.

    ``name`` labels the messages and its extension picks the reader; nothing is read from the
    file system. ``mtime`` (the file's modification time) dates documents that have no date in
    their metadata or text; without it they stay undated.
    """
    p = Path(name)
    if not data.strip():
        raise DataError(f"{p}: empty file")
    if is_parquet(data):
        raise DataError(
            f"{p}: a Parquet file, which `accord ingest` does not read (it reads articles: "
            "text, HTML, feeds, JSON Lines); `accord events code FILE --db DB` reads a "
            "Parquet corpus (a file with a `text` column, one document a row, known by its "
            "content whatever its name; docs/scale.md)"
        )
    kind = kind or detect_kind(p, data[:4096])
    if kind not in KINDS:
        raise DataError(f"{p}: unknown input kind {kind!r}; known: {', '.join(KINDS)}")
    result = ReadResult(str(p), kind)
    if kind == "feed":
        _read_feed(p, data, mtime, result)
    elif kind == "jsonl":
        _read_jsonl(p, _decode(p, data, result), mtime, result)
    elif kind == "csv":
        _read_csv(p, _decode(p, data, result), mtime, result)
    elif kind == "html":
        result.documents.append(_read_html(p, _decode(p, data, result), mtime))
    else:
        text = normalise_text(_decode(p, data, result))
        if not re.search(r"[^\W\d_]{2,}", text):
            raise DataError(f"{p}: no words in the file")
        result.documents.append(make_document(text, path=str(p), mtime=mtime))
    return result


def _read_html(path: Path, html: str, mtime: float | None) -> Document:
    import trafilatura  # heavy import, only when HTML is met

    try:
        extracted = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # trafilatura surfaces lxml errors of many kinds
        raise DataError(f"{path}: HTML could not be parsed ({type(exc).__name__}: {exc})") from None
    text = getattr(extracted, "text", None) if extracted is not None else None
    # what survives of a broken page is often tag debris ("< /div>"): that is not an article
    words = re.findall(r"[^\W\d_]{2,}", re.sub(r"<[^<>]*>?", " ", text or ""))
    if len(words) < 3 or text is None:
        raise DataError(f"{path}: no main text found in the HTML (broken or empty page)")
    date: dt.date | None = None
    raw_date = getattr(extracted, "date", None)
    if raw_date:
        try:
            date = _parse_date(raw_date)
        except ValueError:
            date = None
    return make_document(
        text,
        title=getattr(extracted, "title", None),
        date=date,
        source=getattr(extracted, "sitename", None),
        url=getattr(extracted, "url", None),
        path=str(path),
        mtime=mtime,
    )


def _read_feed(path: Path, data: bytes, mtime: float | None, result: ReadResult) -> None:
    import feedparser

    try:
        parsed = feedparser.parse(data)
    except Exception as exc:
        # Found by the fuzzing suite: a damaged <link> element makes feedparser's loose
        # parser raise KeyError('links') from its own state; the file is unreadable, not us.
        raise DataError(
            f"{path}: not a readable RSS/Atom feed (the parser failed: {exc!r})"
        ) from None
    entries = list(parsed.get("entries", []))
    if not entries:
        if parsed.get("bozo") and not parsed.get("version"):
            reason = parsed.get("bozo_exception")
            raise DataError(f"{path}: not a readable RSS/Atom feed ({reason})")
        raise DataError(f"{path}: the feed has no entries")
    feed_title = parsed.get("feed", {}).get("title")
    for index, entry in enumerate(entries, start=1):
        contents = entry.get("content") or []
        body = contents[0].get("value", "") if contents else entry.get("summary", "")
        text = strip_html(body or "")
        title = strip_html(entry.get("title", "") or "") or None
        if not text:
            result.problems.append(
                Problem(f"entry {index}", "entry has no text", title, file=str(path))
            )
            continue
        stamp = entry.get("published_parsed") or dict.get(entry, "updated_parsed")
        date = dt.date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday) if stamp else None
        result.documents.append(
            make_document(
                text,
                title=title,
                date=date,
                source=feed_title,
                url=entry.get("link"),
                path=str(path),
                mtime=mtime,
                meta={"entry": index},
            )
        )


_JSONL_FIELDS = ("title", "text", "date", "source", "url")


def _non_finite(name: str) -> None:
    """NaN and Infinity are not JSON (PostgreSQL's JSON columns refuse them): read as null."""
    return None


def document_from_row(
    row: dict[str, Any], where: str, file: str, mtime: float | None, meta: dict[str, Any]
) -> Document | Problem:
    """A document from one record (a JSON Lines row, a Parquet row): ``text`` required;
    ``title``, ``source``, ``url`` strings; ``date`` a date or date string; any other field
    kept in ``meta["extra"]``. A bad record is a :class:`Problem` naming ``where`` and the
    field: a row without ``text`` names the fields it has, a null ``text`` says null (session
    29's trial, finding 12: both said "missing or empty text (got None)")."""
    if "text" not in row:
        fields = ", ".join(map(str, row)) or "none"
        return Problem(
            f"{where}: text",
            f"missing; each row needs its article's text (the row's fields: {fields})",
            file=file,
            has_value=False,
        )
    text = row["text"]
    if text is None:
        return Problem(
            f"{where}: text",
            "is null; each row needs its article's text",
            file=file,
            has_value=False,
        )
    if not isinstance(text, str):
        return Problem(f"{where}: text", "expected the article's text as a string", text, file=file)
    if not text.strip():
        return Problem(f"{where}: text", "empty text", text, file=file)
    bad = [
        k
        for k in ("title", "source", "url")
        if row.get(k) is not None and not isinstance(row[k], str)
    ]
    if bad:
        return Problem(f"{where}: {bad[0]}", "expected a string", row[bad[0]], file=file)
    date: dt.date | None = None
    if row.get("date") not in (None, ""):
        try:
            date = _parse_date(row["date"])
        except ValueError as exc:
            return Problem(f"{where}: date", str(exc), row["date"], file=file)
    extra = {k: v for k, v in row.items() if k not in _JSONL_FIELDS}
    return make_document(
        text,
        title=row.get("title"),
        date=date,
        source=row.get("source"),
        url=row.get("url"),
        path=file,
        mtime=mtime,
        meta={**meta, **({"extra": extra} if extra else {})},
    )


def _json_reason(msg: str) -> str:
    """The JSON parser's message for a reader ("Unterminated string starting at": "unterminated
    string starting there"; before session 29 the row said "(Unterminated string starting at,
    column 32)")."""
    reason = msg[:1].lower() + msg[1:]
    return reason.removesuffix(" at") + " there" if reason.endswith(" at") else reason


def _read_jsonl(path: Path, content: str, mtime: float | None, result: ReadResult) -> None:
    file = str(path)
    for number, line in enumerate(content.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"line {number}"
        try:
            row = json.loads(line, parse_constant=_non_finite)
        except RecursionError:
            result.problems.append(
                Problem(where, "invalid JSON (nested too deeply)", file=file, has_value=False)
            )
            continue
        except json.JSONDecodeError as exc:
            result.problems.append(
                Problem(
                    where,
                    f"invalid JSON at column {exc.colno} ({_json_reason(exc.msg)})",
                    file=file,
                    has_value=False,
                )
            )
            continue
        if not isinstance(row, dict):
            result.problems.append(
                Problem(where, "expected a JSON object", type(row).__name__, file=file)
            )
            continue
        _keep(result, document_from_row(row, where, file, mtime, {"line": number}))
    if not result.documents and not result.problems:
        raise DataError(f"{path}: no rows in the JSON Lines file")


def _keep(result: ReadResult, made: Document | Problem) -> None:
    """A row's document, or the problem that kept it out, into ``result``."""
    if isinstance(made, Problem):
        result.problems.append(made)
    else:
        result.documents.append(made)


def _read_csv(path: Path, content: str, mtime: float | None, result: ReadResult) -> None:
    """One article a row of a CSV file (tab-separated for ``.tsv``) whose header row names the
    columns: ``text`` required, ``title``, ``date``, ``source``, ``url`` as in JSON Lines (any
    case; an empty cell is no value), other columns kept in ``meta["extra"]``. A row is
    reported by the line it starts on, as a JSON Lines row is. Until session 31 (s31-trial,
    finding 1) a ``.csv`` file was read as plain text: the whole table became one article,
    titled by its header row and dated by the first date in it."""
    file = str(path)
    delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
    reader = csv.reader(content.splitlines(keepends=True), delimiter=delimiter)
    try:
        header = next(reader, None)
    except csv.Error as exc:
        raise DataError(f"{path}: line 1: not a readable CSV header ({exc})") from None
    names = [name.strip() for name in header or ()]
    columns = [n.lower() if n.lower() in _JSONL_FIELDS else n for n in names]
    if "text" not in columns:
        raise DataError(
            f"{path}: a CSV file of articles needs a header row naming a text column (and "
            f"optionally {', '.join(f for f in _JSONL_FIELDS if f != 'text')}), one article "
            f"a row"
            + (
                "; the columns are separated by semicolons, as a spreadsheet saves CSV where "
                "the decimal separator is a comma: save it with commas"
                if len(names) == 1 and ";" in names[0]
                else ""
            )
            + f" (got the columns {', '.join(names) or 'none'})"
        )
    start = reader.line_num + 1  # the line the next row starts on
    while True:
        line = start
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            result.problems.append(
                Problem(f"line {line}", f"not readable as CSV ({exc})", file=file, has_value=False)
            )
            start = reader.line_num + 1
            continue
        start = reader.line_num + 1
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) > len(columns):
            result.problems.append(
                Problem(
                    f"line {line}",
                    f"{len(cells)} cells where the header names {len(columns)} columns "
                    "(a comma inside a cell needs the cell in double quotes)",
                    file=file,
                    has_value=False,
                )
            )
            continue
        pairs = zip(columns, cells, strict=False)  # a short row: its last columns empty
        row: dict[str, Any] = {name: cell for name, cell in pairs if cell.strip() or name == "text"}
        _keep(result, document_from_row(row, f"line {line}", file, mtime, {"line": line}))
    if not result.documents and not result.problems:
        raise DataError(f"{path}: no rows under the CSV file's header")
