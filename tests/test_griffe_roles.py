"""The API reference's griffe extension (docs/griffe_roles.py) shows Sphinx roles as code."""

from __future__ import annotations

import doctest
import importlib.util
import re
from pathlib import Path
from types import ModuleType

import pytest

griffe = pytest.importorskip("griffe")  # a docs dependency, with mkdocstrings-python

ROOT = Path(__file__).resolve().parents[1]


def _extension_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("griffe_roles", ROOT / "docs" / "griffe_roles.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_examples_in_its_docstring() -> None:
    module = _extension_module()
    result = doctest.testmod(module)
    assert result.attempted >= 2 and result.failed == 0


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        (":func:`accord.frames.power_frame`", "`accord.frames.power_frame`"),
        (":class:`~accord.errors.EngineError` raised", "`EngineError` raised"),
        (":py:meth:`Forecast.to_frame`", "`Forecast.to_frame`"),
        (":mod:`accord.news` and :data:`~x.LIMIT`", "`accord.news` and `LIMIT`"),
        (":func:`run <accord.api.run>`", "`run`"),
        ("no role: `code` and ``literal``", "no role: `code` and ``literal``"),
        ("a colon: then `code`", "a colon: then `code`"),
    ],
)
def test_roles_become_code(text: str, shown: str) -> None:
    assert _extension_module().roles_as_code(text) == shown


def test_no_role_left_in_the_documented_package() -> None:
    module = _extension_module()
    package = griffe.load(
        "accord",
        search_paths=[str(ROOT / "src")],
        extensions=griffe.load_extensions(module.SphinxRolesAsCode),
        allow_inspection=False,
    )
    role = re.compile(r":(?:py:)?(?:func|class|meth|mod|attr|data|exc):`")
    left: list[str] = []
    seen = 0

    def walk(obj: griffe.Object) -> None:
        nonlocal seen
        if obj.docstring is not None:
            seen += 1
            if role.search(obj.docstring.value):
                left.append(obj.path)
        for member in obj.members.values():
            if not member.is_alias:
                walk(member)

    walk(package)
    assert seen > 500
    assert left == []
