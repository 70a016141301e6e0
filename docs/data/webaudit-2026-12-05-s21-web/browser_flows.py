"""Scratch audit (session 21, s21-web): the pages session 20 did not reach, in Chromium."""

import socket
import sys
import tempfile
import threading
import time

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[3]))
import uvicorn
from playwright.sync_api import sync_playwright
from tests.web.helpers import CHROMIUM, CHROMIUM_FLAGS, MEETING_ARTICLE

from accord.scenario import load_bundled
from accord.scenario.io import scenario_to_data
from accord.web import WebSettings, create_app


if __name__ == "__main__":  # its work runs only as a script (tests/test_docs.py)
    T = "t" * 24
    U = "ukraine-2025-02"
    db = tempfile.mkdtemp() + "/w.db"
    app = create_app(WebSettings(db=db, token=T))
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
    threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    S = f"http://127.0.0.1:{port}"
    H = {"Authorization": "Bearer " + T}
    log = []


    def note(*a):
        print(*a, flush=True)


    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS, headless=True)
        ctx = b.new_context(viewport={"width": 1280, "height": 860})
        p = ctx.new_page()
        probs = []
        p.on(
            "console",
            lambda m: (
                probs.append(("console", m.type, m.text[:200]))
                if m.type in ("error", "warning")
                else None
            ),
        )
        p.on("pageerror", lambda e: probs.append(("pageerror", str(e)[:200])))
        p.on("dialog", lambda d: (probs.append(("DIALOG", d.message)), d.dismiss()))

        def flush(where):
            global probs
            if probs:
                note("  !!", where, probs)
            probs.clear()

        p.goto(f"{S}/login?token={T}")
        # a scenario with markup everywhere
        data = scenario_to_data(load_bundled(U))
        data["id"] = "xss"
        data["title"] = "<script>alert('t')</script><img src=x onerror=alert('i')>"
        data["actors"][0]["name"] = "<img src=x onerror=alert('a')>"
        data["issues"][0]["title"] = "<svg onload=alert('s')>"
        r = p.request.post(f"{S}/api/v1/scenarios", data={"scenario": data}, headers=H)
        note("create xss", r.status)
        # news: ingest text with markup
        p.goto(f"{S}/news?scenario={U}")
        p.fill(
            "textarea[name=text]",
            MEETING_ARTICLE + " <script>alert('n')</script> <img src=x onerror=alert('m')>",
        )
        p.fill("#paste-form input[name=title]", "<b>t</b>")
        p.locator("textarea[name=text]").locator("xpath=ancestor::form").locator("button").click()
        p.wait_for_selector("#notice")
        note("ingest notice", p.inner_text("#notice"))
        flush("ingest")
        p.wait_for_timeout(1500)
        note(
            "documents rows",
            p.locator("#documents tbody tr").count()
            if p.locator("#documents").count()
            else "no #documents",
        )
        p.reload()
        p.wait_for_timeout(1000)
        note(
            "reload after ingest",
            p.inner_text("#notice") if p.locator("#notice").count() else "no notice",
        )
        flush("reload")
        # events filters
        # accept then back / reload
        p.goto(f"{S}/news?scenario={U}")
        n = p.locator("#changes input[type=checkbox]").count()
        note("changes", n)
        if n:
            p.click("#accept")
            p.wait_for_selector("#notice")
            note("accept", p.inner_text("#notice"))
            flush("accept")
            p.reload()
            p.wait_for_timeout(800)
            note(
                "reload after accept", p.inner_text("#notice") if p.locator("#notice").count() else "-"
            )
            vs = p.request.get(f"{S}/api/v1/scenarios/{U}/versions").json()
            note("versions after reload", len(vs))
            p.go_back()
            p.wait_for_timeout(800)
            note("back after accept", p.url)
            flush("back")
        # ledger
        p.goto(f"{S}/ledger?scenario={U}")
        for eng in ["mean", "bdm", "learned"]:
            p.select_option("#record-form select[name=engine]", eng)
            p.fill("#record-form input[name=runs]", "")
            p.click("#record-form button")
            p.wait_for_timeout(1500)
            msg = (
                p.inner_text("#notice")
                if p.locator("#notice").count()
                else (p.inner_text("#form-error") if p.locator("#form-error").count() else p.title())
            )
            note("ledger", eng, msg[:150])
            flush("ledger " + eng)
        p.reload()
        p.wait_for_timeout(800)
        note("ledger records after reload", p.locator("#records tbody tr").count())
        p.go_back()
        p.wait_for_timeout(800)
        note("ledger back", p.url, p.locator("#records tbody tr").count())
        flush("ledger back")
        note("scores text", p.inner_text("main")[-600:].replace("\n", " | "))
        p.goto(f"{S}/ledger")
        p.wait_for_timeout(1500)
        flush("ledger all")
        b.close()
    server.should_exit = True
