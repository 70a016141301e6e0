"""The news store: MinHash near-duplicates, event merging, queries, transactions."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.errors import DataError
from accord.news.ingest import ingest
from accord.news.readers import make_document
from accord.news.store import (
    Store,
    estimate_jaccard,
    minhash_signature,
    shingle_hashes,
)
from accord.news.types import ActorRef, Event
from tests.helpers import ROOT, empty_postgres
from tests.news.test_ingest import ARTICLE, FakeCoder

WORDS = [
    "ceasefire",
    "talks",
    "leaders",
    "security",
    "guarantees",
    "europe",
    "ukraine",
    "russia",
    "france",
    "germany",
    "poland",
    "summit",
    "envoy",
    "proposal",
    "sanctions",
    "troops",
    "border",
    "peace",
    "plan",
    "minister",
    "council",
    "vote",
    "resolution",
    "aid",
    "reconstruction",
    "energy",
    "grain",
    "corridor",
    "negotiation",
    "monitor",
    "observers",
    "deadline",
]


def random_text(rng: np.random.Generator, n: int) -> str:
    return " ".join(rng.choice(WORDS, size=n))


def db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'x.db'}"


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Each store test runs on a SQLite file and, when ACCORD_TEST_POSTGRES_URL names a
    reachable PostgreSQL database (emptied first), on PostgreSQL: one schema for both."""
    if request.param == "sqlite":
        return db(tmp_path)
    return empty_postgres("run the store tests on PostgreSQL")


# --------------------------------------------------------------------------- MinHash


def test_minhash_estimates_shingle_jaccard() -> None:
    """Estimate vs exact Jaccard of the 5-gram shingle sets over 30 seeded pairs: MinHash is
    unbiased with standard error sqrt(J(1-J)/128) <= 0.045, so the mean error must be small."""
    rng = np.random.default_rng(7)
    errors = []
    for _ in range(30):
        base = random_text(rng, 300).split()
        other = list(base)
        edits = rng.integers(0, 60)
        for pos in rng.choice(len(other), size=edits, replace=False):
            other[pos] = str(rng.choice(WORDS))
        a, b = shingle_hashes(" ".join(base)), shingle_hashes(" ".join(other))
        exact = np.intersect1d(a, b).size / np.union1d(a, b).size
        est = float(estimate_jaccard(minhash_signature(a)[None, :], minhash_signature(b))[0])
        errors.append(abs(est - exact))
    assert np.mean(errors) < 0.05
    assert max(errors) < 0.18


@settings(max_examples=30, deadline=None)
@given(st.text(min_size=1, max_size=400))
def test_minhash_ignores_layout_and_case(text: str) -> None:
    """Shingles are over lower-cased words, so spacing and ASCII case do not change them."""
    sig = minhash_signature(shingle_hashes(text))
    assert sig.dtype == np.uint32 and sig.shape == (128,)
    relaid = "  \n ".join(text.split(" ")).swapcase() if text.isascii() else text
    other = minhash_signature(shingle_hashes(relaid))
    assert estimate_jaccard(sig[None, :], other)[0] == 1.0


