"""The README's usage examples run as written (issue 13, item 7).

Every shell line of the README's "Usage" section (not the quick start's install commands) is
run with bash, as written, from the scratch folder that the section's first block makes
(``cd "$(mktemp -d)" && cp -r "$OLDPWD/examples/data" .``), with ``SHARED`` as that block sets
it. A section's lines run in order in one scratch folder, since later lines read what earlier
ones wrote (``convert ... out.yaml`` then ``validate out.yaml``). The setup block's
``export ACCORD_DB`` puts the news store and the ledger in the scratch folder (session 22: the
README's ledger lines append a resolution, which a user's own ledger would keep for good), and
each line runs with it; ``HOME`` and the data directories point into a temporary folder too.
Each line must exit 0, and the repository must hold no new file afterwards.

The lines start one process each (about 55, most 1-3 s, a few 12-18 s: two or three minutes
in all), so they run where ``ACCORD_README=1`` is set, as ``.ci/run`` sets it; elsewhere each
is skipped and says so. Lines that cannot run here are skipped by name, with the reason, never
silently: those that stand for the reader's own files or cluster (the README says so), and
those that take minutes (the rolling-origin evaluation, a million-run ensemble);
``ACCORD_README_ALL=1`` runs the slow ones too. A test checks that each skipped line is still in
the README, so the list cannot rot.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.helpers import ROOT, SHARED

README = ROOT / "README.md"

PLACEHOLDERS = {
    "accord ingest corpus/": "corpus/ stands for the reader's own files (README: At scale)",
    "accord events code 'archive/": "archive/ and the scheduler address stand for the reader's",
}
# ``votes evaluate``, ``votes fit`` and the backtest of the learned forecaster took minutes once
# and were skipped; since issue 9's speed-ups each takes 12-18 s (session 22), so they run
SLOW = {
    "accord votes rolling": "fits the roll-call model once per session, 19 times (minutes)",
    "accord forecast ukraine-2025-02 --engine bdm --runs 1000000": "a million-run ensemble "
    "(minutes; the README says so)",
}
RUN_ALL = os.environ.get("ACCORD_README_ALL") == "1"
RUN = RUN_ALL or os.environ.get("ACCORD_README") == "1"
NOT_RUN = (
    "the README's usage lines take two or three minutes (a process each): "
    "ACCORD_README=1 runs them (.ci/run does)"
)


@dataclass(frozen=True)
class Example:
    section: str
    line: str

    @property
    def skip_reason(self) -> str | None:
        for prefix, reason in PLACEHOLDERS.items():
            if self.line.startswith(prefix):
                return reason
        for prefix, reason in SLOW.items():
            if self.line.startswith(prefix) and not RUN_ALL:
                return f"slow: {reason}; ACCORD_README_ALL=1 runs it"
        return None


def _usage() -> str:
    text = README.read_text(encoding="utf-8")
    return text.split("\n## Usage\n", 1)[1].split("\n## ", 1)[0]


def _lines(block: str) -> list[str]:
    """A bash block's commands: continuation lines joined, blank lines left out."""
    joined = re.sub(r"\\\n\s*", "", block)
    return [line.strip() for line in joined.splitlines() if line.strip()]


def setup_block() -> str:
    return str(re.findall(r"```bash\n(.*?)```", _usage(), re.S)[0])


def examples() -> list[Example]:
    found = []
    for part in re.split(r"\n### ", _usage())[1:]:
        section = part.splitlines()[0].strip()
        for block in re.findall(r"```bash\n(.*?)```", part, re.S):
            found += [Example(section, line) for line in _lines(block)]
    return found


EXAMPLES = examples()


def test_the_usage_section_is_found() -> None:
    """The extraction finds the sections and lines (so the tests below test something)."""
    sections = {e.section for e in EXAMPLES}
    assert {"Scenarios", "Forecasts", "The forecast ledger", "Institutions", "News"} <= sections
    assert len(EXAMPLES) >= 40
    assert 'cd "$(mktemp -d)"' in setup_block()
    assert 'export ACCORD_DB="$PWD/accord.db"' in setup_block()


def test_every_skipped_line_is_still_in_the_readme() -> None:
    lines = [e.line for e in EXAMPLES]
    for prefix in [*PLACEHOLDERS, *SLOW]:
        assert any(line.startswith(prefix) for line in lines), prefix


def _git_status() -> str:
    done = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=all"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, object]]:
    """A fresh home for the stores, the environment the lines run in, one scratch folder per
    section (made by the README's own setup block), and the repository's state before."""
    home = tmp_path_factory.mktemp("home")
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        "TMPDIR": str(tmp_path_factory.mktemp("scratch")),
        "COLUMNS": "120",
    }
    for name in ("ACCORD_DB", "ACCORD_LEDGER_DB"):
        env.pop(name, None)
    state: dict[str, object] = {"env": env, "scratch": {}, "before": _git_status()}
    yield state
    for folder in state["scratch"].values():  # type: ignore[attr-defined]
        shutil.rmtree(folder, ignore_errors=True)


def _scratch(sandbox: dict[str, object], section: str) -> Path:
    """The section's scratch folder, made by running the README's setup block as written."""
    folders: dict[str, Path] = sandbox["scratch"]  # type: ignore[assignment]
    if section not in folders:
        env: dict[str, str] = sandbox["env"]  # type: ignore[assignment]
        done = subprocess.run(
            ["bash", "-c", f"set -e\n{setup_block()}\npwd"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 0, done.stderr
        folders[section] = Path(done.stdout.strip().splitlines()[-1])
        assert (folders[section] / "data" / "dummyData_3Dim.csv").is_file()
    return folders[section]


@pytest.mark.parametrize("example", EXAMPLES, ids=[f"{e.section}: {e.line[:60]}" for e in EXAMPLES])
def test_usage_line_runs_as_written(example: Example, sandbox: dict[str, object]) -> None:
    if not RUN:
        pytest.skip(NOT_RUN)
    if example.skip_reason:
        pytest.skip(example.skip_reason)
    if "$SHARED" in example.line and not SHARED.is_dir():
        if os.environ.get("ACCORD_REQUIRE_SHARED"):
            pytest.fail(f"{SHARED} is missing and ACCORD_REQUIRE_SHARED is set")
        pytest.skip("needs ../shared, which is not present")
    if "--coder nlp" in example.line and importlib.util.find_spec("spacy") is None:
        pytest.skip("needs the [nlp] extra (.ci/run installs it)")
    folder = _scratch(sandbox, example.section)
    env: dict[str, str] = {**sandbox["env"], "SHARED": str(ROOT / ".." / "shared")}  # type: ignore[dict-item]
    env["OLDPWD"] = str(ROOT)
    env["ACCORD_DB"] = str(folder / "accord.db")  # as the setup block exports it
    done = subprocess.run(
        ["bash", "-c", example.line],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0, f"{example.line}\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}"
    assert "Traceback" not in done.stderr


def test_no_stray_files_in_the_repository(sandbox: dict[str, object]) -> None:
    """Runs last in this module: the lines above left the repository as they found it."""
    if not RUN:
        pytest.skip(NOT_RUN)
    assert _git_status() == sandbox["before"]
