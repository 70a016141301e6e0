"""Bundled scenarios (package data) and resolution of a user's ``ID|FILE`` argument."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from accord.errors import ScenarioError, UnknownScenarioError

if TYPE_CHECKING:
    from accord.scenario.model import Scenario

__all__ = [
    "DEFAULT_SCENARIO",
    "BundledSummary",
    "bundled_ids",
    "bundled_summaries",
    "load_bundled",
    "resolve",
    "scenario_files",
]

DEFAULT_SCENARIO = "ukraine-2025-02"


def bundled_ids() -> list[str]:
    """Ids of the scenarios shipped in the package, sorted."""
    folder = resources.files("accord.scenario") / "bundled"
    return sorted(
        p.name.removesuffix(".yaml") for p in folder.iterdir() if p.name.endswith(".yaml")
    )


@dataclass(frozen=True)
class BundledSummary:
    """What ``accord scenarios`` lists of a bundled scenario."""

    id: str
    title: str
    as_of: str
    actors: int
    issues: int


def _bundled_text(scenario_id: str) -> str:
    resource = resources.files("accord.scenario") / "bundled" / f"{scenario_id}.yaml"
    return resource.read_text(encoding="utf-8")


def bundled_summaries() -> list[BundledSummary]:
    """Id, title, date and size of each bundled scenario, read without validating it.

    Listing needs neither the pydantic model nor numpy, so this reads the YAML alone (the
    bundled files are validated by the test suite and whenever one is loaded).
    """
    import yaml

    loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    out = []
    for scenario_id in bundled_ids():
        data = yaml.load(_bundled_text(scenario_id), Loader=loader)
        out.append(
            BundledSummary(
                id=str(data.get("id", scenario_id)),
                title=str(data.get("title", "")),
                as_of=str(data.get("as_of") or ""),
                actors=len(data.get("actors") or ()),
                issues=len(data.get("issues") or ()),
            )
        )
    return out


@cache
def _bundled(scenario_id: str) -> Scenario:
    from accord.scenario.io import read_yaml

    try:
        return read_yaml(_bundled_text(scenario_id))
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
    exists = "\0" not in ref and _exists(path)
    if not exists and ("\n" in ref or "\0" in ref or ref.lstrip()[:1] in ("{", "[")):
        # a scenario's text given where a path or id goes was looked up as a file name: an
        # OSError "File name too long" or a ValueError "embedded null byte" (session 45)
        raise UnknownScenarioError(
            "scenario: this text is neither a file nor a bundled id; for a scenario's YAML or "
            "JSON text use accord.scenario.io.loads(text, 'scenario.yaml'), or give its data "
            "as a dict"
        )
    if exists or path.suffix or "/" in ref or "\\" in ref:
        if not exists and ref in bundled_ids():
            return load_bundled(ref)
        if not exists:
            known = ", ".join(bundled_ids())
            raise UnknownScenarioError(
                f"{ref}: no such file, and not a bundled scenario id (bundled: {known})"
                + missing_file_hint(ref)
            )
        from accord.scenario.io import load

        return with_institutions_checked(load(path, fmt), str(path))
    return load_bundled(ref)


def _exists(path: Path) -> bool:
    """Whether ``path`` exists; a name the system refuses (longer than it allows) does not."""
    try:
        return path.exists()
    except OSError:
        return False


SCENARIO_SUFFIXES = (".yaml", ".yml", ".json")
"""The files ``accord validate FOLDER`` checks in a folder (a class's scenario files)."""


def missing_file_hint(ref: str) -> str:
    """What a missing scenario file more likely is: a path written with Windows' backslashes
    (``students\\s01.yaml``, ``C:\\Users\\...``) or a name in other capitals than the file's
    (session 28's class-lab trial, finding 4); empty if neither."""
    if "\\" in ref:
        forward = ref.replace("\\", "/")
        if _exists(Path(forward)):
            return f"; folders are separated by '/' here: did you mean {forward!r}?"
        if len(ref) > 2 and ref[1] == ":" and ref[0].isalpha():
            return (
                "; a Windows path (drive letter and backslashes): on this machine give the "
                "file's path with '/' (copy the file here first)"
            )
        return "; folders are separated by '/' here, not '\\'"
    path = Path(ref)
    folder = path.parent
    try:  # a name longer than the system allows: no hint (an OSError until session 45)
        others = sorted(folder.iterdir()) if folder.is_dir() else []
    except OSError:
        return ""
    wanted = path.name.casefold()
    for other in others:
        if other.name.casefold() == wanted:
            return f"; did you mean {str(other)!r}? (file names are case-sensitive here)"
    return ""


def scenario_files(ref: str) -> list[str]:
    """``ref`` itself, or, for a folder that is not a stance table (no ``stances.csv``), the
    scenario files in it (``*.yaml``, ``*.yml``, ``*.json``, not its subfolders), in name
    order: what ``accord validate`` checks for a class's folder. A folder with none is refused."""
    path = Path(ref)
    if not path.is_dir() or (path / "stances.csv").is_file():
        return [ref]
    found = sorted(
        str(p) for p in path.iterdir() if p.is_file() and p.suffix.lower() in SCENARIO_SUFFIXES
    )
    if not found:
        raise UnknownScenarioError(
            f"{ref}: a folder with no scenario files in it (*.yaml, *.yml or *.json; "
            "a stance table's folder holds stances.csv)"
        )
    return found


def with_institutions_checked(scenario: Scenario, file: str) -> Scenario:
    """``scenario``, read from ``file``, once its institutions' references are checked.

    Loading checks the section's own fields only; its bodies, actors, issues and positions
    need the bundled rules (:func:`accord.institutions.resolutions.institutions_of`). Checked
    here, a mistake there names the file as any other mistake in it does, before any work,
    rather than surfacing without the file from the engine that first reads the drafts."""
    if not scenario.institutions.is_empty:
        from accord.institutions.resolutions import institutions_of

        try:
            institutions_of(scenario)
        except ScenarioError as exc:
            raise exc.in_file(file) from None
    return scenario
