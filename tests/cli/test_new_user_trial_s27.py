"""Session 27's trial (docs/trial-2026-12-05-s27.md): a journalist keeps the bundled Ukraine
scenario current from articles of their own; each test is one finding of the log.

``UNDATED`` stands for the seed article, which carries no date: its sentences are the trial's
own summary of two of the seed's statements.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

import accord
from accord.cli import app
from accord.news.store import Store, resolve_actor

runner = CliRunner()

UNDATED = (
    "Macron stressed that any agreement must include security guarantees for Ukraine.\n"
    "France and Britain proposed to send a reassurance force to Ukraine.\n"
)
TODAY = dt.date(2026, 12, 5)  # the file time the trial's seed article was dated by


def _article(tmp_path: Path) -> Path:
    path = tmp_path / "seed.txt"
    path.write_text(UNDATED, encoding="utf-8")
    stamp = dt.datetime(2026, 12, 5, 12, tzinfo=dt.UTC).timestamp()
    os.utime(path, (stamp, stamp))  # a copy made on the day of the trial
    return path


def _dates(db: str) -> tuple[list[tuple[dt.date | None, str]], set[dt.date | None]]:
    with Store(db) as store:
        docs = [(d.date, d.date_from) for d in store.documents()]
        return docs, {e.date for e in store.events()}


# Finding 1: `accord ingest` warned of an article dated by its file's time and named
# --date-if-missing; ingesting it again with the option said "already stored" and left the date,
# and no command re-dated it, so its evidence blocked every `accord update`.


def test_date_if_missing_dates_an_article_stored_before_by_its_file_time(tmp_path: Path) -> None:
    path, db = _article(tmp_path), f"sqlite:///{tmp_path / 'news.db'}"
    first = runner.invoke(app, ["ingest", str(path), "--db", db], terminal_width=400)
    assert first.exit_code == 0 and "modification time" in first.output
    docs, events = _dates(db)
    assert docs == [(TODAY, "mtime")] and events == {TODAY}
    given = ["--date-if-missing", "2025-02-25"]
    again = runner.invoke(app, ["ingest", str(path), "--db", db, *given], terminal_width=400)
    assert again.exit_code == 0, again.output
    assert "re-dated 1 stored document(s)" in again.output
    assert f"{path} (2026-12-05 -> 2025-02-25, " in again.output
    docs, events = _dates(db)
    assert docs == [(dt.date(2025, 2, 25), "given")] and events == {dt.date(2025, 2, 25)}
    # a date given once is the user's: a later run with another date leaves it
    later = ["--date-if-missing", "2025-03-01"]
    third = runner.invoke(app, ["ingest", str(path), "--db", db, *later], terminal_width=400)
    assert third.exit_code == 0 and "re-dated" not in third.output
    assert _dates(db)[0] == [(dt.date(2025, 2, 25), "given")]


def test_an_article_dated_by_its_text_is_not_re_dated(tmp_path: Path) -> None:
    path = tmp_path / "dated.txt"
    path.write_text("Paris, 11 March 2025. " + UNDATED, encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'news.db'}"
    assert runner.invoke(app, ["ingest", str(path), "--db", db, "--no-code"]).exit_code == 0
    given = ["--date-if-missing", "2025-02-25", "--no-code"]
    again = runner.invoke(app, ["ingest", str(path), "--db", db, *given])
    assert again.exit_code == 0 and "re-dated" not in again.output
    assert _dates(db)[0] == [(dt.date(2025, 3, 11), "text")]


# Finding 2: `accord update` refused with "evidence dated 2026-12-05 is after the horizon of
# issue(s) ..." and named no article: the user could not tell which of five was dated wrong.


def test_update_refusal_names_the_article_dated_by_its_file_time(tmp_path: Path) -> None:
    path, db = _article(tmp_path), f"sqlite:///{tmp_path / 'news.db'}"
    assert runner.invoke(app, ["ingest", str(path), "--db", db]).exit_code == 0
    with Store(db) as store:
        (doc,) = store.documents()
    result = runner.invoke(app, ["update", "ukraine-2025-02", "--db", db], terminal_width=2000)
    assert result.exit_code == 2
    text = " ".join(result.output.split())
    assert "evidence dated 2026-12-05 is after the horizon" in text
    assert f"the evidence after 2025-06-30 is from {doc.id[:12]} " in text
    assert f"(2026-12-05, from its file's modification time, {path})" in text
    assert "accord ingest FILE --date-if-missing YYYY-MM-DD" in text


# Finding 3: `accord.ingest` took no date_if_missing and said nothing of the articles it dated
# by their files' time.


def test_python_ingest_warns_of_file_times_and_takes_date_if_missing(tmp_path: Path) -> None:
    path, db = _article(tmp_path), f"sqlite:///{tmp_path / 'news.db'}"
    with pytest.warns(UserWarning, match=r"dated by the file's modification time: .*seed\.txt"):
        accord.ingest(path, db)
    report = accord.ingest(path, db, date_if_missing=dt.date(2025, 2, 25))
    assert report.already_present == 1 and [p for p, _ in report.redated] == [str(path)]
    assert _dates(db)[0] == [(dt.date(2025, 2, 25), "given")]
    # ISO text is taken as every date of the API takes it (s27-fixes); other text is refused.
    other = f"sqlite:///{tmp_path / 'other.db'}"
    accord.ingest(path, other, date_if_missing="2025-02-26")
    assert _dates(other)[0] == [(dt.date(2025, 2, 26), "given")]
    with pytest.raises(accord.DataError, match=r"date must be a datetime\.date"):
        accord.ingest(path, db, date_if_missing="25 February 2025")


# Finding 4: `accord events --actor Kremlin` (and `timeline`, the news page) answered "0 events"
# where the store held the Kremlin's statement: "Kremlin" is the canonical name of a gazetteer
# entry of its own, so it was taken as a name, while the coders read the word as the Russian
# presidency and store that name.


def test_a_name_the_coders_read_as_another_entry_finds_its_events(tmp_path: Path) -> None:
    path = tmp_path / "moscow.txt"
    path.write_text(
        "Moscow, 13 March 2025. The Kremlin rejected any deployment of European "
        "peacekeeping troops in Ukraine.\n",
        encoding="utf-8",
    )
    db = f"sqlite:///{tmp_path / 'news.db'}"
    assert runner.invoke(app, ["ingest", str(path), "--db", db]).exit_code == 0
    with Store(db) as store:
        kremlin = [e for e in store.events() if "Kremlin" in (e.sentence or "")]
    assert kremlin
    for command in (["events", "--actor", "Kremlin"], ["timeline", "Kremlin"]):
        result = runner.invoke(app, [*command, "--db", db], terminal_width=400)
        assert result.exit_code == 0, result.output
        assert "actor 'Kremlin' read as Russian presidency (RUS)" in result.output
        assert "0 events" not in result.output
    with Store(db) as store:
        chosen = resolve_actor(store, "White House")
    assert (chosen.value, chosen.note) == (
        "US presidency",
        "actor 'White House' read as US presidency (USA)",
    )


# Finding 9: a source that `accord update` added for a text file had a title and a date only, so
# `news-ID` in the report's Evidence and Sources could not be traced to the article.


def test_an_update_source_names_the_articles_file(tmp_path: Path) -> None:
    path = tmp_path / "coalition.txt"
    path.write_text(
        "Coalition of the willing plans reassurance force\n27 March 2025. Prime Minister "
        "Keir Starmer stressed that any deal must be backed by strong security guarantees "
        "for Ukraine.\n",
        encoding="utf-8",
    )
    db = f"sqlite:///{tmp_path / 'news.db'}"
    assert runner.invoke(app, ["ingest", str(path), "--db", db]).exit_code == 0
    out = tmp_path / "revised.yaml"
    result = runner.invoke(app, ["update", "ukraine-2025-02", "--db", db, "--out", str(out)])
    assert result.exit_code == 0, result.output
    with Store(db) as store:
        (doc,) = store.documents()
    (source,) = [s for s in accord.load(out).sources if s.id == f"news-{doc.id[:12]}"]
    assert (source.title, source.file) == (
        "Coalition of the willing plans reassurance force",
        str(path),
    )
