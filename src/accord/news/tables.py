"""The rules coder's run-time tables, built once and shipped: the gazetteer's phrase tables and
the CAMEO trigger lexicon.

Both are derived from the package's sources (``accord/news/data/phoenix.json.gz`` and
``curated.yaml``, by :func:`accord.news.gazetteer.build_gazetteer` and
:func:`accord.news.coding.build_lexicon`). Building them parses both files and splits and
indexes about 100,000 phrases, on the serial start-up path of every sharded ingest (the fork
server loads them before any worker starts). :data:`TABLES_FILE` holds the built tables,
pickled and compressed, written by ``python -m accord.news.tables`` (run it after changing
the data files or the modules that build the tables).

The file can never go stale silently: it records :func:`sources_key`, a hash of the two data
files and of the modules that build the tables (``gazetteer.py``, ``coding.py``, this one); when the
key no longer matches (a file edited since the tables were written), :func:`shipped` returns
None and the tables are built from the sources as before, so the coder's results never depend
on it, only its start-up does. ``tests/news/test_tables.py`` checks that the shipped file is
current and equal to a fresh build. A missing file is a broken install: :func:`shipped` raises
a :class:`~accord.errors.DataError` that names the command.

The file is a pickle: it is read only from the installed package's own data folder, so it is
trusted as the package's code is.

The build is byte-reproducible: the same sources give the same file whatever the process's
string hash seed (``PYTHONHASHSEED``). Dicts and lists keep the order in which the build filled
them, which does not depend on the seed; sets and frozensets (the prefix sets, the CAMEO
patterns' word sets) iterate in hash order, which does, so :func:`encode` pickles their
elements sorted (:class:`_CanonicalPickler`, session 33). The opcodes are the ones the standard
pickler writes, so loading is unchanged; only the writing, off the start-up path, is slower.
"""

from __future__ import annotations

import gc
import hashlib
import io
import pickle
import sys
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from accord.errors import DataError

if TYPE_CHECKING:
    from accord.news.coding import Lexicon
    from accord.news.gazetteer import Gazetteer

TABLES_FILE = "tables.pickle.zlib"
"""In ``accord/news/data/``: a header line (:data:`MAGIC`, the sources' key), then the tables."""
MAGIC = b"accord-tables 1"
SOURCE_MODULES = ("gazetteer.py", "coding.py", "tables.py")
"""The modules (next to this one) whose code builds the tables or defines their classes: part
of the key."""


@dataclass
class Tables:
    """The built tables: the gazetteer and the lexicon (pickled together, so the objects they
    share stay shared)."""

    gazetteer: Gazetteer
    lexicon: Lexicon


def sources_key() -> str:
    """SHA-256 of what the tables are built from: the data files and the building modules."""
    from accord.news.gazetteer import CURATED_FILE, DATA_PACKAGE, PHOENIX_FILE

    digest = hashlib.sha256()
    data = resources.files(DATA_PACKAGE)
    here = Path(__file__).parent
    for name, path in (
        *((name, data.joinpath(name)) for name in (PHOENIX_FILE, CURATED_FILE)),
        *((name, here / name) for name in SOURCE_MODULES),
    ):
        content = path.read_bytes()
        digest.update(f"{name}\0{len(content)}\0".encode())
        digest.update(content)
    return digest.hexdigest()


def build() -> Tables:
    """The tables, built from the sources (what :data:`TABLES_FILE` must equal)."""
    from accord.news.coding import build_lexicon
    from accord.news.gazetteer import build_gazetteer

    return Tables(build_gazetteer(), build_lexicon())


def _sorted(items: Iterable[Any]) -> list[Any]:
    """The elements of a set in a canonical order: their own order (strings, tuples of
    strings: everything in the tables), else by type and repr."""
    try:
        return sorted(items)
    except TypeError:
        return sorted(items, key=lambda item: (type(item).__qualname__, repr(item)))


_PurePickler: type[Any] = pickle._Pickler  # its stub lacks write, memoize, save...


class _CanonicalPickler(_PurePickler):  # type: ignore[misc]
    """The pure-Python pickler writing sets and frozensets with their elements sorted (the C
    pickler cannot be told to: it pickles exact sets itself, without asking any hook). Same
    opcodes as the standard pickler at protocol 4 and above (EMPTY_SET and ADDITEMS in
    batches; MARK, the elements, FROZENSET), so loading costs the same."""

    dispatch = _PurePickler.dispatch.copy()

    def save_set(self, obj: set[Any]) -> None:
        self.write(pickle.EMPTY_SET)
        self.memoize(obj)
        items = _sorted(obj)
        for start in range(0, len(items), self._BATCHSIZE):
            self.write(pickle.MARK)
            for item in items[start : start + self._BATCHSIZE]:
                self.save(item)
            self.write(pickle.ADDITEMS)

    def save_frozenset(self, obj: frozenset[Any]) -> None:
        self.write(pickle.MARK)
        for item in _sorted(obj):
            self.save(item)
        if id(obj) in self.memo:  # reached again through its own elements: drop them
            self.write(pickle.POP_MARK + self.get(self.memo[id(obj)][0]))
            return
        self.write(pickle.FROZENSET)
        self.memoize(obj)

    dispatch[set] = save_set
    dispatch[frozenset] = save_frozenset


def dumps(tables: Tables) -> bytes:
    """The tables pickled (protocol 5) in a canonical order: the same bytes for the same
    tables in any process, whatever its hash seed."""
    out = io.BytesIO()
    _CanonicalPickler(out, protocol=5).dump(tables)
    return out.getvalue()


def encode(tables: Tables, key: str) -> bytes:
    return MAGIC + b" " + key.encode() + b"\n" + zlib.compress(dumps(tables))


@lru_cache(maxsize=1)
def shipped() -> Tables | None:
    """The shipped tables when they were built from the present sources, else None (build
    them). Raises DataError when the file is missing or not a tables file."""
    from accord.news.gazetteer import DATA_PACKAGE

    where = f"accord/news/data/{TABLES_FILE}"
    try:
        raw = resources.files(DATA_PACKAGE).joinpath(TABLES_FILE).read_bytes()
    except (FileNotFoundError, OSError) as exc:
        raise DataError(
            f"{where}: packaged data file is missing (write it: python -m accord.news.tables)"
        ) from exc
    header, _, body = raw.partition(b"\n")
    magic, _, key = header.rpartition(b" ")
    if magic != MAGIC:
        raise DataError(f"{where}: not a tables file (write it: python -m accord.news.tables)")
    if key.decode() != sources_key():
        return None  # written from other sources: build from the present ones
    collecting = gc.isenabled()
    gc.disable()  # several hundred thousand objects, all kept: no collections meanwhile
    try:
        tables = pickle.loads(zlib.decompress(body))
    finally:
        if collecting:
            gc.enable()
    if not isinstance(tables, Tables):
        raise DataError(f"{where}: not a tables file (write it: python -m accord.news.tables)")
    return tables


def write(folder: Path | None = None) -> Path:
    """Build the tables and write :data:`TABLES_FILE` into ``folder`` (default: this
    package's data folder, next to the sources)."""
    folder = folder or Path(__file__).parent / "data"
    path = folder / TABLES_FILE
    tmp = path.with_suffix(".tmp")
    tmp.write_bytes(encode(build(), sources_key()))
    tmp.replace(path)
    return path


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args:
        print("usage: python -m accord.news.tables", file=sys.stderr)
        return 2
    from accord.news import tables  # not this ``__main__``: pickle names the class's module

    path = tables.write()
    print(f"wrote {path} ({path.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
