"""Bundled scenarios (package data) and resolution of a user's ``ID|FILE`` argument."""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

from accord.errors import ScenarioError, UnknownScenarioError
from accord.scenario.io import load, read_yaml
from accord.scenario.model import Scenario

DEFAULT_SCENARIO = "ukraine-2025-02"


def bundled_ids() -> list[str]:
    """Ids of the scenarios shipped in the package, sorted."""
    folder = resources.files("accord.scenario") / "bundled"
    return sorted(
        p.name.removesuffix(".yaml") for p in folder.iterdir() if p.name.endswith(".yaml")
    )


@cache
def _bundled(scenario_id: str) -> Scenario:
    resource = resources.files("accord.scenario") / "bundled" / f"{scenario_id}.yaml"
    try:
        return read_yaml(resource.read_text(encoding="utf-8"))
    except ScenarioError as exc:  # a packaging bug, but say where
        raise exc.in_file(f"<bundled>/{scenario_id}.yaml") from None


def load_bundled(scenario_id: str) -> Scenario:
    """A bundled scenario by id (a fresh copy the caller may modify)."""
    if scenario_id not in bundled_ids():
        known = ", ".join(bundled_ids())
        raise UnknownScenarioError(f"no bundled scenario {scenario_id!r}; bundled: {known}")
    return _bundled(scenario_id).model_copy(deep=True)


def resolve(ref: str | None, fmt: str | None = None) -> Scenario:
    """Load ``ref`` as a file if it exists (or looks like a path), else as a bundled id."""
    if ref is None:
        return load_bundled(DEFAULT_SCENARIO)
    path = Path(ref)
    if path.exists() or path.suffix or "/" in ref or "\\" in ref:
        if not path.exists() and ref in bundled_ids():
            return load_bundled(ref)
        if not path.exists():
            known = ", ".join(bundled_ids())
            raise UnknownScenarioError(
                f"{ref}: no such file, and not a bundled scenario id (bundled: {known})"
            )
        return load(path, fmt)
    return load_bundled(ref)
