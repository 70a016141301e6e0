"""Session 36 (honest), task 1: a file that is not UTF-8 is read as Windows-1252, and now says
so: on the reader's result, in the ingest report, on stderr (one grouped warning), in the
library's warnings and the web API's answer. The text read is the same as before."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest
from typer.testing import CliRunner

import accord
import accord.news.corpus as corpus_module  # bound before any patch: it imports default_coder
import accord.news.ingest as ingest_module
from accord.cli import app
from accord.news.readers import FALLBACK_ENCODING, NotUtf8, read_data, read_file
from tests.news.test_ingest import FakeCoder

runner = CliRunner()

LATIN = "Le président français a rencontré le ministre allemand à Berlin mardi.\n"
SHIFT_JIS = "日本と中国の外相は東京で会談した。\n"
ENGLISH = "France and Germany signed a trade agreement in Berlin on 3 March 2025.\n"


def _files(folder: Path, how_many: int = 1) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "english.txt").write_text(ENGLISH, encoding="utf-8")
    (folder / "latin.txt").write_bytes(LATIN.encode("latin-1"))
    # U+0081 in Latin-1 is a byte Windows-1252 has no character for: one lost byte
    (folder / "lost.txt").write_bytes(("Talks in Paris \x81 " + ENGLISH).encode("latin-1"))
    for n in range(how_many):
        (folder / f"tokyo{n}.txt").write_bytes(f"Tokyo {n} ".encode() + SHIFT_JIS.encode("sjis"))
    return folder


def test_the_result_says_which_file_was_not_utf8(tmp_path: Path) -> None:
    folder = _files(tmp_path / "in")
    assert read_file(folder / "english.txt").not_utf8 is None
    latin = read_file(folder / "latin.txt")
    assert latin.not_utf8 == NotUtf8(str(folder / "latin.txt"), FALLBACK_ENCODING, 0)
    lost = read_file(folder / "lost.txt").not_utf8
    assert lost is not None and lost.replaced == 1
    assert lost.describe() == f"{folder / 'lost.txt'} (1 byte(s) undecodable)"
    # the text read is what it was before session 36: Windows-1252, errors replaced
    assert latin.documents[0].text == LATIN.strip()
    tokyo = read_file(folder / "tokyo0.txt")
    raw = (folder / "tokyo0.txt").read_bytes()
    assert tokyo.documents[0].text == raw.decode("cp1252", errors="replace").strip()


@pytest.mark.parametrize("name", ["a.jsonl", "a.csv", "a.html"])
def test_every_reader_that_decodes_says_so(name: str) -> None:
    text = "Le ministre français a rencontré son homologue allemand à Berlin hier soir."
    body = {
        "a.jsonl": '{"text": "' + text + '"}\n',
        "a.csv": "text\n" + text + "\n",
        "a.html": f"<html><body><article><p>{text}</p></article></body></html>",
    }[name]
    result = read_data(body.encode("latin-1"), name)
    assert result.not_utf8 is not None and result.not_utf8.path == name
    assert read_data(body.encode("utf-8"), name).not_utf8 is None


def test_ingest_warns_once_with_three_files_and_a_count(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ingest_module, "default_coder", FakeCoder)
    folder = _files(tmp_path / "in", how_many=3)
    db = tmp_path / "s.db"
    result = runner.invoke(app, ["ingest", str(folder), "--db", str(db)])
    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())
    assert said.count("were not UTF-8") == 1
    assert f"5 file(s) were not UTF-8 and were read as {FALLBACK_ENCODING}" in said
    assert "and 2 more" in said
    # Shift-JIS uses bytes Windows-1252 lacks: 2 in each Tokyo file, 1 in lost.txt
    assert "7 byte(s) could not be decoded at all" in said
    assert "english.txt" not in said.split("were not UTF-8")[1]


def test_a_utf8_ingest_says_nothing_of_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ingest_module, "default_coder", FakeCoder)
    (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), "--db", str(tmp_path / "s")])
    assert result.exit_code == 0, result.output
    assert "UTF-8" not in result.output


def test_events_code_shard_by_shard_warns_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the sharded path reads its own binding of default_coder (accord.news.corpus)
    monkeypatch.setattr(corpus_module, "default_coder", FakeCoder)
    folder = _files(tmp_path / "in")
    args = ["events", "code", str(folder), "--db", str(tmp_path / "s.db"), "--workers", "1"]
    result = runner.invoke(app, [*args, "--date-if-missing", "2025-03-03"])
    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())
    assert "3 file(s) were not UTF-8" in said
    assert "lost.txt (1 byte(s) undecodable)" in said
    assert "3 byte(s) could not be decoded at all" in said


def test_the_library_reports_it_on_the_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ingest_module, "default_coder", FakeCoder)
    folder = _files(tmp_path / "in")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        report = accord.ingest(folder, tmp_path / "s.db", date_if_missing="2025-03-03")
    assert sorted(Path(item.path).name for item in report.not_utf8) == [
        "latin.txt",
        "lost.txt",
        "tokyo0.txt",
    ]
    assert [item.replaced for item in sorted(report.not_utf8, key=lambda i: i.path)] == [0, 1, 2]
    assert any("were not UTF-8" in str(w.message) for w in caught)
    assert "not_utf8" not in report.to_frame().columns
