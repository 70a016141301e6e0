import json
import tempfile
import warnings

warnings.simplefilter("ignore")
from fastapi.testclient import TestClient

from accord.web import WebSettings, create_app


if __name__ == "__main__":  # its work runs only as a script (tests/test_docs.py)
    d = tempfile.mkdtemp()
    T = "t" * 20
    H = {"Authorization": "Bearer " + T}
    U = "ukraine-2025-02"
    cases = [
        ("post", "/api/v1/forecast", {"engine": "nope"}),
        ("post", "/api/v1/forecast", {"runs": 6000}),
        ("post", "/api/v1/forecast", {"runs": 0}),
        ("post", "/api/v1/forecast", {"runs": "abc"}),
        ("post", "/api/v1/forecast", {"seed": -1}),
        ("post", "/api/v1/forecast", {"params": {"bogus": 1}}),
        ("post", "/api/v1/forecast", {"engine": "bdm", "params": {"rounds": "x"}}),
        ("post", "/api/v1/forecast", {"version": 99}),
        ("post", "/api/v1/forecast", {"data": {"id": "x"}}),
        ("post", "/api/v1/compare", {"engines": ["mean", "nope"]}),
        ("post", "/api/v1/compare", {"engines": []}),
        ("post", "/api/v1/compare", {"params": {"mean": {"zz": 1}}}),
        ("post", "/api/v1/explain", {"issue": "nope"}),
        ("post", "/api/v1/explain", {"top": 0}),
        ("post", "/api/v1/explain", {"engine": "nope"}),
        ("get", f"/api/v1/scenarios/{U}/votes?engine=nope", None),
        ("get", "/api/v1/power?body=nope", None),
        ("get", "/api/v1/power?index=nope", None),
        ("get", "/api/v1/power?year=abc", None),
        ("get", "/api/v1/power?year=99999", None),
        ("get", "/api/v1/power?kind=nope", None),
        ("get", f"/api/v1/scenarios/{U}/download?format=bdm-csv", None),
        ("get", f"/api/v1/scenarios/{U}/download?format=stance-xlsx", None),
        ("get", f"/api/v1/scenarios/{U}?version=-1", None),
        ("get", f"/api/v1/scenarios/{U}?version=abc", None),
        ("get", f"/api/v1/scenarios/{U}?version=99", None),
        ("get", "/api/v1/events?since=2025-13-01", None),
        ("get", "/api/v1/events?min_confidence=2", None),
        ("get", "/api/v1/events?actor=%3Cscript%3E", None),
        ("get", f"/api/v1/scenarios/{U}/evidence?min_confidence=nan", None),
        ("get", "/api/v1/ledger/records/abc", None),
        ("get", "/api/v1/ledger/records/99", None),
        ("get", "/api/v1/ledger?scenario=nope", None),
        ("post", "/api/v1/ledger/records", {"engine": "nope"}),
        ("post", "/api/v1/ledger/records", {"runs": 99999}),
        ("post", "/api/v1/ingest/text", {"text": ""}),
        ("post", "/api/v1/ingest/text", {"text": "x", "date": "2025-02-30"}),
        ("post", f"/api/v1/scenarios/{U}/update", {"accept": [["A"]]}),
        ("post", f"/api/v1/scenarios/{U}/update", {"accept": [["USA", "nope"]]}),
        ("post", f"/api/v1/scenarios/{U}/update", {"accept": [], "min_confidence": 5}),
        ("put", f"/api/v1/scenarios/{U}", {"scenario": {"id": "other"}}),
        ("post", "/api/v1/scenarios", {"scenario": {"id": "x"}}),
        ("post", "/api/v1/jobs", {"runs": 0}),
        ("post", "/api/v1/jobs", {"engine": "nope", "runs": 10}),
        ("get", "/api/v1/jobs/nope", None),
    ]
    with TestClient(create_app(WebSettings(db=f"{d}/w.db", token=T))) as c:
        from accord.scenario import load_bundled
        from accord.scenario.io import scenario_to_data

        data = scenario_to_data(load_bundled(U))
        data["id"] = "other"
        for m, url, body in cases:
            if url.endswith(U) and m == "put":
                body = {"scenario": data}
            r = c.request(m.upper(), url, json=body, headers=H)
            try:
                j = r.json()
            except Exception:
                j = r.text[:200]
            err = j.get("error", {}) if isinstance(j, dict) else {}
            print(
                r.status_code,
                m.upper(),
                url,
                json.dumps(body)[:60] if body else "",
                "|",
                (err.get("message") or str(j))[:140],
                "| problems:",
                [(p["path"], p["value"]) for p in err.get("problems", [])][:3],
            )
