"""The workbench under a path prefix behind a reverse proxy (``https://example.org/accord/``,
``accord serve --root-path /accord``): until session 33 its pages linked to ``/api/v1/...`` and
``/static/...``, outside the prefix (docs/trial-2026-12-06-s32.md, finding 1's note). Each test
failed on a7a0042d's source. The browser test drives headless Chromium through a small proxy
that strips the prefix, as nginx's ``location /accord/ { proxy_pass http://127.0.0.1:PORT/; }``
does, and that answers 404 to anything outside the prefix, so a link that misses it fails."""

from __future__ import annotations

import http.client
import os
import re
import shutil
import signal
import subprocess
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from accord.cli import app as cli
from accord.errors import AccordError
from accord.web import WebSettings, create_app
from accord.web.settings import root_path
from tests.helpers import accord_command
from tests.web.helpers import CHROMIUM, CHROMIUM_FLAGS, MEETING_ARTICLE, browser_log_in, log_in

TOKEN = "a-root-path-token-0123456789"
BEARER = {"Authorization": f"Bearer {TOKEN}"}
ROOT = "/accord"
UKRAINE = "ukraine-2025-02"
PAGES = [
    "/scenarios",
    f"/scenarios/{UKRAINE}/edit",
    f"/scenarios/{UKRAINE}/forecast?engine=mean&engine=bdm&runs=20",
    f"/scenarios/{UKRAINE}/whatif",
    f"/institutions?scenario={UKRAINE}",
    f"/news?scenario={UKRAINE}",
    f"/ledger?scenario={UKRAINE}",
    "/api",
    "/no-such-page",
]


def _links(html: str) -> list[str]:
    """Every address a page names in ``href``, ``src`` and ``action`` (not fragments)."""
    found = re.findall(r'(?:href|src|action)="([^"#][^"]*)"', html)
    return [link for link in found if not link.startswith(("http:", "https:", "data:"))]


@pytest.fixture
def prefixed(tmp_path: Path) -> Iterator[TestClient]:
    settings = WebSettings(db=str(tmp_path / "s.db"), token=TOKEN, root_path=ROOT)
    with TestClient(create_app(settings)) as client:
        yield client


@pytest.mark.parametrize("proxy", ["strips", "passes"])
def test_every_link_of_every_page_is_under_the_prefix(prefixed: TestClient, proxy: str) -> None:
    """Whether the proxy strips the prefix or passes it on, each page's links, forms, scripts
    and styles name it, and each of them answers under it."""
    asked = "" if proxy == "strips" else ROOT
    seen: set[str] = set()
    for page in PAGES:
        answer = prefixed.get(asked + page)
        assert answer.status_code == (404 if page == "/no-such-page" else 200), page
        links = _links(answer.text)
        assert links, page
        outside = [link for link in links if not link.startswith(ROOT + "/")]
        assert outside == [], (page, outside)
        assert f'<meta name="root-path" content="{ROOT}">' in answer.text  # for app.js
        seen.update(link.replace("&amp;", "&") for link in links)
    for link in sorted(seen):  # the static files, the API's downloads, the other pages
        if "/scenarios/new" in link or link.endswith(("/ingest", "/accept", "/record")):
            continue  # a form's address: it takes a POST
        answer = prefixed.get(link, follow_redirects=False)
        assert answer.status_code in (200, 303), (link, answer.status_code)


def test_redirects_and_the_login_cookie_stay_under_the_prefix(prefixed: TestClient) -> None:
    for asked in (f"{ROOT}/", "/"):
        home = prefixed.get(asked, follow_redirects=False)
        assert home.status_code == 303 and home.headers["location"] == f"{ROOT}/scenarios"
    bare = prefixed.get(ROOT, follow_redirects=False)  # by a path: the Host may be upstream's
    assert bare.status_code == 308 and bare.headers["location"] == f"{ROOT}/"
    icon = prefixed.get(f"{ROOT}/favicon.ico", follow_redirects=False)
    assert icon.headers["location"] == f"{ROOT}/static/favicon.svg"
    login = log_in(prefixed, TOKEN, root=ROOT)
    assert login.status_code == 303 and login.headers["location"] == f"{ROOT}/"
    assert f"Path={ROOT};" in login.headers["set-cookie"]  # not another site's on this host
    old = prefixed.get(f"{ROOT}/scenarios/{UKRAINE}", follow_redirects=False)
    assert old.headers["location"] == f"{ROOT}/scenarios/{UKRAINE}/edit"


