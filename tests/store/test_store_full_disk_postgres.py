"""A real full disk under PostgreSQL (issue 12): the stores' tables live in a tablespace on a
small tmpfs that the test mounts, so the server's own "could not extend file ... No space left
on device" ends the transaction in flight. Afterwards the store opens, holds every committed
record exactly once and no half record, and once the file system is given room a rerun
completes. Needs root (to mount) and the test PostgreSQL on this machine
(``ACCORD_TEST_POSTGRES_URL``, as ``.ci/run`` starts it); skipped otherwise.
"""

from __future__ import annotations

import os
import random
import shutil
import string
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from accord.errors import DataError
from tests.helpers import accord_command
from tests.store.test_hardening_store_faults import _assert_whole, _postgres_url

TABLESPACE = "accord_fault_small"
SCHEMA = "accord_fault_full"


def _incompressible_articles(folder: Path, count: int, chars: int, seed: int = 0) -> list[Path]:
    """Articles of random letters: PostgreSQL compresses long texts (TOAST), and the disk must
    fill with a few of them, not with hundreds."""
    rng = random.Random(seed)
    folder.mkdir(parents=True)
    paths = []
    for k in range(count):
        words = (
            "".join(rng.choices(string.ascii_lowercase, k=rng.randint(2, 9)))
            for _ in range(chars // 6)
        )
        path = folder / f"a{k:03d}.txt"
        path.write_text(f"Story {k}\n\n2025-02-24. {' '.join(words)}.\n", encoding="utf-8")
        paths.append(path)
    return paths


@dataclass
class SmallSpace:
    """A PostgreSQL URL whose new tables go to a tablespace on a tmpfs of ``size`` bytes."""

    url: str
    mount: Path

    def resize(self, size: str) -> None:
        subprocess.run(["mount", "-o", f"remount,size={size}", str(self.mount)], check=True)


def _admin(url: str, *statements: str) -> None:
    """Statements that cannot run in a transaction block (CREATE/DROP TABLESPACE)."""
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as con:
            for statement in statements:
                con.execute(text(statement))
    finally:
        engine.dispose()


@pytest.fixture
def small_space() -> Iterator[SmallSpace]:
    url = _postgres_url()
    parsed = make_url(url)
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("needs root to mount a small tmpfs for a tablespace")
    if parsed.host not in (None, "", "127.0.0.1", "localhost", "::1"):
        pytest.skip("the test PostgreSQL is not on this machine; cannot place a tablespace")
    engine = create_engine(url)
    with engine.connect() as con:
        data_dir = Path(str(con.execute(text("SHOW data_directory")).scalar_one()))
    engine.dispose()
    if not data_dir.is_dir():
        pytest.skip("the test PostgreSQL's data directory is not visible here")
    owner = data_dir.stat()
    mount = Path(tempfile.mkdtemp(prefix="accord-pg-small-"))  # in /tmp: the server can reach it
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o",
         f"size=1m,mode=0700,uid={owner.st_uid},gid={owner.st_gid}", "tmpfs", str(mount)],
        capture_output=True,
    )  # fmt: skip
    if made.returncode != 0:
        mount.rmdir()
        pytest.skip(f"cannot mount a tmpfs here: {made.stderr.decode().strip()}")
    try:
        _admin(
            url,
            f"DROP SCHEMA IF EXISTS {SCHEMA} CASCADE",
            f"DROP TABLESPACE IF EXISTS {TABLESPACE}",
            f"CREATE TABLESPACE {TABLESPACE} LOCATION '{mount}'",
            f"CREATE SCHEMA {SCHEMA}",
        )
        options = f"-c default_tablespace={TABLESPACE} -c search_path={SCHEMA}"
        yield SmallSpace(parsed.update_query_dict({"options": options}).render_as_string(False),
                         mount)  # fmt: skip
    finally:
        _admin(url, f"DROP SCHEMA IF EXISTS {SCHEMA} CASCADE",
               f"DROP TABLESPACE IF EXISTS {TABLESPACE}")  # fmt: skip
        subprocess.run(["umount", "-l", str(mount)], check=False)
        mount.rmdir()


def test_full_tablespace_during_ingest_then_rerun(tmp_path: Path, small_space: SmallSpace) -> None:
    """`accord ingest` on PostgreSQL runs out of disk: one line naming the fault, exit 2, the
    documents before it whole and once; with room the rerun stores the rest."""
    paths = _incompressible_articles(tmp_path / "in", 30, chars=60_000)
    args = ("ingest", str(tmp_path / "in"), "--db", small_space.url, "--no-code",
            "--date-if-missing", "2025-02-24")  # fmt: skip
    full = subprocess.run(accord_command(*args), capture_output=True, text=True)
    assert full.returncode == 2, full.stderr
    assert "Traceback" not in full.stderr
    errors = [line for line in full.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "No space left on device" in errors[0]
    assert "INSERT" not in full.stderr  # the driver's message, not the statement and its text
    stored = _assert_whole(small_space.url, len(paths))
    assert 1 <= stored < len(paths), "the disk filled too early or not at all"
    small_space.resize("64m")
    rerun = subprocess.run(accord_command(*args), capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    assert _assert_whole(small_space.url, len(paths)) == len(paths)


def test_full_tablespace_during_ledger_writes(small_space: SmallSpace) -> None:
    """Ledger appends on PostgreSQL until the disk is full: a DataError naming the ledger and
    the fault, every record before it whole and once; with room appending works again."""
    from accord.forecast import forecast
    from accord.ledger import Ledger, record_of
    from accord.scenario import load_bundled

    record = record_of(forecast(load_bundled("ec-emissions-1994"), "bdm"))
    added: list[int] = []
    with Ledger(small_space.url) as ledger:
        with pytest.raises(DataError, match="No space left on device") as failure:
            for _ in range(100_000):
                added.append(ledger.add_record(record).id or 0)
        assert "cannot record the forecast in" in str(failure.value)
        assert "Traceback" not in str(failure.value)
        assert len(added) >= 1
        kept = ledger.records("ec-emissions-1994")
        assert [r.id for r in kept] == added  # every committed record once, in order
        assert all(r.output == kept[0].output for r in kept)
    small_space.resize("64m")
    with Ledger(small_space.url) as ledger:
        new = ledger.add_record(record)
        assert new.id not in added
        assert len(ledger.records("ec-emissions-1994")) == len(added) + 1
