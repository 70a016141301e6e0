import tempfile
import warnings

warnings.simplefilter("ignore")
from fastapi.testclient import TestClient

from accord.web import WebSettings, create_app


if __name__ == "__main__":  # its work runs only as a script (tests/test_docs.py)
    d = tempfile.mkdtemp()
    T = "t" * 20
    with TestClient(create_app(WebSettings(db=f"{d}/w.db", token=T, max_upload_bytes=1000))) as c:
        for name, r in [
            ("no token", c.post("/api/v1/ingest/text", json={"text": "hello world"})),
            (
                "bad token",
                c.post(
                    "/api/v1/ingest/text",
                    json={"text": "hello world"},
                    headers={"Authorization": "Bearer x"},
                ),
            ),
            (
                "too large",
                c.post(
                    "/api/v1/ingest/text",
                    json={"text": "x" * 5000},
                    headers={"Authorization": "Bearer " + T},
                ),
            ),
            ("bad host", c.get("/api/v1/scenarios", headers={"host": "evil.test"})),
            ("unknown route", c.get("/api/v1/nope")),
            ("wrong method", c.delete("/api/v1/scenarios")),
            (
                "bad json",
                c.post("/api/v1/forecast", content=b"{", headers={"content-type": "application/json"}),
            ),
            (
                "csrf missing",
                (
                    c.get(f"/login?token={T}"),
                    c.post("/api/v1/ingest/text", json={"text": "hello world"}),
                )[1],
            ),
        ]:
            print(name, r.status_code, r.headers.get("content-type"), r.text[:200])
