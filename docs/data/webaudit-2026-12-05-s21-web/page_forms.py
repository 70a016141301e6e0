import re
import tempfile
import warnings

warnings.simplefilter("ignore")
from fastapi.testclient import TestClient

from accord.web import WebSettings, create_app


if __name__ == "__main__":  # its work runs only as a script (tests/test_docs.py)
    d = tempfile.mkdtemp()
    T = "t" * 20
    U = "ukraine-2025-02"
    with TestClient(create_app(WebSettings(db=f"{d}/w.db", token=T))) as c:
        c.get(f"/login?token={T}")
        page = c.get(f"/ledger?scenario={U}").text
        csrf = re.search(r'name="csrf-token" content="([^"]+)"', page).group(1)
        field = re.search(r'<input type="hidden" name="([^"]+)" value="' + re.escape(csrf), page)
        fname = field.group(1) if field else "csrf"

        def post(url, data, files=None):
            r = c.post(url, data={fname: csrf, **data}, files=files, follow_redirects=False)
            err = re.search(r'id="form-error"[^>]*>(.*?)</div>', r.text, re.S)
            return r.status_code, r.headers.get("location"), (err.group(1)[:150] if err else "")

        for runs in ["²", "١٢", "0", "5001", " 12 ", "1e3", "-1", "x" * 300, "<b>1</b>"]:
            print(
                "ledger runs",
                repr(runs[:20]),
                post("/ledger/record", {"scenario": U, "engine": "mean", "runs": runs}),
            )
        for eng in ["nope", "<script>alert(1)</script>", ""]:
            print(
                "ledger engine",
                repr(eng),
                post("/ledger/record", {"scenario": U, "engine": eng, "runs": ""}),
            )
        print(
            "ledger scenario",
            post("/ledger/record", {"scenario": "nope", "engine": "mean", "runs": ""}),
        )
        for date in ["2025-02-30", "abc", "２０２５-02-01", ""]:
            print(
                "ingest date",
                repr(date),
                post(
                    "/news/ingest",
                    {"scenario": U, "text": "Russia rejected the proposal.", "date": date},
                ),
            )
        for text in ["", " ", "\u202e<script>alert(1)</script>", "x" * 200000]:
            print("ingest text", repr(text[:20]), post("/news/ingest", {"scenario": U, "text": text}))
        print(
            "ingest scenario unknown",
            post("/news/ingest", {"scenario": "nope", "text": "Macron met Trump."}),
        )
        print("accept none", post("/news/accept", {"scenario": U}))
        print("accept bad pair", post("/news/accept", {"scenario": U, "accept": "USA|nope"}))
        print("accept no bar", post("/news/accept", {"scenario": U, "accept": "USA"}))
        print(
            "accept unknown scenario",
            post("/news/accept", {"scenario": "nope", "accept": "USA|ceasefire"}),
        )
        for q in [
            "actor=nope",
            "actor=%3Cb%3E",
            "min_confidence=%C2%B2",
            "scenario=nope",
            "accepted=abc",
            "accepted=-5",
            "ingested=%3Cscript%3Ealert(1)%3C/script%3E",
        ]:
            r = c.get("/news?" + q)
            print("news", q, r.status_code, "<script>alert" in r.text)
        for q in ["scenario=nope", "recorded=abc", "recorded=-1", "recorded=99"]:
            r = c.get("/ledger?" + q)
            print("ledger", q, r.status_code)
        for q in ["body=nope", "index=nope", "year=abc", "scenario=nope", "engine=nope", "kind=nope"]:
            r = c.get("/institutions?" + q)
            print("institutions", q, r.status_code, r.text.count('class="error"'))
        for q in ["version=abc", "version=99"]:
            r = c.get(f"/scenarios/{U}/whatif?" + q)
            print("whatif", q, r.status_code)