def test_the_api_under_the_prefix(prefixed: TestClient) -> None:
    """The API answers under the prefix, in its JSON error shape, and names its addresses
    (a job's status and report) with the prefix; the OpenAPI document names it as server."""
    assert prefixed.get(f"{ROOT}/api/v1/documents").status_code == 200
    missing = prefixed.get(f"{ROOT}/api/v1/no-such-route")
    assert missing.status_code == 404 and missing.json()["error"]["type"] == "NoSuchRoute"
    refused = prefixed.post(f"{ROOT}/api/v1/ingest/text", json={"text": "x"})
    assert refused.status_code == 401 and refused.json()["error"]["type"] == "WriteRefused"
    spec = prefixed.get(f"{ROOT}/api/v1/openapi.json").json()
    assert spec["servers"] == [{"url": ROOT}] and "/api/v1/jobs" in spec["paths"]
    body = {"scenario": UKRAINE, "engine": "mean", "runs": 20, "seed": 1}
    started = prefixed.post(f"{ROOT}/api/v1/jobs", json=body, headers=BEARER)
    assert started.status_code == 202, started.text
    status_url = started.json()["status_url"]
    assert status_url.startswith(f"{ROOT}/api/v1/jobs/")
    assert prefixed.get(status_url).status_code == 200
    untrusted = prefixed.get(f"{ROOT}/scenarios", headers={"Host": "evil.example"})
    assert untrusted.status_code == 400
    assert f'href="{ROOT}/static/app.css"' in untrusted.text  # a middleware's page too


def test_without_a_prefix_nothing_changes(tmp_path: Path) -> None:
    settings = WebSettings(db=str(tmp_path / "s.db"), token=TOKEN)
    with TestClient(create_app(settings)) as client:
        page = client.get("/scenarios").text
        assert 'href="/static/app.css"' in page and '<meta name="root-path" content="">' in page
        login = log_in(client, TOKEN)
        assert login.headers["location"] == "/" and "Path=/;" in login.headers["set-cookie"]


@pytest.mark.parametrize(
    ("given", "kept"),
    [("/accord", "/accord"), ("/accord/", "/accord"), ("/", ""), ("/a/b", "/a/b")],
)
def test_root_path_is_normalised(given: str, kept: str) -> None:
    assert root_path(given) == kept


@pytest.mark.parametrize(
    "given", ["accord", "//accord", "/a//b", "/a b", "/a?b", "/..", "http://x/"]
)
def test_root_path_refuses_what_is_not_a_path_prefix(given: str, tmp_path: Path) -> None:
    with pytest.raises(AccordError, match="--root-path: expected the path the proxy serves"):
        root_path(given)
    with pytest.raises(AccordError, match="--root-path"):
        create_app(WebSettings(db=str(tmp_path / "s.db"), token=TOKEN, root_path=given))
    done = CliRunner().invoke(cli, ["serve", "--root-path", given, "--port", "0"])
    assert done.exit_code != 0 and "--root-path: expected" in " ".join(done.output.split())


# ------------------------------------------------------------------- a real server and browser


