"""accord: model, forecast and track multilateral negotiations.

The names below are the library's flat API, one obvious name per task::

    import accord
    result = accord.forecast("ukraine-2025-02")          # or a file, or a Scenario
    result.to_frame()                                     # a tidy pandas DataFrame
    accord.forecast("ukraine-2025-02", accord.SMP(voting_rule="binary"), runs=200, seed=1)
    accord.power("unsc").to_frame()
    accord.predict_votes("Nuclear disarmament", issue_codes=["nu"]).to_frame()

They are imported on first use (PEP 562 module ``__getattr__``), so ``import accord`` and the
CLI start at once and a notebook pays only for what it touches.
"""

from __future__ import annotations

import functools
import importlib
import sys
import types
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_LAZY: dict[str, tuple[str, str]] = {
    # scenarios
    "Scenario": ("accord.scenario.model", "Scenario"),
    "load": ("accord.scenario.io", "load"),
    "save": ("accord.scenario.io", "save"),
    "load_bundled": ("accord.scenario.catalogue", "load_bundled"),
    "resolve": ("accord.scenario.catalogue", "resolve"),
    # one function per task
    "run": ("accord.api", "run"),
    "forecast": ("accord.api", "forecast"),
    "compare": ("accord.api", "compare"),
    "forecast_many": ("accord.api", "forecast_many"),
    "compare_many": ("accord.api", "compare_many"),
    "explain": ("accord.api", "explain"),
    "power": ("accord.api", "power"),
    "predict_votes": ("accord.api", "predict_votes"),
    "backtest": ("accord.api", "backtest"),
    "ingest": ("accord.api", "ingest"),
    "Store": ("accord.news.store", "Store"),
    # engines
    "SMP": ("accord.engines.estimators", "SMP"),
    "BDM": ("accord.engines.estimators", "BDM"),
    "Nash": ("accord.engines.estimators", "Nash"),
    "Exchange": ("accord.engines.estimators", "Exchange"),
    "Mean": ("accord.engines.estimators", "Mean"),
    "Median": ("accord.engines.estimators", "Median"),
    "Learned": ("accord.engines.estimators", "Learned"),
    "get_engine": ("accord.engines", "get_engine"),
    # results and errors
    "Forecast": ("accord.forecast", "Forecast"),
    "Run": ("accord.engines.base", "Run"),
    "AccordError": ("accord.errors", "AccordError"),
    "ScenarioError": ("accord.errors", "ScenarioError"),
    "EngineError": ("accord.errors", "EngineError"),
    "DataError": ("accord.errors", "DataError"),
}
"""Public name -> (module, attribute)."""

if TYPE_CHECKING:
    from accord.api import (
        backtest,
        compare,
        compare_many,
        explain,
        forecast,
        forecast_many,
        ingest,
        power,
        predict_votes,
        run,
    )
    from accord.engines import get_engine
    from accord.engines.base import Run
    from accord.engines.estimators import BDM, SMP, Exchange, Learned, Mean, Median, Nash
    from accord.errors import AccordError, DataError, EngineError, ScenarioError
    from accord.forecast import Forecast
    from accord.news.store import Store
    from accord.scenario.catalogue import load_bundled, resolve
    from accord.scenario.io import load, save
    from accord.scenario.model import Scenario


_SUBPACKAGE_NAMES = frozenset({"forecast"})
"""Flat-API names that are also subpackages of ``accord`` (a test keeps this list complete)."""


class _Package(types.ModuleType):
    """The ``accord`` module: its flat API's names win over same-named subpackages.

    ``import accord.forecast`` (the subpackage) would otherwise bind the subpackage as
    ``accord.forecast`` and hide the function; the import system sets that attribute with
    ``setattr``, which this refuses for the names of the flat API. The subpackage stays
    importable by its full name (``from accord.forecast import Forecast``), and the function
    reaches it through :class:`_SharedName` (``import accord.forecast.learned as m``).
    """

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _LAZY and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)

    def __reduce__(self) -> tuple[Callable[[str], types.ModuleType], tuple[str]]:
        """Pickled as its name, imported again where it is unpickled (session 36).

        cloudpickle (what Dask uses) pickles a function defined in a notebook or script by
        value with the globals it uses; it sends a module by name only when the module's type
        is exactly ``ModuleType``, so a function that called ``accord.compare`` could not be
        sent to a Dask worker (``cannot pickle '_Package' object``)."""
        return importlib.import_module, (self.__name__,)


