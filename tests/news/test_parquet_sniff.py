"""A Parquet corpus is known by its magic bytes, not its name (session 21): ``accord events
code`` reads one of any name, refuses a ``.parquet`` file that is not Parquet in one line, and
``accord ingest`` (which reads articles) says where such a file goes whatever its name."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from accord.cli import app
from accord.news.readers import PARQUET_MAGIC, file_is_parquet, is_parquet
from accord.news.store import Store
from tests.news.test_ingest import ARTICLE

runner = CliRunner()


def _parquet_corpus(path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    pa = pytest.importorskip("pyarrow")
    pq.write_table(pa.table({"text": [ARTICLE], "date": ["2025-02-10"]}), path)


@settings(max_examples=60, deadline=None)
@given(
    head=st.sampled_from([b"", PARQUET_MAGIC, b"PAR", b"{"]),
    body=st.binary(max_size=12),
    tail=st.sampled_from([b"", PARQUET_MAGIC, b"AR1"]),
)
def test_the_file_detector_reads_only_the_ends_and_agrees_with_the_bytes(
    tmp_path_factory: pytest.TempPathFactory, head: bytes, body: bytes, tail: bytes
) -> None:
    data = head + body + tail
    path = tmp_path_factory.mktemp("sniff") / "file"
    path.write_bytes(data)
    assert file_is_parquet(path) == is_parquet(data)
    magic = len(PARQUET_MAGIC)
    assert is_parquet(data) == (
        len(data) >= 2 * magic and data[:magic] == PARQUET_MAGIC == data[-magic:]
    )


def test_a_missing_file_is_not_parquet(tmp_path: Path) -> None:
    assert not file_is_parquet(tmp_path / "absent.parquet")


@pytest.mark.parametrize("name", ["corpus.data", "corpus", "corpus.jsonl"])
def test_events_code_reads_a_parquet_corpus_whatever_its_name(tmp_path: Path, name: str) -> None:
    corpus = tmp_path / name
    _parquet_corpus(corpus)
    db = str(tmp_path / "x.db")
    coded = runner.invoke(app, ["events", "code", str(corpus), "--db", db])
    assert coded.exit_code == 0, coded.output
    with Store(db) as store:
        assert store.count()["documents"] == 1


@pytest.mark.parametrize("content", [b'{"text": "France met Germany."}\n', b"PAR1 cut short"])
def test_a_parquet_name_on_other_content_is_one_line_naming_the_file(
    tmp_path: Path, content: bytes
) -> None:
    pytest.importorskip("pyarrow")
    fake = tmp_path / "fake.parquet"
    fake.write_bytes(content)
    done = runner.invoke(app, ["events", "code", str(fake), "--db", str(tmp_path / "x.db")])
    assert done.exit_code == 1
    said = " ".join(done.output.split())  # Rich wraps long lines
    assert f"{fake}: not a Parquet file (it does not start and end with the bytes PAR1)" in said
    assert "Traceback" not in done.output and "magic bytes not found" not in said


def test_ingest_points_a_parquet_file_of_any_name_to_events_code(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.txt"
    _parquet_corpus(corpus)
    refused = runner.invoke(app, ["ingest", str(corpus), "--db", str(tmp_path / "x.db")])
    assert refused.exit_code != 0
    said = " ".join(refused.output.split())
    assert f"{corpus}: a Parquet file, which `accord ingest` does not read" in said
