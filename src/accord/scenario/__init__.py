"""The scenario model, its file formats and the bundled scenarios."""

from accord.scenario.arrays import StanceArrays, stance_arrays
from accord.scenario.catalogue import DEFAULT_SCENARIO, bundled_ids, load_bundled, resolve
from accord.scenario.io import FORMATS, dumps, load, save, scenario_from_data
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

__all__ = [
    "DEFAULT_SCENARIO",
    "FORMATS",
    "Actor",
    "ActorKind",
    "Evidence",
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
    "resolve",
    "save",
    "scenario_from_data",
    "stance_arrays",
]
