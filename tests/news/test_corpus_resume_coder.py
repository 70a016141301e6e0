"""A corpus run resumed with another coder than the one that coded its shards is refused
(session 18): before, its finished shards were skipped and the new ones coded with the new
coder, one store silently holding two coders' events."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from accord.cli import app
from accord.errors import DataError
from accord.news.coders import RulesCoder
from accord.news.corpus import find_shards, ingest_corpus
from accord.news.ingest import coder_name
from accord.news.store import Store
from tests.helpers import empty_postgres, needs_parquet
from tests.news.test_corpus_coder import _corpus

runner = CliRunner()


class Upgraded(RulesCoder):
    """The rules coder as another accord version would name it."""

    version = "99.0"


def _stored(url: str) -> tuple[dict[str, int], list[str]]:
    with Store(url) as store:
        return store.count(), sorted(e.id for e in store.events())


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A SQLite file, and PostgreSQL when ACCORD_TEST_POSTGRES_URL is set (the coders are read
    out of the documents' JSON, which the two write differently)."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'x.db'}"
    return empty_postgres("run the resume check on PostgreSQL")


@pytest.mark.parametrize(
    ("first", "then"),
    [(RulesCoder(), Upgraded()), (Upgraded(), RulesCoder()), (None, RulesCoder())],
)
def test_resuming_with_another_coder_is_refused_and_keeps_the_store(
    tmp_path: Path, url: str, first: RulesCoder | None, then: RulesCoder
) -> None:
    corpus = _corpus(tmp_path / "corpus", files=3)
    Store(url).close()  # migrated: ingest_corpus reuses this process's store of an earlier case
    ingest_corpus([corpus], url=url, coder=first)
    before = _stored(url)
    with pytest.raises(DataError) as refused:
        ingest_corpus([corpus], url=url, coder=then)
    message = str(refused.value)
    shards, _ = find_shards([corpus])
    assert message.startswith(f"{shards[0].path}: coded in the store by {coder_name(first)},")
    assert f"not by this run's coder {coder_name(then)} (and 2 more shards)" in message
    assert _stored(url) == before  # nothing stored, nothing lost
    again = ingest_corpus([corpus], url=url, coder=first)  # the coder that coded it resumes
    assert all(s.skipped for s in again.shards) and _stored(url) == before


def test_a_shard_partly_stored_by_another_coder_is_refused(tmp_path: Path) -> None:
    """A file whose documents are stored (here by a plain ``accord ingest``) but which no run
    finished: its new documents would be coded by the new coder beside the old ones."""
    corpus = _corpus(tmp_path / "corpus", files=2)
    url = f"sqlite:///{tmp_path / 'x.db'}"
    one = corpus / "part-1.jsonl"
    assert runner.invoke(app, ["ingest", str(one), "--db", url, "--coder", "rules"]).exit_code == 0
    before = _stored(url)
    with pytest.raises(DataError, match=f"^{one}: coded in the store by rules "):
        ingest_corpus([corpus], url=url, coder=Upgraded())
    assert _stored(url) == before
    done = ingest_corpus([corpus], url=url, coder=RulesCoder())
    assert [s.added for s in done.shards] == [2, 0] and done.shards[1].already_present == 2


def test_a_parquet_folder_coded_by_another_coder_is_refused(tmp_path: Path) -> None:
    needs_parquet()
    corpus = _corpus(tmp_path / "corpus", files=2)
    folder = tmp_path / "events"
    ingest_corpus([corpus], url=None, parquet=folder, coder=RulesCoder())
    written = sorted(p.read_bytes() for p in folder.rglob("*.parquet"))
    with pytest.raises(DataError, match="coded in the Parquet folder by rules "):
        ingest_corpus([corpus], url=None, parquet=folder, coder=Upgraded())
    assert sorted(p.read_bytes() for p in folder.rglob("*.parquet")) == written
    # a marker written before session 18 records no coder: it cannot be checked
    for marker in (folder / "_shards").glob("*.json"):
        old = json.loads(marker.read_text())
        del old["coder"]
        marker.write_text(json.dumps(old))
    assert all(s.skipped for s in ingest_corpus([corpus], url=None, parquet=folder).shards)


def test_the_cli_names_both_coders_and_exits_without_a_traceback(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "corpus", files=1)
    db = str(tmp_path / "x.db")
    ingest_corpus([corpus], url=f"sqlite:///{db}", coder=Upgraded())
    args = ["ingest", str(corpus), "--db", db, "--workers", "1", "--coder", "rules"]
    refused = runner.invoke(app, args)
    assert refused.exit_code == 2, refused.output
    assert f"coded in the store by {coder_name(Upgraded())}, not by this run's coder" in (
        refused.stderr
    )
    assert coder_name(RulesCoder()) in refused.stderr and "Traceback" not in refused.output


def test_the_refusal_says_exactly_what_to_do_and_doing_it_works(tmp_path: Path) -> None:
    """A store coded under a label no coder of this accord records (an older accord's or
    another calibration's; session 24: the nlp calibration's refit gives every nlp store one)
    cannot be resumed in place: the message says so and names the new store to code into;
    a label this accord's coder records names its ``--coder``; an uncoded one ``--no-code``.
    Each advice, followed, runs."""
    corpus = _corpus(tmp_path / "corpus", files=2)
    old = f"sqlite:///{tmp_path / 'old.db'}"
    ingest_corpus([corpus], url=old, coder=Upgraded())
    with pytest.raises(DataError) as refused:
        ingest_corpus([corpus], url=old, coder=RulesCoder())
    message = str(refused.value)
    assert message.endswith(
        f"; no coder of this accord records {coder_name(Upgraded())} (it was coded by another "
        "accord version or confidence calibration), so the run cannot be resumed in this "
        "store: code the corpus into a new store (--db NEW.db) or Parquet folder (--parquet "
        "NEW), which codes every shard again, so that one holds one coder's events, or finish "
        "the run with the accord that coded it"
    ), message
    new = ingest_corpus([corpus], url=f"sqlite:///{tmp_path / 'new.db'}", coder=RulesCoder())
    assert [s.added for s in new.shards] == [2, 2]

    current = f"sqlite:///{tmp_path / 'current.db'}"
    ingest_corpus([corpus], url=current, coder=RulesCoder())
    with pytest.raises(DataError, match="; resume with --coder rules, the coder that coded"):
        ingest_corpus([corpus], url=current, coder=Upgraded())
    done = ["ingest", str(corpus), "--db", current, "--workers", "1", "--coder", "rules"]
    assert runner.invoke(app, done).exit_code == 0

    bare = f"sqlite:///{tmp_path / 'bare.db'}"
    ingest_corpus([corpus], url=bare, coder=None)
    with pytest.raises(DataError, match="; they were stored uncoded: resume with --no-code,"):
        ingest_corpus([corpus], url=bare, coder=RulesCoder())
    done = ["ingest", str(corpus), "--db", bare, "--workers", "1", "--no-code"]
    assert runner.invoke(app, done).exit_code == 0
