"""Readers and the ingest pipeline on small files written in tmp_path.

Event storage is tested with :class:`FakeCoder` (injected, so these tests do not depend on the
real PLOVER coder): it codes sentences "<Country> met/agreed with/rejected <Country>...".
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from collections.abc import Sequence
from pathlib import Path

import pandas as pd
import pytest

from accord.errors import DataError
from accord.news.ingest import (
    EXIT_NOTHING_INGESTED,
    EXIT_OK,
    REPORT_COLUMNS,
    expand_inputs,
    ingest,
)
from accord.news.readers import date_from_text, detect_kind, document_id, read_file
from accord.news.store import Store
from accord.news.types import ActorRef, Document, Event

COUNTRIES = {"France": "FRA", "Germany": "DEU", "Ukraine": "UKR", "Russia": "RUS", "Poland": "POL"}
VERBS = {"met": "CONSULT", "agreed": "AGREE", "rejected": "REJECT"}


class FakeCoder:
    """Codes "<A> [and <B>] met|agreed|rejected ... <C>" sentences; counts its calls."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, doc: Document) -> Sequence[Event]:
        self.calls += 1
        events = []
        for sentence in re.split(r"(?<=[.!?])\s+", doc.text):
            verb = next((v for v in VERBS if re.search(rf"\b{v}\b", sentence)), None)
            if verb is None:
                continue
            before, after = sentence.split(verb, 1)
            sources = tuple(ActorRef(c, "GOV", n, n) for n, c in COUNTRIES.items() if n in before)
            targets = tuple(ActorRef(c, "GOV", n, n) for n, c in COUNTRIES.items() if n in after)
            if sources:
                events.append(
                    Event(
                        VERBS[verb],
                        sources,
                        targets,
                        trigger=verb,
                        sentence=sentence,
                        confidence=0.9,
                    )
                )
        return events


def write(path: Path, text: str | bytes) -> Path:
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


ARTICLE = (
    "France and Germany met Ukraine in Paris to discuss a ceasefire. The talks lasted for "
    "hours and touched on security guarantees, reconstruction, and the future of sanctions. "
    "Officials said the meeting was constructive."
)


# --------------------------------------------------------------------------- readers


def test_text_reader_title_and_date_from_text(tmp_path: Path) -> None:
    path = write(
        tmp_path / "a.txt", f"Ceasefire talks in Paris\n\nPARIS, 24 February 2025 - {ARTICLE}\n"
    )
    (doc,) = read_file(path).documents
    assert doc.title == "Ceasefire talks in Paris"
    assert doc.date == dt.date(2025, 2, 24)
    assert doc.meta["date_from"] == "text"
    assert doc.path == str(path)
    assert doc.id == document_id(doc.text)


def test_text_reader_falls_back_to_mtime(tmp_path: Path) -> None:
    path = write(tmp_path / "b.txt", ARTICLE)
    stamp = dt.datetime(2025, 3, 1, 12, tzinfo=dt.UTC).timestamp()
    os.utime(path, (stamp, stamp))
    (doc,) = read_file(path).documents
    assert doc.date == dt.date(2025, 3, 1)
    assert doc.meta["date_from"] == "mtime"
    # a long first line is cut to its first sentence for the title
    assert doc.title == "France and Germany met Ukraine in Paris to discuss a ceasefire."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Published February 24, 2025 in Kyiv", dt.date(2025, 2, 24)),
        ("On 24 Feb. 2025, the leaders met", dt.date(2025, 2, 24)),
        ("Sept 3rd, 2024 and later 2025-01-01", dt.date(2024, 9, 3)),
        ("dated 2025-01-01; also March 5, 2024", dt.date(2025, 1, 1)),
        ("31 February 2025 is not a date", None),
        ("no date here at all", None),
    ],
)
def test_date_from_text(text: str, expected: dt.date | None) -> None:
    assert date_from_text(text) == expected


def test_document_id_ignores_layout() -> None:
    assert document_id("a  b\n\nc") == document_id("a b c")
    assert document_id("a b c") != document_id("a b d")


HTML = """<!DOCTYPE html><html><head><title>Leaders meet in Washington</title>
<meta property="article:published_time" content="2025-02-24T18:00:00Z">
<meta property="og:site_name" content="Example News"></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a> | Subscribe now</nav>
<article><h1>Leaders meet in Washington</h1>
<p>France and Germany met Ukraine in Washington on Monday, officials said, in talks that
focused on a ceasefire and on the security guarantees that Europe could offer.</p>
<p>Poland rejected Russia's proposal for a summit, saying that conditions had not been met and
that any negotiation had to include Ukraine from the start.</p></article>
<footer>Copyright Example News. All rights reserved. Cookie settings.</footer></body></html>"""


def test_html_reader_main_text_and_metadata(tmp_path: Path) -> None:
    path = write(tmp_path / "page.html", HTML)
    (doc,) = read_file(path).documents
    assert doc.title == "Leaders meet in Washington"
    assert doc.date == dt.date(2025, 2, 24)
    assert doc.meta["date_from"] == "metadata"
    assert "security guarantees" in doc.text
    assert "Subscribe" not in doc.text and "Cookie" not in doc.text