class _SharedName:
    """A flat-API function whose name is also a subpackage's: it calls as the function and
    looks up other attributes in the subpackage.

    Why: ``import accord.forecast.learned as m`` binds ``m`` by walking attributes from
    ``accord`` (``accord.forecast``, then ``.learned``); with the bare function in the first
    step the walk failed ("cannot import name 'learned' from 'forecast'"), while ``from
    accord.forecast import learned`` worked. Looking the rest up in the subpackage makes the
    dotted names of the documentation (``accord.forecast.Forecast``,
    ``accord.forecast.forecast``) resolve too. Name, docstring and signature are the
    function's (:func:`functools.update_wrapper`), so ``help`` and ``inspect.signature`` show
    what they showed before.
    """

    def __init__(self, function: Callable[..., Any], package: str) -> None:
        functools.update_wrapper(self, function)
        self._function = function
        self._package = package

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self._function(*args, **kwargs)

    def __get__(self, instance: object, owner: type | None = None) -> _SharedName:
        # A descriptor, as a function is: ``inspect.isroutine`` is then true, so ``help()``
        # shows the function's signature (it showed ``forecast = <function forecast>`` and
        # the docstring without one until session 36). Nothing binds it: it is no method.
        return self

    def __getattr__(self, name: str) -> Any:
        # Called only where ordinary look-up fails; dunder names (``__signature__``, ...)
        # must fail here as they would on the function, not come from the subpackage.
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(importlib.import_module(self._package), name)

    def __dir__(self) -> list[str]:
        # The wrapper's own dunder names (``__doc__``, ``__wrapped__``...) and the subpackage's
        # public names, what its attribute look-up reaches: until session 42 tab completion on
        # ``accord.forecast.`` offered the wrapper's ``_function`` and ``_package`` alone.
        own = {name for name in object.__dir__(self) if name.startswith("__")}
        package = importlib.import_module(self._package)
        return sorted(own | set(getattr(package, "__all__", ())))

    def __repr__(self) -> str:
        return repr(self._function)

    def __reduce__(self) -> tuple[Callable[[object, str], Any], tuple[object, str]]:
        """Pickled as ``accord.NAME``, looked up again where it is unpickled (as a module
        function is), not as a copy of this wrapper (session 36)."""
        return getattr, (sys.modules[__name__], self.__name__)


sys.modules[__name__].__class__ = _Package


def __getattr__(name: str) -> Any:
    try:
        module, attribute = _LAZY[name]
    except KeyError:
        raise AttributeError(f"module 'accord' has no attribute {name!r}") from None
    value = getattr(importlib.import_module(module), attribute)
    if name in _SUBPACKAGE_NAMES:
        value = _SharedName(value, f"{__name__}.{name}")
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    """The public names only (:data:`__all__`, the list of docs/api.md "Top-level names"), as
    scikit-learn's ``__dir__`` gives its ``__all__``: until session 42 ``dir(accord)`` also
    showed this module's own helpers and imports (``functools``, ``TYPE_CHECKING``,
    ``_LAZY``...) and every subpackage imported so far, which tab completion offered beside
    the API. They all stay reachable as attributes; only the listing is the API's."""
    return sorted(__all__)


__all__ = [
    "BDM",
    "SMP",
    "AccordError",
    "DataError",
    "EngineError",
    "Exchange",
    "Forecast",
    "Learned",
    "Mean",
    "Median",
    "Nash",
    "Run",
    "Scenario",
    "ScenarioError",
    "Store",
    "__version__",
    "backtest",
    "compare",
    "compare_many",
    "explain",
    "forecast",
    "forecast_many",
    "get_engine",
    "ingest",
    "load",
    "load_bundled",
    "power",
    "predict_votes",
    "resolve",
    "run",
    "save",
]
