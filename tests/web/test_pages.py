"""The server-rendered pages through the test client: forms, CSRF, messages on the right cell.
(The same flows in a real browser are in test_browser.py.)"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given
from hypothesis import settings as examples
from hypothesis import strategies as st

from accord.scenario import load_bundled
from accord.scenario.io import scenario_to_data
from accord.web import WebSettings
from tests.web.helpers import MEETING_ARTICLE, lock_writes, retry_later_page

UKRAINE = "ukraine-2025-02"


def _csrf(page: str) -> str:
    found = re.search(r'name="csrf_token" value="([0-9a-f]+)"', page)
    assert found, "the page has no CSRF field"
    return found.group(1)


def _editor_form(page: str) -> dict[str, str]:
    """The editor's fields as the browser would post them (inputs with name and value)."""
    fields = {}
    for m in re.finditer(r'<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"', page):
        fields[m.group(1)] = html.unescape(m.group(2))
    return fields


def _field(page: str, key: str, what: str) -> str:
    """The name of the position or salience field of the stance cell ``key``."""
    found = re.search(rf'name="(stance-\d+-{what})"', _cell(page, key))
    assert found, f"{key} has no stance on the page"
    return found.group(1)


def _stances(client: TestClient, scenario_id: str) -> dict[str, tuple[float, float]]:
    """The stored newest version's stances, by 'actor|issue'."""
    data = client.get(f"/api/v1/scenarios/{scenario_id}").json()
    return {f"{s['actor']}|{s['issue']}": (s["position"], s["salience"]) for s in data["stances"]}


def _shown_stances(page: str) -> dict[str, tuple[float, float]]:
    """The stance cells an editor page shows, by 'actor|issue'."""
    found = re.finditer(
        r'data-cell="([^"]+)">\s*<input name="stance-\d+-position" value="([^"]*)"'
        r'[^>]*>\s*<input name="stance-\d+-salience" value="([^"]*)"',
        page,
    )
    return {html.unescape(m[1]): (float(m[2]), float(m[3])) for m in found}


def _cell(page: str, key: str) -> str:
    start = page.index(f'data-cell="{key}"')
    return page[start : page.index("</td>", start)]


