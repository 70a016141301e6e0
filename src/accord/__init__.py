"""accord: model, forecast and track multilateral negotiations.

The names below are the library's flat API (one obvious name per task). They are imported on
first use (PEP 562 module ``__getattr__``), so ``import accord`` and the CLI start at once and a
notebook pays only for what it touches.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_LAZY: dict[str, tuple[str, str]] = {
    "AccordError": ("accord.errors", "AccordError"),
    "ScenarioError": ("accord.errors", "ScenarioError"),
    "Scenario": ("accord.scenario.model", "Scenario"),
    "load": ("accord.scenario.io", "load"),
    "load_bundled": ("accord.scenario.catalogue", "load_bundled"),
    "resolve": ("accord.scenario.catalogue", "resolve"),
}
"""Public name -> (module, attribute)."""

if TYPE_CHECKING:
    from accord.errors import AccordError, ScenarioError
    from accord.scenario.catalogue import load_bundled, resolve
    from accord.scenario.io import load
    from accord.scenario.model import Scenario


def __getattr__(name: str) -> Any:
    try:
        module, attribute = _LAZY[name]
    except KeyError:
        raise AttributeError(f"module 'accord' has no attribute {name!r}") from None
    value = getattr(importlib.import_module(module), attribute)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


__all__ = [
    "AccordError",
    "Scenario",
    "ScenarioError",
    "__version__",
    "load",
    "load_bundled",
    "resolve",
]
