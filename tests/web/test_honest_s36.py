"""Session 36 (honest): the workbench says what it did. An upload that is not UTF-8 says it
was read as Windows-1252 (task 1); a run count above the inline limit is refused or said
to be capped, never silently clamped (task 2)."""

from __future__ import annotations

from fastapi.testclient import TestClient

LATIN = "Le président français a rencontré le ministre allemand à Berlin mardi soir."


def test_an_upload_not_utf8_says_so(client: TestClient, auth: dict[str, str]) -> None:
    raw = LATIN.encode("latin-1")
    report = client.post("/api/v1/ingest", files={"file": ("a.txt", raw)}, headers=auth).json()
    assert report["added"] == 1
    said = [w for w in report["warnings"] if "not UTF-8" in w]
    assert said == [
        "a.txt: not UTF-8, read as Windows-1252 (cp1252); if it is in another encoding its "
        "text is mangled: convert it to UTF-8 and send it again"
    ]
    utf8 = LATIN.replace("mardi", "lundi").encode()
    report = client.post("/api/v1/ingest", files={"file": ("b.txt", utf8)}, headers=auth).json()
    assert not any("UTF-8" in w for w in report["warnings"])


UKRAINE = "ukraine-2025-02"


def test_a_forecast_page_asked_for_too_many_runs_says_it_capped_them(client: TestClient) -> None:
    from accord.web.api import MAX_INLINE_RUNS

    page = client.get(f"/scenarios/{UKRAINE}/forecast?runs=20000&engine=mean")
    assert page.status_code == 422  # as a runs typed wrong: the page, the field marked
    text = " ".join(page.text.split())
    assert (
        f"runs: must be a whole number from 1 to {MAX_INLINE_RUNS} on a page; a longer run is a "
        "job (the forecast page&#39;s Longer runs, POST /api/v1/jobs) or accord forecast --runs "
        f"N (got 20000); the ensemble below uses {MAX_INLINE_RUNS}"
    ) in text
    assert f"mean, {MAX_INLINE_RUNS} runs" in text
    assert 'id="error-runs"' in page.text
    zero = client.get(f"/scenarios/{UKRAINE}/forecast?runs=0&engine=mean")
    assert zero.status_code == 422 and "(got 0); the ensemble below uses 1" in zero.text
    fine = client.get(f"/scenarios/{UKRAINE}/forecast?runs=50&engine=mean")
    assert fine.status_code == 200 and 'id="error-runs"' not in fine.text


def test_a_report_or_table_asked_for_too_many_runs_is_refused(client: TestClient) -> None:
    base = f"/scenarios/{UKRAINE}/forecast"
    for route in ("report", "csv"):
        for runs in (20000, 0):
            answer = client.get(f"{base}/{route}?engine=mean&seed=1&runs={runs}")
            assert answer.status_code == 400, (route, runs)
            text = " ".join(answer.text.split())
            assert "query.runs" in text and f"(got <code>{runs}</code>)" in text
            assert "from 1 to 5000" in text and "Traceback" not in text
        assert client.get(f"{base}/{route}?engine=mean&seed=1&runs=40").status_code == 200
