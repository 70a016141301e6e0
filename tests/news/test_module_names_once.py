"""No module of src/accord/news binds the same module-level name twice (session 25: a helper's
READING run was wrong because a second ``=`` of a name in :mod:`accord.news.coding` silently
replaced the first, and no test caught it; docs/validation-events/session-25.md).

A binding is an assignment (``=``, an annotated one with a value, or an augmented one such as
``|=``), a ``def`` or ``class``, an import, or a ``for``/``with`` target, at module level,
including inside a module-level ``if``, ``try``, ``with``, ``for`` or ``while`` (not inside a
function or class body). A set built in several statements is written as one literal instead.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

NEWS = Path(__file__).resolve().parents[2] / "src" / "accord" / "news"
MODULES = sorted(NEWS.rglob("*.py"))

Binding = tuple[str, int]
"""A bound name and the line that binds it."""


def _names(target: ast.expr) -> Iterator[Binding]:
    """The names an assignment target binds (``a``, ``a, b``, ``[a, *b]``); an attribute or a
    subscript binds none."""
    if isinstance(target, ast.Name):
        yield target.id, target.lineno
    elif isinstance(target, ast.Tuple | ast.List):
        for element in target.elts:
            yield from _names(element)
    elif isinstance(target, ast.Starred):
        yield from _names(target.value)


def module_bindings(body: list[ast.stmt]) -> Iterator[Binding]:
    """The module-level names the statements ``body`` bind, in order of their lines."""
    for statement in body:
        match statement:
            case ast.Assign(targets=targets):
                for target in targets:
                    yield from _names(target)
            case ast.AnnAssign(target=target, value=value) if value is not None:
                yield from _names(target)
            case ast.AugAssign(target=target):
                yield from _names(target)
            case ast.FunctionDef() | ast.AsyncFunctionDef() | ast.ClassDef():
                yield statement.name, statement.lineno
            case ast.Import(names=aliases) | ast.ImportFrom(names=aliases):
                for alias in aliases:
                    if alias.name != "*":
                        name = alias.asname or alias.name.split(".")[0]
                        yield name, statement.lineno
            case ast.For(target=target) | ast.AsyncFor(target=target):
                yield from _names(target)
            case ast.With(items=items) | ast.AsyncWith(items=items):
                for item in items:
                    if item.optional_vars is not None:
                        yield from _names(item.optional_vars)
        if isinstance(statement, ast.Try | ast.TryStar):
            for handler in statement.handlers:
                if handler.name is not None:
                    yield handler.name, handler.lineno
                yield from module_bindings(handler.body)
        for block in ("body", "orelse", "finalbody"):
            if not isinstance(statement, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                yield from module_bindings(getattr(statement, block, []))


def bound_twice(source: str, module: str) -> list[str]:
    """One line per name bound a second (or later) time: the module, the name and both lines."""
    first: dict[str, int] = {}
    found = []
    for name, line in module_bindings(ast.parse(source, module).body):
        if name in first:
            found.append(f"{module}: {name} bound at line {first[name]} and again at line {line}")
        else:
            first[name] = line
    return found


def test_every_news_module_is_checked() -> None:
    names = {path.relative_to(NEWS).as_posix() for path in MODULES}
    assert {"coding.py", "resolve.py", "evidence.py", "nlp/roles.py"} <= names


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.relative_to(NEWS).as_posix())
def test_no_module_level_name_is_bound_twice(path: Path) -> None:
    module = path.relative_to(NEWS.parents[2]).as_posix()
    found = bound_twice(path.read_text(encoding="utf-8"), module)
    assert not found, "a later binding silently replaces the first:\n" + "\n".join(found)


def test_the_check_sees_each_way_of_binding_a_name_again() -> None:
    assert bound_twice("A = 1\nB = 2\nA = 3\n", "m.py") == [
        "m.py: A bound at line 1 and again at line 3"
    ]
    twice = [
        "A = {1}\nA |= {2}\n",
        "A: set[int] = {1}\nA = {2}\n",
        "def A(): pass\nA = 1\n",
        "class A: pass\ndef A(): pass\n",
        "from x import A\nA = 1\n",
        "import A.b\nA = 1\n",
        "A, B = 1, 2\n[C, *A] = [1, 2]\n",
        "A = 1\nif B:\n    A = 2\n",
        "try:\n    import A\nexcept ImportError:\n    A = None\n",
        "A = 1\nfor A in B: pass\n",
        "A = 1\nwith B as A: pass\n",
    ]
    for source in twice:
        assert bound_twice(source, "m.py"), source
    once = [
        "A: int\nA = 1\n",  # a declaration, then the one assignment
        "A = {}\nA['b'] = 1\nA.c = 2\n",  # items and attributes, not the name
        "A = 1\ndef f():\n    A = 2\n    global B\n    B = 3\n",  # a function's own names
        "class C:\n    A = 1\nA = 2\n",  # a class attribute
    ]
    for source in once:
        assert bound_twice(source, "m.py") == [], source
