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
        csrf = re.search(r'name="csrf_token" value="([0-9a-f]+)"', c.get("/news").text).group(1)
        files = {
            "a.html": b"<html><head><title>&lt;script&gt;alert(1)&lt;/script&gt; <b>T</b></title><script>alert(2)</script></head><body><p>Paris, 24 February 2025. Russia rejected the proposal <img src=x onerror=alert(3)>.</p></body></html>",
            "b.rss": b"<?xml version='1.0'?><rss><channel><item><title>&lt;img src=x onerror=alert(4)&gt;</title><description>China called for talks between Russia and Ukraine.</description><pubDate>Mon, 24 Feb 2025 10:00:00 GMT</pubDate></item></channel></rss>",
            "c.txt": "Москва, 24 февраля 2025. Россия отвергла предложение. \u202e".encode(),
            "d.bin": bytes(range(256)),
            "e.jsonl": b'{"text": 5}\n',
            "<x>.txt": b"Macron met Trump.",
        }
        for name, raw in files.items():
            r = c.post(
                "/news/ingest",
                data={"csrf_token": csrf, "scenario": U, "date": "2025-02-24"},
                files={"file": (name, raw)},
                follow_redirects=True,
            )
            err = re.search(r'id="form-error"[^>]*>(.*?)</div>', r.text, re.S)
            note = re.search(r'id="notice">(.*?)<', r.text)
            print(
                name, r.status_code, (err.group(1)[:160] if err else ""), note.group(1) if note else ""
            )
        page = c.get(f"/news?scenario={U}").text
        print(
            "raw script/img in page:",
            [m for m in re.findall(r"<(?:script|img)[^>]*>", page) if "alert" in m],
        )
        i = page.find('id="documents"')
        print(re.sub(r"\s+", " ", page[i : i + 1500])[:900])
