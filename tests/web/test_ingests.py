"""The ingest reports the news page announces, kept in the workbench's database
(:mod:`accord.web.ingests`): across a restart, the newest kept, concurrent writers, and a
database from before session 22 migrated."""

from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given
from hypothesis import settings as examples
from hypothesis import strategies as st

from accord.errors import Problem, StoreBusy
from accord.news.ingest import IngestReport
from accord.news.store import Store
from accord.scenario.versions import ScenarioVersions
from accord.store import current_revision, head_revision
from accord.web import WebSettings, create_app
from accord.web.ingests import INGEST_REPORTS, KEPT_REPORTS, KeptIngest, KeptIngests
from tests.web.helpers import MEETING_ARTICLE, lock_writes, log_in


def _report(n: int, problems: int = 0) -> IngestReport:
    found = [
        Problem(f"line {k}", f"problem {k} of report {n}", None, False) for k in range(problems)
    ]
    return IngestReport(added=n, already_present=1, events_new=2 * n, problems=found)


def test_a_kept_report_outlives_the_server(settings: WebSettings, token: str) -> None:
    """Session 21: the reports lived in the server's memory, so after a restart the address an
    ingest answered with showed no notice."""
    with TestClient(create_app(settings)) as first:
        log_in(first, token)
        csrf = re.search(r'name="csrf_token" value="([^"]+)"', first.get("/news").text)
        assert csrf is not None
        posted = first.post(
            "/news/ingest",
            data={"csrf_token": csrf.group(1), "text": MEETING_ARTICLE},
            follow_redirects=False,
        )
        address = posted.headers["location"]
        before = first.get(address).text
    with TestClient(create_app(settings)) as second:  # a new server on the same database
        after = second.get(address).text
    notice = re.search(r'<p class="notice" id="notice">([^<]*)</p>', after)
    assert notice is not None and notice.group(1).startswith("ingested: 1 added")
    assert notice.group(0) in before


@examples(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    added=st.integers(0, 10**6),
    problems=st.lists(st.text(min_size=1, max_size=40), max_size=4),
)
def test_a_kept_report_reads_back_as_kept(
    tmp_path_factory: pytest.TempPathFactory, added: int, problems: list[str]
) -> None:
    kept = _kept(tmp_path_factory)
    report = IngestReport(added=added, problems=[Problem("p", m, None, False) for m in problems])
    got = kept.get(kept.keep(report))
    assert got == KeptIngest.of(report)
    assert got is not None and list(got.problems) == [str(p) for p in report.problems]


def _kept(tmp_path_factory: pytest.TempPathFactory) -> KeptIngests:
    return KeptIngests(Store(str(tmp_path_factory.mktemp("kept") / "web.db")).engine)


def test_the_newest_are_kept_and_concurrent_writers_lose_none(tmp_path: Path) -> None:
    kept = KeptIngests(Store(str(tmp_path / "web.db")).engine)
    with ThreadPoolExecutor(8) as pool:
        keys = list(pool.map(lambda n: kept.keep(_report(n, n % 3)), range(KEPT_REPORTS)))
    assert len(set(keys)) == KEPT_REPORTS
    assert [kept.get(k) for k in keys] == [
        KeptIngest.of(_report(n, n % 3)) for n in range(KEPT_REPORTS)
    ]
    later = [kept.keep(_report(KEPT_REPORTS + n)) for n in range(5)]
    found = [kept.get(k) is not None for k in keys + later]
    # five of the concurrent ones went (the first five saved, whichever threads they came from)
    assert sum(found[:KEPT_REPORTS]) == KEPT_REPORTS - 5 and all(found[KEPT_REPORTS:])
    assert kept.get("never-given") is None


def test_a_busy_database_refuses_a_report_as_it_refuses_a_save(
    client: TestClient, token: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Session 22 (s22-web2): keeping a report relied on SQLite's busy timeout alone, and a
    database locked beyond it was a bare OperationalError (a 500); now StoreBusy, as a scenario
    save (one code path, ``accord.store.retrying_write``). The ingest itself is stored, so
    the news form then shows its notice in place, not an error to send again."""
    bench = client.app.state.workbench  # type: ignore[attr-defined]
    lock_writes(client.app, monkeypatch, "ingests")
    with pytest.raises(StoreBusy, match=r"cannot keep the ingest report in sqlite:///.*: another"):
        bench.keep_report(_report(1))
    log_in(client, token)
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/news").text)
    assert csrf is not None
    form = {"csrf_token": csrf[1], "text": MEETING_ARTICLE}
    page = client.post("/news/ingest", data=form, follow_redirects=False)
    assert page.status_code == 200 and "ingested: 1 added, 0 already stored" in page.text
    monkeypatch.undo()
    again = client.post("/news/ingest", data=form, follow_redirects=False)
    assert again.status_code == 303 and "ingest=" in again.headers["location"]
    assert "1 already stored" in client.get(again.headers["location"]).text


def test_a_database_from_before_session_22_gets_the_table(tmp_path: Path, token: str) -> None:
    db = str(tmp_path / "old.db")
    store = Store(db)  # the news tables and the scenario versions, as session 21 left them
    ScenarioVersions(store.engine)
    assert current_revision(store.engine, INGEST_REPORTS) is None
    store.close()
    with TestClient(create_app(WebSettings(db=db, token=token))) as client:
        engine = client.app.state.workbench.store.engine  # type: ignore[attr-defined]
        assert current_revision(engine, INGEST_REPORTS) == head_revision(INGEST_REPORTS)
        assert client.get("/news", params={"ingest": "unknown-key"}).status_code == 200