def test_shingles_are_stable_across_processes() -> None:
    """Signatures are stored, so they must not depend on Python's salted hash()."""
    code = (
        "from accord.news.store import minhash_signature, shingle_hashes;"
        "print(minhash_signature(shingle_hashes('France and Germany met Ukraine in Paris'))[:4])"
    )
    runs = {
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            env={"PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("1", "2")
    }
    assert len(runs) == 1


# --------------------------------------------------------------------------- near-duplicates


def test_near_duplicates_flagged_not_dropped(tmp_path: Path, url: str) -> None:
    rng = np.random.default_rng(3)
    original = random_text(rng, 400)
    words = original.split()
    words[100] = "changed"
    words[250] = "edited"
    edited = " ".join(words)
    unrelated = random_text(rng, 400)
    with Store(url) as store:
        first = store.add_document(make_document(original, title="a"))
        near = store.add_document(make_document(edited, title="b"))
        other = store.add_document(make_document(unrelated, title="c"))
    assert first.near_duplicate_of is None
    assert near.added and near.near_duplicate_of == first.document_id
    assert near.similarity is not None and 0.8 <= near.similarity < 1.0
    assert other.near_duplicate_of is None
    # the signature matrix is rebuilt from the database by a new Store
    with Store(url) as store:
        again = store.add_document(make_document(edited + " extra words at the end", title="d"))
        assert again.near_duplicate_of in (first.document_id, near.document_id)
        flagged = {d.title: d.near_duplicate_of for d in store.documents()}
        assert flagged["b"] == first.document_id and flagged["c"] is None


# --------------------------------------------------------------------------- events


def ev(
    kind: str,
    sources: list[str],
    targets: list[str],
    date: dt.date | None = None,
    sentence: str = "s",
) -> Event:
    return Event(
        kind,
        tuple(ActorRef(c, name=f"name of {c}") for c in sources),
        tuple(ActorRef(c) for c in targets),
        trigger="t",
        sentence=sentence,
        date=date,
    )


def test_events_from_several_articles_collapse(tmp_path: Path, url: str) -> None:
    d = dt.date(2025, 2, 24)
    with Store(url, event_window_days=1) as store:
        r1 = store.add_document(
            make_document("first article", date=d), [ev("CONSULT", ["FRA", "DEU"], ["UKR"])]
        )
        # same event, sources listed in another order, reported the next day
        r2 = store.add_document(
            make_document("second article", date=d + dt.timedelta(days=1)),
            [ev("CONSULT", ["DEU", "FRA"], ["UKR"])],
        )
        # a week later: another event; other target set: another event
        r3 = store.add_document(
            make_document("third article", date=d + dt.timedelta(days=7)),
            [ev("CONSULT", ["FRA", "DEU"], ["UKR"]), ev("CONSULT", ["FRA", "DEU"], ["UKR", "POL"])],
        )
        assert (r1.events_new, r2.events_new, r2.events_merged, r3.events_new) == (1, 0, 1, 2)
        events = store.events()
        assert len(events) == 3
        merged = events[0]
        assert merged.date == d and merged.mentions == 2
        assert set(merged.document_ids) == {r1.document_id, r2.document_id}
        assert store.count()["event_documents"] == 4


def test_event_queries_and_plover_records(tmp_path: Path, url: str) -> None:
    with Store(url) as store:
        store.add_document(
            make_document("doc one", date=dt.date(2025, 2, 20)),
            [ev("CONSULT", ["FRA"], ["USA"]), ev("REJECT", ["RUS"], ["UKR"])],
        )
        store.add_document(
            make_document("doc two", date=dt.date(2025, 2, 27)),
            [ev("AGREE", ["USA"], ["RUS"], date=dt.date(2025, 2, 26))],
        )
        assert [e.event_type for e in store.events(actor="usa")] == ["CONSULT", "AGREE"]
        assert [e.event_type for e in store.events(actor="Name of FRA")] == ["CONSULT"]
        assert [e.event_type for e in store.events(event_type="reject")] == ["REJECT"]
        assert [e.date for e in store.events(since=dt.date(2025, 2, 21))] == [dt.date(2025, 2, 26)]
        assert len(store.events(until=dt.date(2025, 2, 20))) == 2
        assert store.events(actor="CHN") == []
        record = store.events(event_type="AGREE")[0].to_plover()
    assert record["event"] == "AGREE" and record["date"] == "2025-02-26"
    assert record["source"] == [{"code": "USA", "actorName": "name of USA"}]
    assert record["target"] == [{"code": "RUS"}]
    assert record["eventText"] == "t" and record["text"] == "s"
    assert len(record["documents"]) == 1


# --------------------------------------------------------------------------- transactions


def test_failure_mid_document_rolls_back_that_document_only(
    tmp_path: Path, url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Inject a failure after the document row is written but while its events are: the
    document must vanish with its events; earlier documents stay; a rerun completes."""
    paths = []
    for k, country in enumerate(["Poland", "Russia", "Germany"]):
        paths.append(tmp_path / f"{k}.txt")
        paths[-1].write_text(f"{country} met Ukraine on 2{k} February 2025. {ARTICLE}")
    original = Store._write_events
    calls = {"n": 0}

    def failing(self: Store, session, doc, events):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 2:
            session.flush()  # the document row is in the transaction already
            raise RuntimeError("disk on fire")
        return original(self, session, doc, events)

    monkeypatch.setattr(Store, "_write_events", failing)
    with Store(url) as store, pytest.raises(RuntimeError, match="disk on fire"):
        ingest(paths, store, coder=FakeCoder())
    monkeypatch.setattr(Store, "_write_events", original)
    with Store(url) as store:
        docs = store.documents()
        assert [d.path for d in docs] == [str(paths[0])]
        assert all(set(e.document_ids) == {docs[0].id} for e in store.events())
        assert store.count()["events"] == docs[0].n_events > 0
        report = ingest(paths, store, coder=FakeCoder())
        assert (report.added, report.already_present) == (2, 1)


def test_hard_crash_mid_transaction_leaves_no_half_document(tmp_path: Path, url: str) -> None:
    """A process killed (os._exit) inside a document's transaction: the database reopens with
    every earlier document complete and nothing of the one in flight."""
    for k in range(4):
        (tmp_path / f"{k}.txt").write_text(f"Story {k}. France met Poland {k} times. {ARTICLE}")
    script = textwrap.dedent(
        f"""
        import os, sys
        sys.path.insert(0, {str(ROOT)!r})
        from tests.news.test_ingest import FakeCoder
        from accord.news.ingest import ingest
        from accord.news.store import Store
        original = Store._write_events
        count = 0
        def crashing(self, session, doc, events):
            global count
            count += 1
            new = original(self, session, doc, events)
            if count == 3:
                session.flush()
                os._exit(17)
            return new
        Store._write_events = crashing
        paths = sorted(__import__("pathlib").Path({str(tmp_path)!r}).glob("*.txt"))
        ingest(paths, Store({url!r}), coder=FakeCoder())
        """
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 17, done.stderr
    with Store(url) as store:
        docs = store.documents()
        assert sorted(Path(d.path or "").name for d in docs) == ["0.txt", "1.txt"]
        linked = {i for e in store.events() for i in e.document_ids}
        assert linked == {d.id for d in docs}
        report = ingest(sorted(tmp_path.glob("*.txt")), store, coder=FakeCoder())
        assert (report.added, report.already_present) == (2, 2)


# --------------------------------------------------------------------------- connection


def test_bad_urls_and_plain_paths(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="not a database URL"):
        Store("://nowhere")
    with pytest.raises(DataError, match="not a database URL"):
        Store("postgresql://user@host:port/x")
    with pytest.raises(DataError, match="unknown database kind"):
        Store("nosuchdb://host/x")
    with Store(str(tmp_path / "sub" / "plain.db")) as store:
        assert store.url.startswith("sqlite:///") and store.count()["documents"] == 0
    assert (tmp_path / "sub" / "plain.db").is_file()


def test_env_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ACCORD_DB", db(tmp_path))
    with Store() as store:
        assert store.url == db(tmp_path)


def test_store_refuses_other_minhash_parameters(tmp_path: Path, url: str) -> None:
    from sqlalchemy import update

    from accord.news.store import MetaRow

    with Store(url) as store, store.engine.begin() as conn:
        conn.execute(update(MetaRow).where(MetaRow.key == "minhash").values(value="other"))
    with pytest.raises(DataError, match="minhash"):
        Store(url)


def test_the_store_merges_reports_in_the_order_it_is_given(tmp_path: Path) -> None:
    """Why ingest with workers stores in input order (accord.news.corpus): the greedy merge
    depends on the order. Three reports of one event on consecutive days, window 1 day:
    stored day 1, 2, 3 the third is two days from the event's date (day 1) and starts
    another; stored day 2, 1, 3 all three are within a day of day 2. The test that workers
    give a serial run's store is tests/store/test_store_concurrency.py."""
    day = dt.date(2025, 3, 1)
    docs = [make_document(f"report {k}", date=day + dt.timedelta(days=k)) for k in range(3)]
    mentions = []
    for name, order in (("serial", (0, 1, 2)), ("other", (1, 0, 2))):
        (tmp_path / name).mkdir()
        with Store(db(tmp_path / name), event_window_days=1) as store:
            for k in order:
                store.add_document(docs[k], [ev("CONSULT", ["FRA"], ["DEU"])])
            mentions.append([(e.date, e.mentions) for e in store.events()])
    assert mentions == [
        [(day, 2), (day + dt.timedelta(days=2), 1)],
        [(day + dt.timedelta(days=1), 3)],
    ]
