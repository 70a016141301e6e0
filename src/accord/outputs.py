"""Checks made before a command writes a file: can it be written, and may it be replaced?

Two promises of the command line (issue 12):

* Writing where one cannot write (a missing or read-only directory, a path under a regular
  file, a directory given as the file) is a clear error naming the path, raised *before* any
  long work -- ``votes fit`` no longer fits for 80 s and then dies on the save.
* A write never replaces an existing file that accord did not write, unless the user passes
  ``--force``. A file counts as accord's when it carries accord's mark: a scenario accord can
  read (``convert``, ``update --out``), the scenario JSON Schema's ``$id`` (``schema --out``),
  the ``generator`` meta tag of a report (the ``accord brief`` comment of its Markdown
  brief), the ``accord`` comment of a timeline SVG or of a saved chart (``sweep --plot``), the
  ``Software: accord`` text chunk of a timeline PNG, or the format tag of a saved vote model.
  A result table (``--format csv/parquet --out`` and the like, which have no ``--force``)
  replaces a file of its own kind, last run's table, and no other (session-16 audit).

And one of session 46: a file is written into a folder that exists. A folder that is not
there is refused, naming the path, where it was made without a word, so a typo
(``--out reprots/x.html``) made a new folder tree. Only a folder the command is given as its
output (``forecast A B --report FOLDER``, ``ingest --parquet FOLDER``) and accord's own
``~/.accord`` are made, one level, in a folder that exists.
"""

from __future__ import annotations

import os
import zipfile
from collections.abc import Callable
from pathlib import Path

from accord.errors import AccordError, DataError

MARKS = (
    b"https://accord.invalid/schema/scenario.schema.json",  # schema --out
    b'<meta name="generator" content="accord">',  # forecast --report
    b"<!-- accord brief -->",  # forecast --report FILE.md (session 42)
    b"<!-- accord timeline -->",  # timeline --plot FILE.svg
    b"tEXtSoftware\x00accord",  # timeline --plot FILE.png
    b"<!-- accord chart -->",  # sweep --plot FILE.svg (a sweep's Chart)
)
"""Byte strings that only files written by accord contain near their start."""

HEAD_BYTES = 64 * 1024


def _nearest_existing(path: Path) -> Path:
    for candidate in (path, *path.parents):
        if candidate.exists():
            return candidate
    return Path(".")


def check_folder(folder: Path, option: str) -> None:
    """Raise :class:`DataError` naming ``folder`` where it is not there and its own folder is
    not either. An output folder (``--report FOLDER``, ``--parquet FOLDER``) may be made one
    level down in a folder that exists; a new tree of folders is refused, as a typo in the
    path would make it (session 46)."""
    base = _nearest_existing(folder.parent)
    if not folder.exists() and base.is_dir() and base != folder.parent:
        raise missing_folder(option, folder, folder.parent)
    # a file in the way is said by :func:`make_folder`, which makes the folder


def missing_folder(option: str | None, path: Path, folder: Path) -> DataError:
    """The error for ``path`` in ``folder``, which is not there: it names the option (None:
    a library call, which has none), the path as given and the outermost missing folder, and
    says nothing was written."""
    named = f"{option} {path}" if option else str(path)
    return DataError(
        f"{named}: no folder {_first_missing(folder)} (nothing written); make the "
        "folder first, or correct the path"
    )


def require_folder(path: Path, option: str | None = None) -> None:
    """Raise :func:`missing_folder`'s :class:`DataError` where the folder ``path`` is to be
    written in is not there. The one rule for the command line (:func:`check_writable`, before
    any work) and for the library's writers, which until session 47 made a missing folder tree
    without a word (:func:`accord.scenario.io.replace_atomically`, under every writer of a
    user's file: ``save``, ``write_report``, the exports, a sweep's or a vote model's file): a
    notebook's typo in a path is a clear error naming it, as on the command line. A folder
    that is a file is left to the write, which names it."""
    parent = path.parent
    if not parent.exists():
        raise missing_folder(option, path, parent)


def _first_missing(path: Path) -> Path:
    """The outermost folder of ``path`` that is not there (``path`` itself is not)."""
    missing = path
    for candidate in path.parents:
        if candidate.exists():
            break
        missing = candidate
    return missing


