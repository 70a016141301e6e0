"""What a distribution's packager builds from (docs/trial-2026-12-07-s44-pkg.md, session 44).

- The wheel holds every file under ``src/accord`` that is not Python code because
  ``[tool.setuptools.package-data]`` names it (setuptools adds only what is named, or what the
  sdist's manifest lists): a data file, template or script the code opens that the patterns
  miss would be absent from an installed copy and present in a checkout, where the tests run.
- The sdist (``MANIFEST.in``) holds the whole test suite, its conftest, helpers and data (it
  held 22 test modules of the top folder and none of what they import: finding 2), the
  notices and the documentation pages, and no compiled or cached file.
- The licence is an SPDX expression (PEP 639) that names every licence of what the wheel
  ships, and each licence file exists (the TOML table ``{text = "MIT"}``, deprecated by
  setuptools, said MIT for CC BY-SA 4.0 and BSD-3-Clause files: finding 1).

No wheel is built here (``python3 -m build`` takes some 20 s and a network or a local index for
its isolated environment); the sdist's file list comes from setuptools' ``egg_info``, some 2 s.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from tests.helpers import ROOT

PACKAGE = ROOT / "src" / "accord"
PYPROJECT = ROOT / "pyproject.toml"


def _project() -> dict[str, object]:
    config: dict[str, object] = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))
    return config


def _package_files() -> set[str]:
    """Every file under src/accord but Python sources, caches and dotfiles, relative to it."""
    out = set()
    for path in PACKAGE.rglob("*"):
        rel = path.relative_to(PACKAGE)
        hidden = "__pycache__" in rel.parts or any(part.startswith(".") for part in rel.parts)
        if path.is_file() and path.suffix not in {".py", ".pyc"} and not hidden:
            out.add(rel.as_posix())
    return out


def _package_data_matches() -> set[str]:
    """The files the package-data patterns of ``accord`` match, as setuptools globs them."""
    config = _project()["tool"]
    assert isinstance(config, dict)
    patterns = config["setuptools"]["package-data"]["accord"]
    return {
        path.relative_to(PACKAGE).as_posix()
        for pattern in patterns
        for path in PACKAGE.glob(pattern)
        if path.is_file()
    }


def test_every_file_the_package_holds_besides_code_is_package_data() -> None:
    unmatched = _package_files() - _package_data_matches()
    assert not unmatched, f"not named by [tool.setuptools.package-data]: {sorted(unmatched)}"
    # what the code opens by importlib.resources is among them (a sample of each folder)
    for needed in (
        "scenario/bundled/ukraine-2025-02.yaml",
        "news/data/tables.pickle.zlib",
        "institutions/unvotes/data/model.npz",
        "web/templates/base.html",
        "web/static/vendor/vega.min.js",
        "DATA-NOTICE.md",
    ):
        assert needed in _package_data_matches()


def test_the_licence_is_an_spdx_expression_naming_what_the_wheel_ships() -> None:
    project = _project()["project"]
    assert isinstance(project, dict)
    assert isinstance(project["license"], str)  # not the deprecated {text = ...} table
    terms = set(project["license"].replace("(", " ").replace(")", " ").split()) - {"AND"}
    # the code; phoenix.json.gz's CAMEO-to-PLOVER table; the vendored Vega scripts and what
    # their bundles hold (d3 and others: ISC, robust-predicates: Unlicense, ColorBrewer: Apache)
    assert terms == {"MIT", "CC-BY-SA-4.0", "BSD-3-Clause", "ISC", "Apache-2.0", "Unlicense"}
    notice = (PACKAGE / "DATA-NOTICE.md").read_text(encoding="utf-8")
    assert "CC BY-SA 4.0" in notice
    vendor = (PACKAGE / "web" / "static" / "vendor" / "VENDOR.md").read_text(encoding="utf-8")
    assert "BSD-3-Clause" in vendor
    files = {p.relative_to(ROOT).as_posix() for g in project["license-files"] for p in ROOT.glob(g)}
    assert "LICENSE" in files and "src/accord/DATA-NOTICE.md" in files
    for licence in (PACKAGE / "web" / "static" / "vendor").glob("LICENSE-*.txt"):
        assert licence.relative_to(ROOT).as_posix() in files
    assert not any("License ::" in c for c in project["classifiers"])  # PEP 639: not both


def test_the_bundled_modules_of_the_vega_scripts_have_their_notices() -> None:
    """Session 44 (notices): vega.min.js is Vega's full bundle, with d3 (ISC; d3-ease
    BSD-3-Clause), delaunator, robust-predicates (Unlicense), topojson-client and ColorBrewer's
    schemes (Apache-2.0, in d3-scale-chromatic); vega-embed.min.js holds fast-json-patch and
    json-stringify-pretty-compact (MIT) and semver (ISC). Only Vega's licences were beside
    them (the packaging trial's finding 11)."""
    vendor = PACKAGE / "web" / "static" / "vendor"
    script = (vendor / "vega.min.js").read_text(encoding="utf-8")
    # code of theirs in the bundle: ColorBrewer's Set1, d3-delaunay, d3-ease, robust-predicates
    for mark in ("e41a1c377eb84daf4a984ea3ff7f00", "_delaunator", "easeBounce", "134217729"):
        assert mark in script, mark
    bundled = (vendor / "LICENSE-vega-bundled.txt").read_text(encoding="utf-8")
    for module in ("d3-array", "d3-ease", "d3-geo", "d3-scale-chromatic", "delaunator"):
        assert f"\n{module} " in bundled, module
    for module in ("robust-predicates", "topojson-client", "internmap", "d3-delaunay"):
        assert f"\n{module} " in bundled, module
    assert "ColorBrewer" in bundled and "Licensed under the Apache License, Version 2.0" in bundled
    assert "GeographicLib" in bundled and "Robert Penner" in bundled
    apache = (vendor / "LICENSE-apache-2.0.txt").read_text(encoding="utf-8")
    assert "Apache License" in apache and "END OF TERMS AND CONDITIONS" in apache
    embed = (vendor / "vega-embed.min.js").read_text(encoding="utf-8")
    assert "JsonPatchError" in embed and "SEMVER_SPEC_VERSION" in embed
    embedded = (vendor / "LICENSE-vega-embed-bundled.txt").read_text(encoding="utf-8")
    for module in ("fast-json-patch", "json-stringify-pretty-compact", "semver"):
        assert f"\n{module} " in embedded, module
    vendor_md = (vendor / "VENDOR.md").read_text(encoding="utf-8")
    notice = (PACKAGE / "DATA-NOTICE.md").read_text(encoding="utf-8")
    licences = sorted(p.name for p in vendor.glob("LICENSE-*.txt"))
    assert len(licences) == 7
    for name in licences:
        assert name in vendor_md, name
    for name in ("LICENSE-vega-bundled.txt", "LICENSE-apache-2.0.txt"):
        assert name in notice, name


def test_metadata_a_distribution_reads_is_there() -> None:
    project = _project()["project"]
    assert isinstance(project, dict)
    assert project["requires-python"] == ">=3.11"
    assert "Programming Language :: Python :: 3.11" in project["classifiers"]
    assert project["authors"] and project["scripts"] == {"accord": "accord.cli:main"}


def test_the_sdist_lists_the_test_suite_the_notices_and_every_package_file(
    tmp_path: Path,
) -> None:
    # setuptools 77 reads an SPDX licence string (a fresh 3.11 venv has 65, which cannot)
    pytest.importorskip("setuptools", minversion="77")
    setup = "from setuptools import setup; setup()"
    done = subprocess.run(
        [sys.executable, "-c", setup, "-q", "egg_info", "--egg-base", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONWARNINGS": "ignore"},
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "deprecated" not in done.stderr.lower(), done.stderr
    listed = set((tmp_path / "accord.egg-info" / "SOURCES.txt").read_text().splitlines())
    for name in (
        "MANIFEST.in",
        "CHANGELOG.md",
        "CITATION.cff",
        "LICENSE",
        "README.md",
        "tests/conftest.py",
        "tests/helpers.py",
        "tests/__init__.py",
        "tests/cli/test_main_module.py",
        "tests/data/news/seed-article.json",
        "docs/deployment.md",
        "docs/schema/scenario.schema.json",
        "examples/ukraine-end-to-end.ipynb",
        "bench/common.py",
    ):
        assert name in listed, f"{name} is not in the sdist"
    tests = {p.relative_to(ROOT).as_posix() for p in (ROOT / "tests").rglob("test_*.py")}
    assert not tests - listed, f"test modules not in the sdist: {sorted(tests - listed)[:5]}"
    missing = {f"src/accord/{name}" for name in _package_files()} - listed
    assert not missing, f"package files not in the sdist: {sorted(missing)}"
    assert not [n for n in listed if n.endswith((".pyc", ".pyo")) or "__pycache__" in n]
    assert not [n for n in listed if n.startswith("docs/data/")]  # 100 MB of session data
