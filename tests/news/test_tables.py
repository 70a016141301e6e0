"""The shipped, prebuilt tables of the rules coder (issue 14, session 13: start-up):
``accord/news/data/tables.pickle.zlib`` must be current and equal to a fresh build from the
package's sources; a stale file is not used; a missing one is a clear error."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from accord.errors import DataError
from accord.news import tables


@pytest.fixture(autouse=True)
def _fresh_cache() -> Iterator[None]:
    tables.shipped.cache_clear()
    yield
    tables.shipped.cache_clear()


def test_the_shipped_tables_were_written_from_the_present_sources() -> None:
    """Fails after an edit of curated.yaml, phoenix.json.gz, gazetteer.py, coding.py or
    tables.py until ``python -m accord.news.tables`` is run (the coder is right meanwhile: it
    builds the tables itself, only more slowly)."""
    assert tables.shipped() is not None, "stale: run python -m accord.news.tables"


def test_the_shipped_tables_equal_a_fresh_build() -> None:
    shipped, built = tables.shipped(), tables.build()
    assert shipped is not None
    assert shipped.gazetteer == built.gazetteer
    assert shipped.gazetteer.prefixes == built.gazetteer.prefixes  # compare=False fields
    assert shipped.lexicon == built.lexicon
    assert shipped.lexicon.prefixes == built.lexicon.prefixes


def test_tables_written_from_other_sources_are_not_used(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(tables, "sources_key", lambda: "0" * 64)
    assert tables.shipped() is None


def test_the_key_covers_the_data_files_and_the_building_modules(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    key = tables.sources_key()
    monkeypatch.setattr(tables, "SOURCE_MODULES", ("gazetteer.py", "tables.py"))
    assert tables.sources_key() != key  # coding.py no longer hashed


def test_a_missing_tables_file_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tables, "TABLES_FILE", "no-such-tables.pickle.zlib")
    with pytest.raises(DataError, match=r"python -m accord\.news\.tables"):
        tables.shipped()


def test_write_records_the_key_of_the_sources(tmp_path: Path) -> None:
    path = tables.write(tmp_path)
    assert (
        path.read_bytes().partition(b"\n")[0] == tables.MAGIC + b" " + tables.sources_key().encode()
    )


def test_the_build_is_byte_reproducible_whatever_the_hash_seed(tmp_path: Path) -> None:
    """Session 33: the file differed from run to run (its size too), the prefix sets and the
    patterns' word sets pickled in the order of the process's string hash seed; now two builds
    in processes with different seeds write the same bytes, the shipped file's among them."""
    src = Path(tables.__file__).parents[2]
    code = "import sys; from pathlib import Path; from accord.news import tables as t; "
    code += "t.write(Path(sys.argv[1]))"
    runs = []
    for seed in ("1", "2"):
        folder = tmp_path / seed
        folder.mkdir()
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(src)}
        command = [sys.executable, "-c", code, str(folder)]
        runs.append((folder, subprocess.Popen(command, env=env)))  # both at once
    written = []
    for folder, process in runs:
        assert process.wait(timeout=600) == 0
        written.append((folder / tables.TABLES_FILE).read_bytes())
    assert written[0] == written[1]
    shipped = Path(tables.__file__).parent / "data" / tables.TABLES_FILE
    assert shipped.read_bytes() == written[0], "stale: run python -m accord.news.tables"
