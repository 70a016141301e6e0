"""Session 30's fixes of `accord ingest` and the article readers (session 29's trial, findings
11 and 12, and the Parquet corpus): an ingest that reads nothing makes no store, a row without
`text` names the file, the line and the field, and a Parquet corpus's missing values (NaN,
pandas' missing value in a float column) read as JSON Lines' do."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from accord.news.corpus import read_parquet
from accord.news.readers import read_file
from accord.store import NewSqliteFile
from tests.helpers import run_cli

ARTICLE = "France and Germany met in Paris on 3 March 2025."


@pytest.mark.parametrize("sharded", [False, True])
def test_an_ingest_that_reads_nothing_makes_no_store(tmp_path: Path, sharded: bool) -> None:
    (tmp_path / "empty").mkdir()
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "a.txt").write_bytes(b"\x00\x01 not an article")
    extra = ["--workers", "1"] if sharded else []
    for given in (tmp_path / "empty", bad, tmp_path / "typo"):
        db = tmp_path / "new" / "store.db"
        code, output = run_cli("ingest", str(given), "--db", str(db), *extra)
        assert code == 1, output
        assert "nothing was read, so no store was made" in output and "store.db" in output
        assert not db.exists() and not (tmp_path / "new").exists()  # nor the folder made for it
    # a store that was there stays, and one ingest that reads something makes one
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "store.db"
    assert run_cli("ingest", str(article), "--db", str(db), "--no-code", *extra)[0] == 0
    code, output = run_cli("ingest", str(tmp_path / "empty"), "--db", str(db), *extra)
    assert code == 1 and db.is_file() and "no store was made" not in output


def test_a_new_sqlite_file_is_known_and_discarded(tmp_path: Path) -> None:
    assert NewSqliteFile.of("postgresql://u@h/db") is None
    assert NewSqliteFile.of("sqlite://") is None  # in memory
    there = tmp_path / "there.db"
    there.write_bytes(b"")
    assert NewSqliteFile.of(str(there)) is None
    new = NewSqliteFile.of(str(tmp_path / "a" / "b" / "s.db"))
    assert new is not None and new.made_below == tmp_path
    (tmp_path / "a" / "b").mkdir(parents=True)
    _store_file(new.path, documents=0)
    Path(f"{new.path}-wal").write_bytes(b"")
    assert new.discard()
    assert list(tmp_path.iterdir()) == [there]


def _store_file(path: Path, documents: int) -> None:
    """A SQLite file shaped as a new store: its bookkeeping filled, ``documents`` rows."""
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("CREATE TABLE accord_news_version (version_num TEXT)")
        conn.execute("INSERT INTO accord_news_version VALUES ('0001')")
        conn.execute("CREATE TABLE accord_meta (key TEXT, value TEXT)")
        conn.execute("INSERT INTO accord_meta VALUES ('schema_version', '2')")
        conn.execute("CREATE TABLE documents (id INTEGER)")
        conn.executemany("INSERT INTO documents VALUES (?)", [(i,) for i in range(documents)])


def test_a_new_store_another_writer_stored_into_is_kept(tmp_path: Path) -> None:
    """Two ingests into one new store at once, one of which reads nothing: the other's
    documents stay (nothing is lost under concurrent writers), and the message says so."""
    new = NewSqliteFile.of(str(tmp_path / "store.db"))
    assert new is not None
    _store_file(new.path, documents=1)  # the other writer's document, stored meanwhile
    assert not new.discard() and new.path.is_file()
    with closing(sqlite3.connect(new.path)) as conn:
        assert conn.execute("SELECT COUNT(*) FROM documents").fetchone() == (1,)
    with closing(sqlite3.connect(new.path)) as conn:  # a writer holding the lock: in use
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("DELETE FROM documents")
        assert not new.discard() and new.path.is_file()


def test_a_row_without_text_names_the_file_the_line_and_the_field(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    rows = [
        {"title": "No text", "body": ARTICLE},
        {"text": None},
        {"text": "  "},
        {"text": ARTICLE},
    ]
    path.write_text("\n".join(json.dumps(row) for row in rows), encoding="utf-8")
    result = read_file(path)
    assert [str(p) for p in result.problems] == [
        f"{path}: line 1: text: missing; each row needs its article's text (the row's "
        "fields: title, body)",
        f"{path}: line 2: text: is null; each row needs its article's text",
        f"{path}: line 3: text: empty text (got '  ')",
    ]
    assert len(result.documents) == 1
    assert all("got None" not in str(p) for p in result.problems)


def test_parquet_missing_values_read_as_json_lines_do(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    nan = float("nan")
    table = pa.table(
        {
            "text": pa.array([ARTICLE, None, "", ARTICLE]),
            "title": pa.array([nan, 1.0, 2.0, nan]),
            "date": pa.array([nan, nan, nan, float("inf")]),
        }
    )
    parquet = tmp_path / "corpus.parquet"
    pq.write_table(table, parquet)
    jsonl = tmp_path / "corpus.jsonl"
    jsonl.write_text(
        "\n".join(
            [
                f'{{"text": "{ARTICLE}", "title": NaN, "date": NaN}}',
                '{"text": null, "title": 1.0, "date": NaN}',
                '{"text": "", "title": 2.0, "date": NaN}',
                f'{{"text": "{ARTICLE}", "title": NaN, "date": Infinity}}',
            ]
        ),
        encoding="utf-8",
    )
    from_parquet, from_jsonl = read_parquet(parquet), read_file(jsonl)

    def said(problems: list[object], file: Path, unit: str) -> list[str]:
        return [str(p).replace(f"{file}: {unit} ", "") for p in problems]

    assert said(from_parquet.problems, parquet, "row") == said(from_jsonl.problems, jsonl, "line")
    assert said(from_parquet.problems, parquet, "row") == [
        "2: text: is null; each row needs its article's text",
        "3: text: empty text (got '')",
    ]
    # a NaN date or title is no date or title (the article's own date, from its text), not
    # "expected a date string (got nan)" as before session 30
    assert [d.date for d in from_parquet.documents] == [d.date for d in from_jsonl.documents]
    assert [d.meta["date_from"] for d in from_parquet.documents] == ["text", "text"]
    nulls = pa.table({"text": pa.array([nan, 1.5])})
    pq.write_table(nulls, parquet)
    assert said(read_parquet(parquet).problems, parquet, "row") == [
        "1: text: is null; each row needs its article's text",
        "2: text: expected the article's text as a string (got 1.5)",
    ]


def test_the_news_readers_share_the_public_date_hint(tmp_path: Path) -> None:
    """The hint for a date given day or month first is one public function, accord.text's,
    that the scenario reader, the article readers and the date options share; the readers
    imported it, private, from accord.scenario.io (session 30)."""
    import ast
    import inspect

    import accord.news.readers as readers
    import accord.scenario.io as scenario_io
    from accord.text import date_rewritten

    tree = ast.parse(inspect.getsource(readers))
    private = [
        f"{node.module}.{alias.name}"
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("accord")
        for alias in node.names
        if alias.name.startswith("_")
    ]
    assert private == []
    assert not hasattr(scenario_io, "_date_rewritten")  # moved, not copied
    hint = date_rewritten("06/05/2025")
    assert hint == "write 2025-05-06 if the day comes first, 2025-06-05 if the month does"
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"text": ARTICLE, "date": "06/05/2025"}), encoding="utf-8")
    (problem,) = read_file(path).problems
    assert hint in str(problem)
    code, output = run_cli("ingest", str(path), "--date-if-missing", "06/05/2025")
    assert code == 2 and hint in " ".join(output.split())
