"""Typed results keyed by name (member, engine, player), for the library's edge.

A :class:`KeyedResult` is a ``dict`` subclass: code that indexes the result, iterates it or
passes it to ``json.dumps`` works as it did when the functions returned plain dicts, while the
type names what the result is and carries the converters every accord result has:
``to_dict()`` (plain JSON types, the JSON edge) and ``to_frame()`` (a tidy pandas table, one
row per key).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

if TYPE_CHECKING:
    import pandas as pd

V = TypeVar("V")


def plain(value: Any) -> Any:
    """``value`` as JSON types: results through their ``to_dict``, mappings as dicts,
    sequences as lists."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, Mapping):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return value


class KeyedResult(dict[str, V]):
    """Values by name, with converters; subclasses name the key (and a scalar value) column."""

    key: ClassVar[str] = "key"
    value: ClassVar[str] = "value"
    shown: ClassVar[int] = 200
    """Longest repr printed whole; past it the repr names the first keys and counts the rest."""

    def __repr__(self) -> str:
        """The dict's own repr where short; else a line, not a page (193 members' votes ran
        to 18,000 characters in a notebook cell)."""
        whole = f"{type(self).__name__}({dict.__repr__(self)})"
        if len(whole) <= self.shown:
            return whole
        names = [repr(name) for name in list(self)[:3]]
        if len(self) > 3:
            names.append(f"... {len(self) - 3} more")
        return f"{type(self).__name__}({len(self)} {self.key}s: {', '.join(names)})"

    def to_dict(self) -> dict[str, Any]:
        """The result in plain JSON types, in the order the function produced it."""
        return {name: plain(item) for name, item in self.items()}

    def to_frame(self) -> pd.DataFrame:
        """One row per key: mapping values spread into columns, a scalar in ``value``."""
        import pandas as pd

        rows = [
            {self.key: name, **(item if isinstance(item, dict) else {self.value: item})}
            for name, item in self.to_dict().items()
        ]
        return pd.DataFrame(rows)


__all__ = ["KeyedResult", "plain"]
