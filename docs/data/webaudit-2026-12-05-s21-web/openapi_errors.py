import tempfile
import warnings

warnings.simplefilter("ignore")
from fastapi.testclient import TestClient

from accord.web import WebSettings, create_app


if __name__ == "__main__":  # its work runs only as a script (tests/test_docs.py)
    d = tempfile.mkdtemp()
    with TestClient(create_app(WebSettings(db=f"{d}/w.db", token="t" * 20))) as c:
        spec = c.get("/api/v1/openapi.json").json()
        for path, methods in spec["paths"].items():
            for m, op in methods.items():
                rs = {
                    s: (
                        r.get("content", {})
                        .get("application/json", {})
                        .get("schema", {})
                        .get("$ref", "")
                        .rsplit("/", 1)[-1]
                    )
                    for s, r in op["responses"].items()
                }
                print(m.upper(), path, rs)
        print(spec["components"]["schemas"].get("HTTPValidationError"))