@pytest.mark.parametrize(
    "url",
    [
        "/scenarios",
        f"/scenarios/{UKRAINE}/edit",
        f"/scenarios/{UKRAINE}/forecast?engine=mean&engine=bdm&runs=30",
        f"/scenarios/{UKRAINE}/whatif",
        "/institutions",
        "/institutions?body=eu-council&index=banzhaf&scenario=ec-emissions-1994",
        "/news",
        "/ledger",
        "/api",
    ],
)
def test_pages_render(client: TestClient, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 200, response.text[:500]
    assert "<script>" not in response.text  # no inline script: only src= and JSON data
    assert 'src="/static/app.js"' in response.text


def test_read_only_pages_offer_no_forms(client: TestClient) -> None:
    page = client.get("/scenarios").text
    assert "read-only" in page and 'action="/scenarios/upload"' not in page


def test_form_post_without_csrf_is_refused(browser: TestClient) -> None:
    response = browser.post("/scenarios/new", data={"id": "x", "base": UKRAINE})
    assert response.status_code == 403
    assert "CSRF" in response.text
    assert browser.get("/api/v1/scenarios/x").status_code == 404


def test_form_post_without_login_is_refused(client: TestClient) -> None:
    response = client.post("/scenarios/new", data={"id": "x", "csrf_token": "0" * 64})
    assert response.status_code == 401


def test_invalid_edit_shows_the_message_on_its_cell_and_saves_nothing(
    browser: TestClient,
) -> None:
    page = browser.get(f"/scenarios/{UKRAINE}/edit").text
    form = _editor_form(page)
    scenario = load_bundled(UKRAINE)
    k = next(
        i for i, s in enumerate(scenario.stances) if (s.actor, s.issue) == ("USA", "ceasefire")
    )
    form[f"stance-{k}-salience"] = "1.7"
    form["actor-1-capability"] = "lots"
    response = browser.post(f"/scenarios/{UKRAINE}/edit", data=form)
    assert response.status_code == 422
    cell = _cell(response.text, "USA|ceasefire")
    assert "invalid" in response.text[: response.text.index('data-cell="USA|ceasefire"')][-60:]
    assert "must be at most 1" in cell and "1.7" in cell
    capability = response.text.split('name="actor-1-capability"')[1].split("</td>")[0]
    assert "must be a number" in capability
    assert len(browser.get(f"/api/v1/scenarios/{UKRAINE}/versions").json()) == 1


def test_a_busy_database_is_told_as_such_and_the_edit_kept(
    browser: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Session 21: a save the database refused for being busy (the API's 503 StoreBusy) was the
    error page: the typed values were lost and nothing said to retry. Now the editor again,
    503 with Retry-After, saying the store was busy, no field blamed, the values as typed."""
    form = _editor_form(browser.get(f"/scenarios/{UKRAINE}/edit").text)
    form["stance-0-position"] = "42"
    form["title"] = "Typed while busy"
    lock_writes(browser.app, monkeypatch)
    busy = browser.post(f"/scenarios/{UKRAINE}/edit", data=form)
    assert busy.status_code == 503 and int(busy.headers["retry-after"]) >= 1
    assert 'id="store-busy"' in busy.text and "the database is busy" in busy.text
    assert 'id="form-error"' not in busy.text and "aria-invalid" not in busy.text
    kept = _editor_form(busy.text)
    assert kept["title"] == "Typed while busy" and float(kept["stance-0-position"]) == 42
    assert len(browser.get(f"/api/v1/scenarios/{UKRAINE}/versions").json()) == 1
    monkeypatch.undo()  # the database free again: saving the page as shown saves the edit
    saved = browser.post(f"/scenarios/{UKRAINE}/edit", data=kept, follow_redirects=False)
    assert saved.status_code == 303 and saved.headers["location"].endswith("saved=1")
    shown = browser.get(f"/api/v1/scenarios/{UKRAINE}").json()
    assert shown["title"] == "Typed while busy" and shown["stances"][0]["position"] == 42


def test_valid_edit_saves_a_new_version(browser: TestClient) -> None:
    page = browser.get(f"/scenarios/{UKRAINE}/edit").text
    form = _editor_form(page)
    form["stance-0-position"] = "42"
    form["note"] = "moved one stance"
    response = browser.post(f"/scenarios/{UKRAINE}/edit", data=form, follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"].endswith("saved=1")
    saved = browser.get(f"/api/v1/scenarios/{UKRAINE}").json()
    assert saved["stances"][0]["position"] == 42
    assert saved == {**saved, "title": load_bundled(UKRAINE).title}
    versions = browser.get(f"/api/v1/scenarios/{UKRAINE}/versions").json()
    assert versions[-1]["note"] == "moved one stance"


@pytest.mark.parametrize("salience", ["0.5", "7"])
def test_an_opened_version_that_is_no_number_is_a_conflict_not_a_server_error(
    browser: TestClient, salience: str
) -> None:
    # session 21: the form's opened version '²' (str.isdigit holds for it, int refuses it)
    # was a 500, whether the edit was valid (saved over it) or refused (shown again)
    page = browser.get(f"/scenarios/{UKRAINE}/edit").text
    form = _editor_form(page) | {"newest": "²"}
    form[_field(page, "RUS|ceasefire", "salience")] = salience
    answer = browser.post(f"/scenarios/{UKRAINE}/edit", data=form)
    assert answer.status_code == (409 if salience == "0.5" else 422)
    assert len(browser.get(f"/api/v1/scenarios/{UKRAINE}/versions").json()) == 1  # none saved


def test_a_second_tab_saving_over_a_newer_version_is_told_not_overwritten(
    browser: TestClient,
) -> None:
    # session 20: two tabs open the same scenario; the first removes a stance and saves; the
    # second's save used to overwrite it silently, with every later cell shifted onto its
    # neighbour (the form's cells were numbered after the newest version, not the one shown)
    page = browser.get(f"/scenarios/{UKRAINE}/edit").text
    first, second = _editor_form(page), _editor_form(page)
    shown = _shown_stances(page)
    first[_field(page, next(iter(shown)), "position")] = ""
    first["title"] = "from the first tab"
    saved = browser.post(f"/scenarios/{UKRAINE}/edit", data=first, follow_redirects=False)
    assert saved.status_code == 303
    second[_field(page, "RUS|ceasefire", "salience")] = "0.33"
    refused = browser.post(f"/scenarios/{UKRAINE}/edit", data=second)
    assert refused.status_code == 409
    assert "version 1 was saved" in refused.text
    assert len(browser.get(f"/api/v1/scenarios/{UKRAINE}/versions").json()) == 2  # 0 and 1
    assert browser.get(f"/api/v1/scenarios/{UKRAINE}").json()["title"] == "from the first tab"
    # the refused page keeps the second tab's values on their cells; saving it again is the
    # user's informed choice, and every cell lands where it was shown
    wanted = shown | {"RUS|ceasefire": (shown["RUS|ceasefire"][0], 0.33)}
    assert _shown_stances(refused.text) == wanted
    again = browser.post(
        f"/scenarios/{UKRAINE}/edit", data=_editor_form(refused.text), follow_redirects=False
    )
    assert again.status_code == 303 and again.headers["location"].endswith("saved=2")
    assert _stances(browser, UKRAINE) == wanted


def test_an_edit_refused_then_corrected_keeps_every_cell_in_place(browser: TestClient) -> None:
    # session 20: a refused edit that also emptied a cell and added an actor is shown again;
    # its corrected save must keep each value on the cell it was typed in
    page = browser.get(f"/scenarios/{UKRAINE}/edit").text
    form = _editor_form(page)
    shown = _shown_stances(page)
    removed = next(iter(shown))
    form[_field(page, removed, "position")] = ""
    form["actor-0-capability"] = "lots"
    form |= {"new-actor-id": "NOR", "new-actor-name": "Norway", "new-actor-capability": "3"}
    form |= {"new-NOR|ceasefire-position": "55", "new-NOR|ceasefire-salience": "0.4"}
    refused = browser.post(f"/scenarios/{UKRAINE}/edit", data=form)
    assert refused.status_code == 422
    corrected = _editor_form(refused.text)
    corrected["actor-0-capability"] = "7"
    saved = browser.post(f"/scenarios/{UKRAINE}/edit", data=corrected, follow_redirects=False)
    assert saved.status_code == 303, saved.text[:2000]
    stored = _stances(browser, UKRAINE)
    shown.pop(removed)
    assert stored == shown
    actors = browser.get(f"/api/v1/scenarios/{UKRAINE}").json()["actors"]
    assert actors[0]["capability"] == 7 and actors[-1]["id"] == "NOR"


@pytest.mark.parametrize("sid", ["a/b", "../etc", ".", "..", "<i>x</i>"])
def test_a_scenario_id_no_address_can_reach_is_refused(
    browser: TestClient, auth: dict[str, str], sid: str
) -> None:
    # session 20: such an id was saved, then listed with links to pages that were a 404
    # ("/" splits the path; "." and ".." are removed from it by the browser)
    token = _csrf(browser.get("/scenarios").text)
    form = {"id": sid, "base": UKRAINE, "csrf_token": token}
    refused = browser.post("/scenarios/new", data=form)
    assert refused.status_code == 422
    assert "id: cannot be a page address" in refused.text
    data = scenario_to_data(load_bundled(UKRAINE)) | {"id": sid}
    made = browser.post("/api/v1/scenarios", json={"scenario": data}, headers=auth)
    assert made.status_code == 422
    assert made.json()["error"]["problems"][0]["path"] == "id"
    upload = browser.post(
        "/api/v1/scenarios/upload",
        files={"file": ("s.json", json.dumps(data).encode())},
        headers=auth,
    )
    assert upload.status_code == 422
    listed = {s["scenario"] for s in browser.get("/api/v1/scenarios").json()}
    assert sid not in listed


def test_an_upload_with_no_file_chosen_says_so(browser: TestClient) -> None:
    # session 20: a browser posts an empty part with no name; the page blamed "upload.yaml",
    # a file the analyst never chose
    token = _csrf(browser.get("/scenarios").text)
    body = (
        f'--b\r\nContent-Disposition: form-data; name="csrf_token"\r\n\r\n{token}\r\n'
        '--b\r\nContent-Disposition: form-data; name="file"; filename=""\r\n'
        "Content-Type: application/octet-stream\r\n\r\n\r\n--b--\r\n"
    )
    response = browser.post(
        "/scenarios/upload",
        content=body.encode(),
        headers={"content-type": "multipart/form-data; boundary=b"},
    )
    assert response.status_code == 422
    assert "file: choose a scenario file to upload" in response.text
    assert "upload.yaml" not in response.text


def test_the_editor_saves_a_scenario_of_forty_actors(
    browser: TestClient, auth: dict[str, str]
) -> None:
    # session 20: its form (two fields a cell, 40 actors by 13 issues) had more than the
    # 1,000 fields the form parser takes by default: every save was a bare JSON 400
    actors = [{"id": f"A{a}", "name": f"Actor {a}", "capability": 1 + a} for a in range(40)]
    issues = [{"id": f"i{i}", "title": f"Issue {i}"} for i in range(13)]
    stances = [
        {"actor": a["id"], "issue": i["id"], "position": 50, "salience": 0.5}
        for a in actors
        for i in issues[:-1]
    ]
    data = {"id": "forty", "title": "Forty", "actors": actors, "issues": issues}
    made = browser.post(
        "/api/v1/scenarios", json={"scenario": data | {"stances": stances}}, headers=auth
    )
    assert made.status_code == 201, made.text
    page = browser.get("/scenarios/forty/edit").text
    form = _editor_form(page)
    assert len(form) > 1000
    form[_field(page, "A39|i0", "position")] = "75"
    form["new-A39|i12-position"] = "20"  # a stance on the issue nobody held one on
    saved = browser.post("/scenarios/forty/edit", data=form, follow_redirects=False)
    assert saved.status_code == 303, saved.text[:300]
    stored = _stances(browser, "forty")
    assert stored["A39|i0"] == (75, 0.5) and stored["A39|i12"] == (20, 0.5)


def test_new_scenario_and_bad_upload_in_the_page(browser: TestClient) -> None:
    token = _csrf(browser.get("/scenarios").text)
    made = browser.post(
        "/scenarios/new",
        data={"id": "copy", "title": "A copy", "base": UKRAINE, "csrf_token": token},
        follow_redirects=False,
    )
    assert made.status_code == 303 and made.headers["location"] == "/scenarios/copy/edit"
    bad = browser.post(
        "/scenarios/upload",
        data={"csrf_token": token},
        files={"file": ("bad.json", b'{"id": "b", "title": "B", "actors": []}')},
    )
    assert bad.status_code == 422
    assert "bad.json: actors: must list at least one item" in bad.text


def test_a_busy_database_keeps_the_new_scenario_and_upload_forms(
    browser: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Session 22 (s22-web2): the new-scenario and upload forms told a busy database as their
    error (422, "too many concurrent writers", not to retry) and kept nothing typed; now
    the editor's answer, each form's values kept, the uploaded file named."""
    token = _csrf(browser.get("/scenarios").text)
    lock_writes(browser.app, monkeypatch)
    typed = {"id": "my-copy", "title": "Typed <while> busy", "base": "ec-emissions-1994"}
    page = retry_later_page(browser.post("/scenarios/new", data={**typed, "csrf_token": token}))
    new = page[page.index('action="/scenarios/new"') : page.index('id="upload-form"')]
    assert "create again" in new and 'value="my-copy"' in new
    assert 'value="Typed &lt;while&gt; busy"' in new
    assert "<option selected>ec-emissions-1994</option>" in new
    upload = {"format": "json", "replace": "1", "csrf_token": token}
    data = json.dumps(scenario_to_data(load_bundled(UKRAINE)) | {"id": "up"}).encode()
    sent = browser.post("/scenarios/upload", data=upload, files={"file": ("mine.json", data)})
    page = retry_later_page(sent)
    form = page[page.index('id="upload-form"') :]
    assert page.index('id="store-busy"') > page.index('id="upload-form"')  # the form concerned
    assert "Your file, mine.json, was not saved" in form and "<code>mine.json</code>" in form
    assert "<option selected>json</option>" in form and 'value="1" checked' in form
    assert "create again" not in page
    monkeypatch.undo()  # the database free again: the forms as kept save
    made = browser.post("/scenarios/new", data={**typed, "csrf_token": token})
    assert made.status_code == 200 and made.url.path == "/scenarios/my-copy/edit"
    again = browser.post("/scenarios/upload", data=upload, files={"file": ("mine.json", data)})
    assert again.status_code == 200 and again.url.path == "/scenarios/up/edit"


def _between(page: str, start: str, end: str) -> str:
    return page[page.index(start) : page.index(end, page.index(start))]


TYPED = st.text(st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("\n\t"))


@examples(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(title=TYPED, source=TYPED, text=TYPED.filter(str.strip))
def test_a_refused_paste_keeps_what_was_typed(
    browser: TestClient, title: str, source: str, text: str
) -> None:
    """Session 23: a refused ingest (422: a date that is none) showed the forms empty, the
    pasted article lost; now the paste form as sent (markup shown escaped), as the editor and
    the new-scenario form keep theirs (``pages.as_sent``), and the file form left empty."""
    token = _csrf(browser.get("/news").text)
    typed = {"title": title, "date": "2025-02-30", "source": source, "text": text}
    refused = browser.post("/news/ingest", data={"csrf_token": token, **typed})
    assert refused.status_code == 422 and "date: must be a date written" in refused.text
    form = _between(refused.text, 'id="paste-form"', "</form>")
    kept = re.search(r'<textarea name="text"[^>]*>(.*?)</textarea>', form, re.S)
    assert kept is not None and html.unescape(kept[1]) == text
    for name in ("title", "date", "source"):
        value = re.search(rf'name="{name}"[^>]* value="([^"]*)"', form)
        assert value is not None and html.unescape(value[1]) == typed[name], name
    assert 'id="store-busy"' not in refused.text
    assert 'value=""' in _between(refused.text, 'id="file-form"', "</form>")
    assert browser.get("/api/v1/documents").json() == []


def test_a_refused_upload_keeps_its_date_and_names_its_file(browser: TestClient) -> None:
    token = _csrf(browser.get("/news").text)
    refused = browser.post(
        "/news/ingest",
        data={"csrf_token": token, "scenario": UKRAINE, "date": "24/02/2025"},
        files={"file": ("<b>talks</b>.txt", MEETING_ARTICLE.encode())},
    )
    assert refused.status_code == 422 and "date: must be a date written" in refused.text
    form = _between(refused.text, 'id="file-form"', "</form>")
    assert 'value="24/02/2025"' in form
    assert "chosen before: <code>&lt;b&gt;talks&lt;/b&gt;.txt</code>" in form
    assert "></textarea>" in _between(refused.text, 'id="paste-form"', "</form>")


@pytest.mark.parametrize("broken", [1, 2])
def test_an_ingest_shows_each_problem_of_the_file(browser: TestClient, broken: int) -> None:
    # session 21: the notice counted them ("1 problems") and never said what they were
    good = json.dumps({"title": "Talks", "text": MEETING_ARTICLE})
    lines = [good, "{broken", '{"text": ["<i>x</i>"]}'][: 1 + broken]
    token = _csrf(browser.get("/news").text)
    posted = browser.post(
        "/news/ingest",
        data={"csrf_token": token, "scenario": UKRAINE},
        files={"file": ("feed.jsonl", "\n".join(lines).encode())},
        follow_redirects=False,
    )
    address = posted.headers["location"]
    assert re.fullmatch(rf"/news\?scenario={UKRAINE}&ingest=[\w-]+", address)  # no text in it
    page = browser.get(address).text
    notice = re.search(r'<p class="notice" id="notice">([^<]*)</p>', page)
    assert notice is not None
    assert notice.group(1).endswith(f", {broken} problem{'s' if broken > 1 else ''}")
    shown = re.findall(r"<li>([^<]*)</li>", page.split('id="read-problems"')[1].split("</ul>")[0])
    assert [html.unescape(p) for p in shown] == [
        "feed.jsonl: line 2: invalid JSON at column 2 (expecting property name enclosed in double "
        "quotes)",
        "feed.jsonl: line 3: text: expected the article's text as a string (got ['<i>x</i>'])",
    ][:broken]
    assert "<i>x" not in page  # the file's words are shown escaped
    again = browser.get(address).text  # a reload shows the same, nothing ingested twice
    assert again.count("<li>") == page.count("<li>") and "1 already stored" not in again
    unknown = browser.get("/news", params={"scenario": UKRAINE, "ingest": "not-a-key"})
    assert 'id="notice"' not in unknown.text and 'id="read-problems"' not in unknown.text


def test_the_news_page_announces_no_text_and_no_version_of_the_address(
    browser: TestClient,
) -> None:
    # session 21: /news?ingested=TEXT announced any text a link carried ("ingested: TEXT"), and
    # ?accepted=N "accepted changes saved as version N" for a version no accept saved (as the
    # ledger's ?recorded=N did until session 20)
    spoofed = browser.get("/news", params={"ingested": "your session expired, log in at x.test"})
    assert spoofed.status_code == 200 and 'id="notice"' not in spoofed.text
    for version in (1, 7, -5):
        page = browser.get("/news", params={"scenario": UKRAINE, "accepted": version})
        assert 'id="notice"' not in page.text, version
    token = _csrf(browser.get("/news").text)
    done = browser.post(
        "/news/ingest", data={"csrf_token": token, "scenario": UKRAINE, "text": MEETING_ARTICLE}
    )
    assert "ingested: 1 added, 0 already stored," in done.text  # made from the counts
    pairs = re.findall(r'name="accept" value="([^"]+)"', done.text)
    form = {"csrf_token": token, "scenario": UKRAINE, "accept": pairs[:1]}
    accepted = browser.post("/news/accept", data=form, follow_redirects=False)
    assert accepted.headers["location"].endswith("accepted=1")
    assert "accepted changes saved as version 1" in browser.get(accepted.headers["location"]).text
    saved = browser.put(
        f"/api/v1/scenarios/{UKRAINE}",
        json={"scenario": scenario_to_data(load_bundled(UKRAINE))},
        headers={"x-csrf-token": token, "If-Match": '"1"'},
    )
    assert saved.status_code == 200, saved.text  # version 2, an edit, not an accept
    page = browser.get("/news", params={"scenario": UKRAINE, "accepted": 2}).text
    assert 'id="notice"' not in page


def _ticks(page: str) -> dict[str, bool]:
    """The accept form's boxes, 'actor|issue' -> ticked."""
    boxes = re.finditer(r'name="accept" value="([^"]+)"( checked)?', page)
    return {html.unescape(m[1]): bool(m[2]) for m in boxes}


def test_a_busy_database_keeps_the_ticks_of_an_accept(
    browser: TestClient, auth: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Session 22 (s22-web2): an accept the database refused for being busy was the error page
    and the ticks were lost; now the news page again, 503 with Retry-After, saying the store
    was busy, the boxes as they were sent, the confidence as typed."""
    browser.post("/api/v1/ingest/text", json={"text": MEETING_ARTICLE}, headers=auth)
    page = browser.get("/news", params={"scenario": UKRAINE, "min_confidence": "0"}).text
    offered = _ticks(page)
    assert len(offered) >= 2 and all(offered.values())  # the page offers every change ticked
    unticked, *chosen = offered
    form = {"csrf_token": _csrf(page), "scenario": UKRAINE, "accept": chosen}
    lock_writes(browser.app, monkeypatch)
    busy = retry_later_page(browser.post("/news/accept", data={**form, "min_confidence": "0"}))
    assert "accept again" in busy and busy.index('id="store-busy"') > busy.index("accept-form")
    assert _ticks(busy) == {pair: pair in chosen for pair in offered}
    assert 'name="min_confidence" value="0"' in busy
    assert browser.get(f"/api/v1/scenarios/{UKRAINE}/versions").json()[-1]["version"] == 0
    monkeypatch.undo()  # the database free again: the form as kept is accepted
    kept = {**form, "accept": [p for p, ticked in _ticks(busy).items() if ticked]}
    done = browser.post("/news/accept", data={**kept, "min_confidence": "0"})
    assert "accepted changes saved as version 1" in done.text
    note = browser.get(f"/api/v1/scenarios/{UKRAINE}/versions").json()[-1]["note"]
    assert unticked.replace("|", " / ") not in note  # the unticked change left out
    assert all(p.replace("|", " / ") in note for p in chosen)


def test_news_page_marks_and_skips_the_scenarios_own_source(
    browser: TestClient, seed_article: Path
) -> None:
    """Session 27: the scenario was written from the seed article (its source `seed`, the same
    file name): the page marks its findings and proposes no change from them."""
    token = _csrf(browser.get("/news").text)
    done = browser.post(
        "/news/ingest",
        data={"csrf_token": token, "scenario": UKRAINE},
        files={"file": (seed_article.name, seed_article.read_bytes())},
    )
    assert done.status_code == 200 and "1 added" in done.text
    assert 'id="no-changes"' in done.text and "(already source seed)" in done.text
    assert 'id="skipped-sources"' in done.text
    assert "accord update --include-sources counts them" in done.text


EDITED = b"\nThe talks are to continue in Riyadh next week.\n"


def test_news_page_ingest_and_accept(browser: TestClient, seed_article: Path) -> None:
    token = _csrf(browser.get("/news").text)
    done = browser.post(
        "/news/ingest",
        data={"csrf_token": token, "scenario": UKRAINE},
        # another article: the seed's text edited (a line added). The seed itself, under any
        # name, is the scenario's source `seed` by its text's fingerprint (session 28; by its
        # file name only in session 27) and proposes nothing; this one proposes changes
        files={"file": ("article.txt", seed_article.read_bytes() + EDITED)},
    )
    assert done.status_code == 200 and "1 added" in done.text
    page = done.text
    pairs = re.findall(r'name="accept" value="([^"]+)"', page)
    assert pairs
    accepted = browser.post(
        "/news/accept",
        data={"csrf_token": token, "scenario": UKRAINE, "accept": pairs[:1]},
    )
    assert "accepted changes saved as version 1" in accepted.text
    versions = browser.get(f"/api/v1/scenarios/{UKRAINE}/versions").json()
    assert versions[-1]["note"].startswith("news update: " + pairs[0].replace("|", " / "))


def _rows(page: str, table_id: str) -> int:
    table = page[page.index(f'id="{table_id}"') :]
    return table[: table.index("</table>")].split("<tbody>")[1].count("<tr>")


def test_news_page_filters_events_by_confidence(client: TestClient, auth: dict[str, str]) -> None:
    client.post("/api/v1/ingest/text", json={"text": MEETING_ARTICLE}, headers=auth)
    every = client.get("/api/v1/events").json()
    least = max(e["confidence"] for e in every)
    kept = sum(e["confidence"] >= least for e in every)
    assert 0 < kept < len(every)
    assert _rows(client.get("/news").text, "events") == len(every)
    assert _rows(client.get("/news?min_confidence=").text, "events") == len(every)  # a blank field
    page = client.get(f"/news?min_confidence={least}")
    assert page.status_code == 200
    assert _rows(page.text, "events") == kept
    assert f"at confidence ≥ {least} ({kept})" in page.text
    assert f'min="0" max="1" step="any" value="{least}"' in page.text  # the field keeps it


def test_news_page_evidence_and_accept_at_the_confidence_shown(
    browser: TestClient, auth: dict[str, str]
) -> None:
    # session 18: the page's minimum confidence gates the evidence and what an accept saves
    browser.post("/api/v1/ingest/text", json={"text": MEETING_ARTICLE}, headers=auth)
    levels = sorted({e["confidence"] for e in browser.get("/api/v1/events").json()})
    api = f"/api/v1/scenarios/{UKRAINE}"
    sizes = []
    for least in [*levels, 1.0]:
        asked = {"min_confidence": least}
        page = browser.get("/news", params={"scenario": UKRAINE, **asked}).text
        evidence = browser.get(f"{api}/evidence", params=asked).json()
        changes = browser.get(f"{api}/proposal", params=asked).json()["changes"]
        assert _rows(page, "evidence") == len(evidence)
        assert f"at event confidence ≥ {least} ({len(evidence)})" in page
        pairs = re.findall(r'name="accept" value="([^"]+)"', page)
        assert pairs == [f"{c['actor']}|{c['issue']}" for c in changes]
        assert not pairs or f'name="min_confidence" value="{least}"' in page  # the accept form
        sizes.append(len(evidence))
    assert sizes[0] > sizes[-1]  # some level leaves findings out
    # accepting every pair the lowest level proposes, at a level that proposes none
    pairs = re.findall(r'name="accept" value="([^"]+)"', browser.get("/news").text)
    assert pairs
    token = _csrf(browser.get("/news").text)
    form = {"csrf_token": token, "scenario": UKRAINE, "accept": pairs, "min_confidence": "1"}
    stale = browser.post("/news/accept", data=form)  # session 19: refused, not a silent 200
    assert stale.status_code == 409
    assert "not among the changes the current evidence proposes" in stale.text
    assert pairs[0].replace("|", " / ") in stale.text
    assert 'step="any" value="1"' in stale.text  # the page comes back at that level
    done = browser.post("/news/accept", data={**form, "accept": []})
    assert "nothing accepted" in done.text  # ticking nothing rejects every change
    refused = browser.post("/news/accept", data={**form, "min_confidence": "2"})
    assert refused.status_code == 422
    assert "min confidence: must be a probability between 0 and 1" in refused.text
    assert browser.get(f"{api}/versions").json()[-1]["version"] == 0  # nothing saved


@pytest.mark.parametrize("value", ["1.5", "-0.1", "nan", "high"])
def test_a_refused_min_confidence_is_shown_in_the_page(client: TestClient, value: str) -> None:
    page = client.get("/news", params={"min_confidence": value})
    assert page.status_code == 422
    assert page.headers["content-type"].startswith("text/html")
    assert "min confidence: must be a probability between 0 and 1" in page.text
    assert f'step="any" value="{value}"' in page.text  # kept in the field, to be corrected


def test_bad_pasted_date_is_shown_in_the_page(browser: TestClient) -> None:
    token = _csrf(browser.get("/news").text)
    response = browser.post(
        "/news/ingest",
        data={"csrf_token": token, "text": "France met Russia in Paris.", "date": "24/02/2025"},
    )
    assert response.status_code == 422
    assert "date: must be a date written YYYY-MM-DD" in response.text


def test_too_large_form_upload_gets_a_page_with_the_message(browser: TestClient) -> None:
    token = _csrf(browser.get("/scenarios").text)
    response = browser.post(
        "/scenarios/upload",
        data={"csrf_token": token},
        files={"file": ("big.yaml", b"#" * (2 * 1024 * 1024))},
    )
    assert response.status_code == 413
    assert response.headers["content-type"].startswith("text/html")
    assert "request too large" in response.text and "limit is 1048576 bytes" in response.text
    assert "content-security-policy" in response.headers


def _strict_json(text: str) -> object:
    """Parse as a browser's ``JSON.parse`` does: NaN and Infinity are not JSON."""

    def refuse(name: str) -> object:
        raise ValueError(f"{name} is not JSON")

    return json.loads(text, parse_constant=refuse)


@pytest.mark.parametrize("page", ["forecast?runs=30", "whatif", "edit"])
def test_an_issue_nobody_holds_a_stance_on_leaves_the_page_data_json(
    client: TestClient, auth: dict[str, str], page: str
) -> None:
    # session 20: its Monte Carlo samples are NaN, which the page's data block carried as a
    # bare NaN: the browser's JSON.parse refused it and no chart of the page was drawn
    data = scenario_to_data(load_bundled(UKRAINE)) | {"id": "orphan"}
    data["issues"] = [*data["issues"], {"id": "unheld", "title": "Nobody's issue"}]
    made = client.post("/api/v1/scenarios", json={"scenario": data}, headers=auth)
    assert made.status_code == 201, made.text
    response = client.get(f"/scenarios/orphan/{page}")
    assert response.status_code == 200
    block = re.search(
        r'<script type="application/json" id="page-data">(.*?)</script>', response.text, re.S
    )
    if block:
        _strict_json(block.group(1))
    shown = re.search(r'name="shown" value="([^"]*)"', response.text)
    if shown:
        _strict_json(html.unescape(shown.group(1)))
    assert block or shown


@pytest.mark.parametrize("runs", ["abc", "0", "-3", "1e3", "99999999", "²", "1²", "١٢"])
def test_a_refused_ledger_runs_value_is_shown_and_nothing_recorded(
    browser: TestClient, runs: str
) -> None:
    # session 20: such a value was dropped (or cut to 5,000) and a forecast recorded as if the
    # field had been empty (or said 5,000), with nothing to tell the analyst; session 21: a
    # digit that is not 0-9 ('²', which str.isdigit accepts and int refuses) was a 500
    token = _csrf(browser.get("/ledger").text)
    form = {"csrf_token": token, "scenario": UKRAINE, "engine": "mean", "runs": runs}
    refused = browser.post("/ledger/record", data=form)
    assert refused.status_code == 422
    assert "runs: must be a whole number from 1 to 5000" in refused.text
    assert f'name="runs" value="{runs}"' in refused.text  # kept, to be corrected
    assert browser.get("/api/v1/ledger").json()["records"] == []


def test_a_scenario_saved_in_the_workbench_has_a_ledger(browser: TestClient) -> None:
    # session 21: the ledger page's own scenario list offered it, and choosing it was a 404
    # ("no bundled scenario has that id") until a forecast of it was recorded, which the
    # page's form, on that 404, could not do
    token = _csrf(browser.get("/ledger").text)
    data = scenario_to_data(load_bundled(UKRAINE)) | {"id": "my-own"}
    made = browser.post(
        "/api/v1/scenarios", json={"scenario": data}, headers={"x-csrf-token": token}
    )
    assert made.status_code == 201, made.text
    page = browser.get("/ledger", params={"scenario": "my-own"})
    assert page.status_code == 200 and "No recorded forecasts yet." in page.text
    listed = browser.get("/api/v1/ledger", params={"scenario": "my-own"})
    empty = {"records": [], "resolutions": [], "drafts": [], "draft_results": []}
    assert listed.status_code == 200 and listed.json() == empty
    assert browser.get("/api/v1/ledger/scores", params={"scenario": "my-own"}).status_code == 200
    form = {"csrf_token": token, "scenario": "my-own", "engine": "mean", "runs": ""}
    recorded = browser.post("/ledger/record", data=form, follow_redirects=False)
    assert recorded.status_code == 303
    (record,) = browser.get("/api/v1/ledger", params={"scenario": "my-own"}).json()["records"]
    assert record["scenario"] == "my-own"
    assert browser.get("/api/v1/ledger", params={"scenario": "my-owm"}).status_code == 404


def test_an_engine_that_cannot_forecast_the_scenario_is_told_above_the_record_form(
    browser: TestClient,
) -> None:
    # session 21: the form offers every engine; 'learned' cannot forecast the Ukraine
    # scenario, and recording it was the error page (400) in place of the ledger
    token = _csrf(browser.get("/ledger").text)
    form = {"csrf_token": token, "scenario": UKRAINE, "engine": "learned", "runs": "20"}
    refused = browser.post("/ledger/record", data=form)
    assert refused.status_code == 422
    assert "Not recorded: engine &#39;learned&#39; cannot forecast scenario" in refused.text
    assert 'id="record-form"' in refused.text and 'name="runs" value="20"' in refused.text
    assert browser.get("/api/v1/ledger").json()["records"] == []


def test_the_ledger_page_announces_only_a_record_it_holds(browser: TestClient) -> None:
    # session 20: ?recorded=999 announced "Recorded as ledger record 999", which did not exist
    token = _csrf(browser.get("/ledger").text)
    form = {"csrf_token": token, "scenario": UKRAINE, "engine": "mean", "runs": "20"}
    made = browser.post("/ledger/record", data=form, follow_redirects=False)
    assert made.status_code == 303
    shown = browser.get(made.headers["location"]).text
    (record,) = browser.get("/api/v1/ledger").json()["records"]
    notice = f'id="notice">Recorded as ledger record {record["id"]} (mean on {UKRAINE}).'
    assert notice in shown
    for address in (f"/ledger?recorded={record['id'] + 1}", "/ledger?scenario=&recorded=999"):
        page = browser.get(address)
        assert page.status_code == 200 and 'id="notice"' not in page.text
    unknown = browser.get("/ledger", params={"scenario": "nope-2052", "recorded": record["id"]})
    assert unknown.status_code == 404 and unknown.headers["content-type"].startswith("text/html")
    assert "no forecast record or resolution of scenario &#39;nope-2052&#39;" in unknown.text


def test_forecast_page_runs_the_engines_asked_for(client: TestClient) -> None:
    page = client.get(f"/scenarios/{UKRAINE}/forecast?engine=nash&engine=exchange&runs=20").text
    assert 'data-engine="nash"' in page and 'data-engine="exchange"' in page
    assert 'data-engine="mean"' not in page and 'data-engine="smp"' not in page


@pytest.mark.parametrize(
    "url",
    [
        "/scenarios/ukraine-2025-02/edit?version=abc",
        "/scenarios/ukraine-2025-02/whatif?version=1.5",
        # session 34: the forecast page's runs and seed are shown on their fields instead
        # (tests/web/test_a11y_s34.py)
    ],
)
def test_a_refused_address_value_gets_the_error_page_not_json(client: TestClient, url: str) -> None:
    """A value the route's declaration refuses, typed in the address bar: the error page with
    the API's message (session 19; it was the API's JSON)."""
    page = client.get(url)
    assert page.status_code == 422
    assert page.headers["content-type"].startswith("text/html")
    name = url.split("?")[1].split("=")[0]
    assert f"query.{name}: Input should be a valid integer" in page.text


def test_an_unknown_actor_in_the_news_page_is_shown_not_an_empty_timeline(
    client: TestClient,
) -> None:
    # session 19: the events field refuses a code nothing knows, as `accord timeline` does
    page = client.get("/news", params={"actor": "NOSUCH"})
    assert page.status_code == 422
    assert page.headers["content-type"].startswith("text/html")
    assert "unknown actor code or name &#39;NOSUCH&#39;" in page.text
    assert 'name="actor" value="NOSUCH"' in page.text  # kept in the field, to be corrected
    assert client.get("/news", params={"actor": "FRA"}).status_code == 200


def _ingest_meeting(browser: TestClient) -> None:
    """The meeting article, added through the news page's form (Macron's events: FRA)."""
    token = _csrf(browser.get("/news").text)
    form = {"csrf_token": token, "scenario": UKRAINE, "text": MEETING_ARTICLE}
    assert browser.post("/news/ingest", data=form).status_code == 200


def test_the_news_page_reads_a_state_name_as_its_code_and_says_which(
    browser: TestClient,
) -> None:
    # session 21: 'France' was accepted and listed nothing (the stored actor is the person)
    _ingest_meeting(browser)
    by_code = browser.get("/news", params={"actor": "FRA"}).text
    by_name = browser.get("/news", params={"actor": "France"}).text
    assert _rows(by_code, "events") >= 1 and _rows(by_name, "events") == _rows(by_code, "events")
    assert "actor &#39;France&#39; read as France (FRA)" in by_name
    assert "Timeline of coded events of FRA" in by_name and 'id="actor-note"' not in by_code
    assert 'name="actor" value="France"' in by_name  # the field keeps what was typed


def test_the_news_page_reads_the_actor_field_without_the_spaces_around_it(
    browser: TestClient,
) -> None:
    # session 21: a pasted ' FRA ' was an unknown actor (422), where 'FRA' lists its events
    _ingest_meeting(browser)
    rows = {
        typed: _rows(browser.get("/news", params={"actor": typed}).text, "events")
        for typed in ("FRA", " FRA ", "\tFRA\n")
    }
    assert rows["FRA"] >= 1 and set(rows.values()) == {rows["FRA"]}
    page = browser.get("/news", params={"actor": " FRA "}).text
    assert 'name="actor" value="FRA"' in page


def test_an_engine_that_cannot_forecast_is_told_in_the_page_it_was_picked_in(
    client: TestClient,
) -> None:
    # session 21: the institutions page's engine and the forecast page's Monte Carlo engine
    # offer every engine; 'learned' (which needs its parameters) made either the error page
    # (400), where the rest of the page does not need it
    told = "learned: engine &#39;learned&#39; cannot forecast scenario"
    page = client.get("/institutions", params={"engine": "learned", "body": "unsc"})
    assert page.status_code == 200 and told in page.text
    assert 'id="engine-error"' in page.text and 'id="power-chart"' in page.text
    forecast = client.get(f"/scenarios/{UKRAINE}/forecast?engine=mean&mc=learned&runs=20")
    assert forecast.status_code == 200 and told in forecast.text
    assert 'id="ensemble-error"' in forecast.text and 'id="ensemble-table"' not in forecast.text
    assert 'data-engine="mean"' in forecast.text  # the engines asked for are forecast
    data = re.search(r'id="page-data">(.*?)</script>', forecast.text, re.S)
    assert data and json.loads(html.unescape(data.group(1)))["ensemble"] is None


def test_the_ledger_page_shows_an_annulled_question_as_annulled(
    browser: TestClient, settings: WebSettings
) -> None:
    # session 31: s31-ledger's annulled resolution (no outcome, no agreed) was shown as
    # "None" in both columns of the workbench's resolutions table
    import datetime as dt

    from accord.ledger import Ledger
    from accord.ledger.resolve import new_resolution

    token = _csrf(browser.get("/ledger").text)
    form = {"csrf_token": token, "scenario": UKRAINE, "engine": "mean", "runs": ""}
    assert browser.post("/ledger/record", data=form, follow_redirects=False).status_code == 303
    reason = "left to a later negotiation"
    new_resolution(
        Ledger(settings.db),
        UKRAINE,
        "peacekeeping",
        annulled=reason,
        on=dt.date(2025, 6, 1),
        source="trial",
    )
    page = browser.get("/ledger", params={"scenario": UKRAINE}).text
    table = page[page.index('id="resolutions"') :]
    (row,) = [r for r in table.split("<tr>") if "<td>peacekeeping</td>" in r]
    assert f"annulled: {reason}" in row and "None" not in row


def test_the_ledger_page_shows_an_annulled_draft_as_annulled(
    browser: TestClient, settings: WebSettings
) -> None:
    # session 32 (s32-annuldraft): a draft whose vote was annulled is shown as a question's is;
    # the page had no table of the drafts' results at all
    import datetime as dt

    from accord.ledger import DraftResult, Ledger

    reason = "vote postponed sine die"
    with Ledger(settings.db) as ledger:
        for draft, adopted, annulled in (("S/2025/112", None, reason), ("S/2025/113", True, None)):
            ledger.add_draft_result(
                DraftResult(UKRAINE, draft, adopted, dt.date(2025, 3, 1), "trial",
                            dt.datetime(2026, 1, 1, tzinfo=dt.UTC), annulled=annulled)
            )  # fmt: skip
    page = browser.get("/ledger", params={"scenario": UKRAINE}).text
    table = page[page.index('id="draft-results"') :]
    (row,) = [r for r in table.split("<tr>") if "<td>S/2025/112</td>" in r]
    assert f"annulled: {reason}" in row and "None" not in row
    (voted,) = [r for r in table.split("<tr>") if "<td>S/2025/113</td>" in r]
    assert "<td>yes</td>" in voted and "annulled" not in voted
