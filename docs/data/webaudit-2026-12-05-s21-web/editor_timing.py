import tempfile
import time
import warnings

warnings.simplefilter("ignore")
from fastapi.testclient import TestClient

from accord.scenario import load_bundled
from accord.scenario.io import scenario_to_data
from accord.web import WebSettings, create_app


if __name__ == "__main__":  # its work runs only as a script (tests/test_docs.py)
    d = tempfile.mkdtemp()
    app = create_app(WebSettings(db=f"{d}/w.db", token="t" * 20))
    with TestClient(app) as c:
        data = scenario_to_data(load_bundled("ukraine-2025-02"))
        # If-Match: * since session 22 (s22-web), where a PUT without it over a scenario is a 428
        h = {"Authorization": "Bearer " + "t" * 20, "If-Match": "*"}
        for k in range(41):
            data["title"] = f"v{k}"
            r = c.put("/api/v1/scenarios/ukraine-2025-02", json={"scenario": data}, headers=h)
            assert r.status_code == 200, r.text
        for k in range(4):
            t = time.perf_counter()
            r = c.get("/scenarios/ukraine-2025-02/edit")
            el = time.perf_counter() - t
            print(
                "editor",
                r.status_code,
                round(el * 1000),
                "ms",
                r.text.count("format=bdm-csv"),
                r.text.count("Not offered"),
            )
        for k in range(2):
            t = time.perf_counter()
            r = c.get("/scenarios")
            el = time.perf_counter() - t
            print("list", r.status_code, round(el * 1000), "ms")