@pytest.mark.parametrize(
    "content",
    [
        "<html><body><script>var x = 1;</script><div></div></body></html>",
        "<html><body><<<<>>>>< /div>",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
    ],
)
def test_html_reader_rejects_broken_pages(tmp_path: Path, content: str | bytes) -> None:
    path = write(tmp_path / "broken.html", content)
    with pytest.raises(DataError, match=r"broken\.html"):
        read_file(path)


RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Wire Service</title><link>https://example.org</link>
<item><title>Paris talks</title><link>https://example.org/1</link>
<pubDate>Mon, 24 Feb 2025 10:00:00 GMT</pubDate>
<description>&lt;p&gt;France &lt;b&gt;met&lt;/b&gt; Ukraine in Paris.&lt;/p&gt;</description></item>
<item><title>No body</title><link>https://example.org/2</link></item>
<item><title>Warsaw</title><link>https://example.org/3</link>
<pubDate>Tue, 25 Feb 2025 09:00:00 GMT</pubDate>
<description>Poland rejected the plan.</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Desk</title><id>urn:x</id>
<updated>2025-02-26T00:00:00Z</updated>
<entry><title>Berlin</title><id>urn:x:1</id><link href="https://example.net/b"/>
<updated>2025-02-26T08:00:00Z</updated>
<content type="html">&lt;p&gt;Germany agreed with France on aid.&lt;/p&gt;</content></entry>
</feed>"""


def test_rss_reader(tmp_path: Path) -> None:
    result = read_file(write(tmp_path / "wire.rss", RSS))
    assert [d.title for d in result.documents] == ["Paris talks", "Warsaw"]
    first = result.documents[0]
    assert first.text == "France met Ukraine in Paris."
    assert first.date == dt.date(2025, 2, 24) and first.meta["date_from"] == "metadata"
    assert first.source == "Wire Service" and first.url == "https://example.org/1"
    (problem,) = result.problems
    assert problem.path == "entry 2" and "no text" in problem.message


def test_atom_reader_sniffed_without_extension(tmp_path: Path) -> None:
    path = write(tmp_path / "desk.download", ATOM)
    assert detect_kind(path, ATOM.encode()) == "feed"
    (doc,) = read_file(path).documents
    assert doc.text == "Germany agreed with France on aid."
    assert doc.date == dt.date(2025, 2, 26)
    assert doc.source == "Atom Desk" and doc.url == "https://example.net/b"


def test_empty_and_invalid_feeds(tmp_path: Path) -> None:
    empty = write(
        tmp_path / "empty.rss", '<rss version="2.0"><channel><title>x</title></channel></rss>'
    )
    with pytest.raises(DataError, match="no entries"):
        read_file(empty)
    junk = write(tmp_path / "junk.xml", "this is <not a feed")
    with pytest.raises(DataError, match=r"junk\.xml"):
        read_file(junk)


def test_jsonl_reader_reports_bad_rows_by_line(tmp_path: Path) -> None:
    rows = [
        json.dumps(
            {
                "title": "One",
                "text": ARTICLE,
                "date": "2025-02-24",
                "source": "S",
                "url": "https://x/1",
                "lang": "en",
            }
        ),
        "{not json",
        "",
        json.dumps({"title": "no text"}),
        json.dumps({"text": "Poland rejected it.", "date": "soon"}),
        json.dumps(["a", "list"]),
        json.dumps({"text": "Russia met Poland.", "date": "2025-02-25T08:30:00+01:00"}),
    ]
    result = read_file(write(tmp_path / "rows.jsonl", "\n".join(rows) + "\n"))
    assert [d.title for d in result.documents] == ["One", "Russia met Poland."]
    assert result.documents[0].meta["extra"] == {"lang": "en"}
    assert result.documents[1].date == dt.date(2025, 2, 25)
    assert [p.path for p in result.problems] == ["line 2", "line 4: text", "line 5: date", "line 6"]
    assert all(p.file == str(tmp_path / "rows.jsonl") for p in result.problems)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("bin.txt", b"\x00\x01\x02\x03ELF", "binary"),
        ("empty.txt", "   \n", "empty"),
        ("digits.txt", "1234 5678", "no words"),
        ("blank.jsonl", "\n\n", "empty"),
    ],
)
def test_bad_files_raise_data_error(
    tmp_path: Path, name: str, content: str | bytes, message: str
) -> None:
    with pytest.raises(DataError, match=message):
        read_file(write(tmp_path / name, content))


# --------------------------------------------------------------------------- ingest


def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    write(folder / "a.txt", f"Paris talks\n24 February 2025. {ARTICLE}")
    write(folder / "b.html", HTML)
    write(folder / "c.rss", RSS)
    write(
        folder / "d.jsonl",
        json.dumps({"text": "Russia met Poland.", "date": "2025-02-25"}) + "\n{broken\n",
    )
    write(folder / "e.bin", b"\x00\x00binary")
    return folder


def test_ingest_stores_codes_and_is_idempotent(tmp_path: Path) -> None:
    folder = corpus(tmp_path)
    coder = FakeCoder()
    with Store(f"sqlite:///{tmp_path / 'x.db'}") as store:
        report = ingest([folder], store, coder=coder)
        assert report.files == 5 and report.files_failed == 1
        assert report.added == 5 and report.documents_read == 5
        assert report.exit_code == EXIT_OK
        assert coder.calls == 5
        assert report.events_new > 0
        problems = [str(p) for p in report.problems]
        assert any("d.jsonl: line 2" in p for p in problems)
        assert any("e.bin" in p and "binary" in p for p in problems)
        counts = store.count()
        again = ingest([folder, folder / "a.txt"], store, coder=coder)
        assert again.added == 0 and again.already_present == 5
        assert coder.calls == 5  # stored documents are not coded again
        assert store.count() == counts
        assert again.exit_code == EXIT_OK


def test_ingest_same_text_other_layout_is_one_document(tmp_path: Path) -> None:
    one = write(tmp_path / "one.txt", ARTICLE)
    two = write(tmp_path / "two.txt", ARTICLE.replace(". ", ".\n\n"))
    with Store(f"sqlite:///{tmp_path / 'x.db'}") as store:
        report = ingest([one, two], store, coder=None)
        assert (report.added, report.already_present) == (1, 1)


def test_ingest_glob_missing_and_nothing_read(tmp_path: Path) -> None:
    write(tmp_path / "x.txt", ARTICLE)
    files, problems = expand_inputs(
        [str(tmp_path / "*.txt"), str(tmp_path / "nope.txt"), str(tmp_path / "*.none")]
    )
    assert files == [tmp_path / "x.txt"]
    assert [p.message for p in problems] == ["no such file or directory", "pattern matches no file"]
    bad = write(tmp_path / "bad.jsonl", "{oops\n")
    with Store(f"sqlite:///{tmp_path / 'x.db'}") as store:
        report = ingest([bad], store, coder=None)
        assert report.exit_code == EXIT_NOTHING_INGESTED
        assert report.added == 0


def test_coder_failure_skips_document_and_batch_goes_on(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", ARTICLE)
    write(tmp_path / "b.txt", "Poland rejected Russia. " + ARTICLE)
    fake = FakeCoder()

    def flaky(doc: Document) -> Sequence[Event]:
        if doc.text.startswith("Poland"):
            raise RuntimeError("boom")
        return fake(doc)

    with Store(f"sqlite:///{tmp_path / 'x.db'}") as store:
        report = ingest([tmp_path / "a.txt", tmp_path / "b.txt"], store, coder=flaky)
        assert (report.added, report.coding_failed) == (1, 1)
        assert "RuntimeError: boom" in str(report.problems[-1])
        # the skipped document is coded and stored once the coder works
        again = ingest([tmp_path / "b.txt"], store, coder=fake)
        assert again.added == 1
    # session 21: the report as a table, one row per run, so that runs concatenate
    frame = pd.concat([report.to_frame(), again.to_frame()], ignore_index=True)
    assert list(frame.columns) == list(REPORT_COLUMNS)
    for run, row in zip((report, again), frame.to_dict("records"), strict=True):
        assert row["problems"] == len(run.problems)
        assert all(row[name] == getattr(run, name) for name in REPORT_COLUMNS[:-1])
    assert frame["coding_failed"].tolist() == [1, 0] and frame["added"].tolist() == [1, 1]


def test_jsonl_line_nested_too_deeply_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    good = '{"text": "Ukraine and Russia met in Riyadh.", "date": "2025-02-18"}'
    deep = '{"text": "hello there", "x": ' + "[" * 100_000 + "]" * 100_000 + "}"
    path = tmp_path / "deep.jsonl"
    path.write_text(good + "\n" + deep + "\n", encoding="utf-8")
    result = read_file(path)
    assert len(result.documents) == 1
    assert [p.path for p in result.problems] == ["line 2"]
    assert "nested too deeply" in result.problems[0].message


def test_store_on_a_file_that_is_not_a_database_is_a_data_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("not a database\n" * 100, encoding="utf-8")
    with pytest.raises(DataError, match="cannot open the database"):
        Store(f"sqlite:///{path}")
    assert path.read_text(encoding="utf-8") == "not a database\n" * 100


def test_jsonl_non_finite_numbers_are_read_as_null(tmp_path: Path) -> None:
    # NaN and Infinity are not JSON; PostgreSQL's JSON columns refuse them.
    line = '{"title": "T", "text": "Russia met Poland.", "score": NaN, "rank": -Infinity}'
    result = read_file(write(tmp_path / "rows.jsonl", line + "\n"))
    (doc,) = result.documents
    assert doc.meta["extra"] == {"score": None, "rank": None}
