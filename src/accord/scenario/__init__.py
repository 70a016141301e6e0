"""The scenario model, its file formats and the bundled scenarios.

Names are imported on first use (module ``__getattr__``) so that a caller needing only the
catalogue, such as ``accord scenarios``, does not import numpy and pydantic.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_LAZY: dict[str, str] = {
    "StanceArrays": "accord.scenario.arrays",
    "stance_arrays": "accord.scenario.arrays",
    "DEFAULT_SCENARIO": "accord.scenario.catalogue",
    "bundled_ids": "accord.scenario.catalogue",
    "load_bundled": "accord.scenario.catalogue",
    "resolve": "accord.scenario.catalogue",
    "FORMATS": "accord.scenario.io",
    "Institutions": "accord.scenario.institutions",
    "dumps": "accord.scenario.io",
    "load": "accord.scenario.io",
    "loads": "accord.scenario.io",
    "save": "accord.scenario.io",
    "scenario_from_data": "accord.scenario.io",
    **{
        name: "accord.scenario.model"
        for name in (
            "Actor",
            "ActorKind",
            "Evidence",
            "Issue",
            "Scale",
            "ScalePoint",
            "Scenario",
            "Source",
            "Stance",
        )
    },
}

if TYPE_CHECKING:
    from accord.scenario.arrays import StanceArrays, stance_arrays
    from accord.scenario.catalogue import DEFAULT_SCENARIO, bundled_ids, load_bundled, resolve
    from accord.scenario.institutions import Institutions
    from accord.scenario.io import FORMATS, dumps, load, loads, save, scenario_from_data
    from accord.scenario.model import (
        Actor,
        ActorKind,
        Evidence,
        Issue,
        Scale,
        ScalePoint,
        Scenario,
        Source,
        Stance,
    )


def __getattr__(name: str) -> Any:
    try:
        module = _LAZY[name]
    except KeyError:
        raise AttributeError(f"module 'accord.scenario' has no attribute {name!r}") from None
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


__all__ = [
    "DEFAULT_SCENARIO",
    "FORMATS",
    "Actor",
    "ActorKind",
    "Evidence",
    "Institutions",
    "Issue",
    "Scale",
    "ScalePoint",
    "Scenario",
    "Source",
    "Stance",
    "StanceArrays",
    "bundled_ids",
    "dumps",
    "load",
    "load_bundled",
    "loads",
    "resolve",
    "save",
    "scenario_from_data",
    "stance_arrays",
]
