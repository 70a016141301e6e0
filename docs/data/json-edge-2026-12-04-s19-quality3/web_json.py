"""Print two web API documents (the Ukraine scenario's votes and a forecast) on a fresh store,
for comparing the JSON of two source trees (run with PYTHONPATH=TREE/src)."""

import sys, tempfile, warnings
warnings.simplefilter("ignore")
from fastapi.testclient import TestClient
from accord.web import WebSettings, create_app
d = tempfile.mkdtemp()
with TestClient(create_app(WebSettings(db=f"{d}/w.db", token="t" * 24))) as c:
    sys.stdout.write(c.get("/api/v1/scenarios/ukraine-2025-02/votes").text + "\n")
    sys.stdout.write(c.post("/api/v1/forecast", json={"scenario": "ukraine-2025-02", "engine": "mean"}).text + "\n")
