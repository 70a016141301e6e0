"""Print two web API documents (the Ukraine scenario's votes and a forecast) on a fresh store,
for comparing the JSON of two source trees (run with PYTHONPATH=TREE/src)."""

import sys
import tempfile
import warnings

from accord.web import WebSettings, create_app

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette prefers httpx2; httpx works the same here
    from fastapi.testclient import TestClient


if __name__ == "__main__":  # its work runs only as a script (tests/test_docs.py)
    store = tempfile.mkdtemp()
    with TestClient(create_app(WebSettings(db=f"{store}/w.db", token="t" * 24))) as client:
        sys.stdout.write(client.get("/api/v1/scenarios/ukraine-2025-02/votes").text + "\n")
        body = {"scenario": "ukraine-2025-02", "engine": "mean"}
        sys.stdout.write(client.post("/api/v1/forecast", json=body).text + "\n")