def check_writable(path: Path, option: str, *, new_folder: bool = False) -> None:
    """Raise :class:`DataError` naming ``path`` if a file cannot be written there: a folder,
    a folder that is not there (``new_folder``: its folder may be new, one level down, as for
    ``--report FOLDER``), a file in the way or a folder one may not write."""
    if path.is_dir():
        raise DataError(f"{option} {path}: is a directory; give a file name")
    parent = path.parent
    base = _nearest_existing(parent)
    if not base.is_dir():
        raise DataError(f"{option} {path}: cannot write there ({base} is not a directory)")
    if base != parent and not (new_folder and base == parent.parent):
        require_folder(path, option)  # raises: the rule the library's writers keep too
    if base == parent:
        try:
            probe = parent / f".{path.name}.accord-probe-{os.getpid()}"
            probe.touch(exist_ok=False)
            probe.unlink()
        except OSError as exc:
            raise DataError(
                f"{option} {path}: cannot write there ({exc.strerror or exc})"
            ) from None
    elif not os.access(base, os.W_OK | os.X_OK):
        raise DataError(f"{option} {path}: cannot create its directory under {base}")


def holds_format(path: Path, fmt: str) -> bool:
    """Whether the existing file at ``path`` is empty or already holds ``fmt`` data (``csv``:
    by its name; ``parquet``: by its magic bytes; ``json``: by its first character)."""
    try:
        with path.open("rb") as handle:
            head = handle.read(HEAD_BYTES).lstrip()
    except OSError:
        return False
    if not head:
        return True
    if fmt == "parquet":
        return head.startswith(b"PAR1")
    if fmt == "json":
        return head[:1] in (b"{", b"[")
    return path.suffix.lower() == ".csv"


def check_result_out(path: Path, option: str, fmt: str) -> None:
    """:func:`check_writable`, then refuse to replace an existing file that holds no ``fmt``
    data. Result options (``--format csv --out``...) have no ``--force``: rewriting last
    run's table is expected, but a slip of the name must not cost a scenario or one's notes."""
    check_writable(path, option)
    if path.is_file() and not holds_format(path, fmt):
        raise DataError(
            f"{option} {path}: the file exists and holds no {fmt} data; give another name "
            "or remove the file first"
        )


def make_folder(path: Path, what: str, mode: int = 0o777) -> None:
    """Create the folder ``path`` (and its parents), or raise :class:`DataError` saying why
    not, in the words of ``what`` (an option, with its value where that helps). ``mode``: the
    new folder's own permissions, less the umask (its parents get the umask's default)."""
    try:
        path.mkdir(mode=mode, parents=True, exist_ok=True)
    except OSError as exc:  # a file in the way, a read-only or virtual file system...
        why = "a file is in the way" if isinstance(exc, FileExistsError) else exc.strerror
        raise DataError(f"{what}: cannot create the folder {path} ({why or exc})") from None


def _is_scenario(path: Path) -> bool:
    from accord.scenario.io import load

    try:
        load(path)
    except (AccordError, OSError, ValueError):
        return False
    return True


def _is_vote_model(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as archive:
            return "meta.npy" in archive.namelist()
    except (OSError, zipfile.BadZipFile):
        return False


def written_by_accord(path: Path) -> bool:
    """Whether the existing file at ``path`` carries one of accord's marks."""
    try:
        with path.open("rb") as handle:
            head = handle.read(HEAD_BYTES)
    except OSError:
        return False
    if any(mark in head for mark in MARKS):
        return True
    if path.suffix.lower() == ".npz":
        return _is_vote_model(path)
    return _is_scenario(path)


def check_replaceable(
    path: Path, option: str, force: bool, ours: Callable[[Path], bool] = written_by_accord
) -> None:
    """Refuse to replace an existing file accord did not write, unless ``force``."""
    if force or not path.exists() or path.is_dir():
        return
    if not ours(path):
        raise DataError(
            f"{option} {path}: the file exists and was not written by accord; use --force to"
            " replace it"
        )


def check_output(path: Path, option: str, force: bool = False, *, new_folder: bool = False) -> None:
    """Both checks, in the order a user would want to hear about them (``new_folder``: as
    :func:`check_writable`'s)."""
    check_writable(path, option, new_folder=new_folder)
    check_replaceable(path, option, force)