class _Proxy(BaseHTTPRequestHandler):
    """A reverse proxy for ``/accord/``: strips the prefix, sends the upstream's name as Host
    (nginx's default) and ``X-Forwarded-For``; anything outside the prefix is a 404."""

    upstream = ""
    outside: ClassVar[list[str]] = []

    def log_message(self, *_args: Any) -> None:
        return

    def _forward(self) -> None:
        if not (self.path == ROOT or self.path.startswith(ROOT + "/")):
            self.outside.append(self.path)
            self.send_error(404)
            return
        length = int(self.headers.get("content-length") or 0)
        body = self.rfile.read(length) if length else None
        headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "connection")}
        headers["X-Forwarded-For"] = self.client_address[0]
        conn = http.client.HTTPConnection(self.upstream, timeout=120)
        conn.request(self.command, self.path[len(ROOT) :] or "/", body, headers)
        answer = conn.getresponse()
        data = answer.read()
        self.send_response(answer.status)
        for key, value in answer.getheaders():
            if key.lower() not in ("transfer-encoding", "connection", "content-length"):
                self.send_header(key, value)
        self.send_header("content-length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)
        conn.close()

    do_GET = do_POST = do_PUT = do_DELETE = _forward


@pytest.fixture(scope="module")
def behind_a_proxy(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[str, list[str], list[str]]]:
    """``accord serve --root-path /accord/`` as a real process, the proxy in front: the
    proxy's address, the lines the server printed, the requests outside the prefix. One per
    module (session 37): of its two tests one only reads the lines printed at start, so the
    click-through still meets a fresh server and an empty list of requests outside."""
    env = {**os.environ, "ACCORD_TOKEN": TOKEN}
    db = tmp_path_factory.mktemp("behind-a-proxy") / "s.db"
    command = accord_command("serve", "--port", "0", "--db", str(db))
    proc = subprocess.Popen(
        [*command, "--root-path", f"{ROOT}/"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    printed = [proc.stdout.readline() for _ in range(4)]
    found = re.search(r"on http://(127\.0\.0\.1:\d+)/accord/ ", printed[0])
    assert found, printed
    _Proxy.upstream = found.group(1)
    _Proxy.outside = []
    proxy = ThreadingHTTPServer(("127.0.0.1", 0), _Proxy)
    thread = threading.Thread(target=proxy.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{proxy.server_address[1]}", printed, _Proxy.outside
    finally:
        proxy.shutdown()
        proc.send_signal(signal.SIGINT)
        proc.communicate(timeout=30)


def test_serve_prints_its_addresses_under_the_prefix(
    behind_a_proxy: tuple[str, list[str], list[str]],
) -> None:
    _proxy, printed, _outside = behind_a_proxy
    text = "".join(printed)
    assert re.search(r"HTTP API under http://127\.0\.0\.1:\d+/accord/api/v1 ", text), text
    assert re.search(r"OpenAPI: http://127\.0\.0\.1:\d+/accord/api/v1/openapi\.json", text)
    assert re.search(r"log in at http://127\.0\.0\.1:\d+/accord/login ", text), text
    assert "token=" not in text  # never in an address (session 40)


def test_click_through_the_workbench_behind_a_proxy_under_a_prefix(
    behind_a_proxy: tuple[str, list[str], list[str]],
) -> None:
    """Headless Chromium through the proxy: log in, then every page by its links, a form that
    redirects (an article pasted), a script's API call (a job started and done), a download."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("browser tests skipped: the playwright package is not installed")
    if not (Path(CHROMIUM).is_file() or shutil.which(CHROMIUM)):
        pytest.skip(f"browser tests skipped: no Chromium at {CHROMIUM}")
    proxy, _printed, outside = behind_a_proxy
    base = proxy + ROOT
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS, headless=True)
        page = browser.new_context().new_page()
        problems: list[str] = []
        page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: problems.append(str(e)))
        try:
            browser_log_in(page, base, TOKEN)
            assert page.url == f"{base}/scenarios"
            assert "editing enabled" in page.inner_text("header")  # the cookie is sent back
            page.click(f"#scenario-list a[href='{ROOT}/scenarios/{UKRAINE}/edit']")
            page.wait_for_selector("#editor")
            for name in ("Forecast", "What-if", "Institutions", "News", "Ledger", "API"):
                with page.expect_navigation():
                    page.click(f"header nav a:text-is('{name}')")
                assert page.url.startswith(f"{base}/"), (name, page.url)
            page.wait_for_selector("text=openapi.json")
            # a form that posts and redirects (Post/Redirect/Get)
            page.goto(f"{base}/news?scenario={UKRAINE}")
            page.fill("#paste-form input[name=title]", "Under a prefix")
            page.fill("#paste-form input[name=date]", "2025-02-24")
            page.fill("#paste-form textarea[name=text]", MEETING_ARTICLE)
            page.click("#paste-form button")
            page.wait_for_selector("#notice")
            assert page.url.startswith(f"{base}/news?scenario={UKRAINE}&ingest=")
            assert "1 added" in page.inner_text("#notice")
            # the forecast page's script: a job through the API, its report link
            page.goto(f"{base}/scenarios/{UKRAINE}/forecast?engine=mean&runs=20")
            page.wait_for_selector("#stance-chart[data-drawn] svg", timeout=30_000)
            page.select_option("#job-engine", "mean")
            page.fill("#job-runs", "50")
            page.click("#job-start")
            page.wait_for_selector("#job[data-status='done']", timeout=60_000)
            report = page.get_attribute("#job-report-line a", "href") or ""
            assert report.startswith(f"{ROOT}/api/v1/jobs/"), report
            # a download link of the scenarios page
            page.goto(f"{base}/scenarios")
            with page.expect_download() as download:
                page.click(f"#scenario-list a[href^='{ROOT}/api/v1/scenarios/{UKRAINE}/download']")
            assert download.value.suggested_filename.startswith(UKRAINE)
        finally:
            browser.close()
    assert outside == []  # nothing asked outside the prefix (the proxy answered those 404)
    assert problems == []
