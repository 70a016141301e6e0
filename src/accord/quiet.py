"""NumPy's ``RuntimeWarning`` silenced around a computation, for the calling thread alone.

Why not :class:`warnings.catch_warnings`: it saves the process's list of filters on entry and
puts that list back on exit, which is not safe between threads (the Python documentation says
so). With forecasts run from four threads of one process (a web service's workers), one thread
put back a list saved while another was inside its block, and the process kept an
``ignore RuntimeWarning`` filter for good: every later ``RuntimeWarning`` of the user's own code
went unseen (session 45's API trial, finding 1).

Here the filter's message pattern is an object whose ``match`` is true only in a thread that is
inside :func:`runtime_warnings_ignored` (the warnings machinery calls ``match`` on whatever a
filter holds there). The filter is put first in :data:`warnings.filters` when the first block
of the process begins and taken out when the last ends; a copy that another library's
``catch_warnings`` saved and put back meanwhile matches nothing outside such a block. Another
thread's warnings are shown (or raised, under ``-W error``) as its own filters say, also while a
forecast runs beside it.
"""

from __future__ import annotations

import threading
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, cast

__all__ = ["labelled", "runtime_warnings_ignored", "warnings_labelled"]

_STATE = threading.local()  # ``depth``: how many blocks this thread is inside
_LOCK = threading.Lock()
_ACTIVE = 0  # blocks open in the whole process, under _LOCK


class _InsideBlock:
    """The message pattern of the filter: matches any text, in a thread inside a block."""

    def match(self, text: str) -> bool:
        return getattr(_STATE, "depth", 0) > 0

    def __repr__(self) -> str:
        return "<accord: while accord computes, in its own thread>"


_FILTER: tuple[Any, ...] = ("ignore", _InsideBlock(), RuntimeWarning, None, 0)


def _filters() -> list[Any]:
    """The process's filter list (typeshed types it as a ``Sequence`` of compiled patterns)."""
    return cast("list[Any]", warnings.filters)


def _filters_changed() -> None:
    """Empty the registries of warnings already shown, as :func:`warnings.filterwarnings` does
    (CPython's ``warnings._filters_mutated``; a no-op where a Python lacks it)."""
    mutated = getattr(warnings, "_filters_mutated", None)
    if callable(mutated):
        mutated()


@contextmanager
def runtime_warnings_ignored() -> Iterator[None]:
    """Run the block with every ``RuntimeWarning`` raised in this thread ignored (an empty
    slice's mean, an all-NaN column's median: what the caller checks on the result instead).

    >>> import warnings
    >>> before = list(warnings.filters)
    >>> with runtime_warnings_ignored():
    ...     warnings.warn("not shown", RuntimeWarning)
    >>> warnings.filters == before
    True
    """
    global _ACTIVE
    with _LOCK:
        if not any(f is _FILTER for f in _filters()):
            _filters().insert(0, _FILTER)
            _filters_changed()
        _ACTIVE += 1
    _STATE.depth = getattr(_STATE, "depth", 0) + 1
    try:
        yield
    finally:
        _STATE.depth -= 1
        with _LOCK:
            _ACTIVE -= 1
            if _ACTIVE == 0:
                _filters()[:] = [f for f in _filters() if f is not _FILTER]
                _filters_changed()


_LABEL: ContextVar[str | None] = ContextVar("accord_warning_label", default=None)
"""The scenario (its file, else its id) that the library's warnings of this thread name."""


@contextmanager
def warnings_labelled(label: str) -> Iterator[None]:
    """Run the block with ``label`` (a batch's scenario) named first in each of the library's
    own warnings raised in this thread (:func:`labelled`); nothing else about warnings changes:
    the process's filters and :data:`warnings.showwarning` are left as they are.

    >>> with warnings_labelled("a.yaml"):
    ...     labelled("issue 'x': no forecast")
    "a.yaml: issue 'x': no forecast"
    >>> labelled("issue 'x': no forecast")
    "issue 'x': no forecast"
    """
    token = _LABEL.set(label)
    try:
        yield
    finally:
        _LABEL.reset(token)


def labelled(text: str) -> str:
    """``text`` (an :class:`~accord.errors.AccordWarning`'s) with the label of the enclosing
    :func:`warnings_labelled` block first, where there is one and ``text`` does not start
    with it already."""
    label = _LABEL.get()
    if label is None or text.startswith(label):
        return text
    return f"{label}: {text}"
