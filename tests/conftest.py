"""Shared fixtures: paths to the reference material in ../shared (CI has it); how the tests
are shared out between pytest-xdist's workers (``pytest_collection_modifyitems``)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from tests.helpers import SHARED

# What a test module reads for it to share the one PostgreSQL test database: such modules run
# in one xdist group, one after another, since each of their tests drops accord's tables first.
POSTGRES_WORDS = ("empty_postgres", "ACCORD_TEST_POSTGRES_URL")

# No test asserts wall-clock time (speed is measured in bench/): Hypothesis's per-example
# deadline and its too-slow health check are timing assertions that fail on a loaded machine
# (seen in session 24 at load 11 on two cores), so both are off for every property test.
settings.register_profile("accord", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("accord")


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.is_dir():
        if os.environ.get("ACCORD_REQUIRE_SHARED"):  # CI: a missing ../shared is a failure
            pytest.fail(f"{SHARED} is missing and ACCORD_REQUIRE_SHARED is set")
        pytest.skip("../shared is not present")
    return SHARED


@pytest.fixture
def blocker(tmp_path: Path) -> Path:
    """A regular file: nothing can be written 'inside' it, even by root."""
    path = tmp_path / "plain-file"
    path.write_text("not a directory\n", encoding="utf-8")
    return path


@pytest.hookimpl(tryfirst=True)  # before xdist's own hook, which reads the groups
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Under pytest-xdist (``-n 2 --dist loadgroup``, pyproject's addopts) a test module runs
    whole on one worker, as it does without xdist: its module-scoped set-up (a browser, a
    server, the README's scratch folders) is made once, and a test that must run after the
    others of its module (the README's stray-file check) still does. The modules that use
    the PostgreSQL test database (:data:`POSTGRES_WORDS`) share one group: one worker runs
    them all. A test that names its own ``xdist_group`` keeps it. Without xdist the marks are
    inert."""
    texts: dict[Path, str] = {}
    for item in items:
        if item.get_closest_marker("xdist_group"):
            continue
        path = item.path
        if path not in texts:
            texts[path] = path.read_text(encoding="utf-8") if path.suffix == ".py" else ""
        shares_postgres = any(word in texts[path] for word in POSTGRES_WORDS)
        group = "postgres" if shares_postgres else str(path.relative_to(config.rootpath))
        item.add_marker(pytest.mark.xdist_group(group))


@pytest.fixture(autouse=True)
def _console_width_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    """Give the CLI's standard-output console its width back after every test.

    Undoing ``monkeypatch.setattr(out, "width", N)`` sets the width the console had computed,
    which would keep a fixed width for the rest of the worker; restoring Rich's own attribute
    here keeps each test's width its own (a width fixed at 80 before
    tests/ledger/test_ledger_drafts.py cut its table short).
    """
    from accord.cli.app import out

    monkeypatch.setattr(out, "_width", out._width)
