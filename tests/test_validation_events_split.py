"""The event-coding validation, split in session 16: a front page and one log file per session.

docs/validation-events.md was one page of 14,707 lines; its sessions' sections moved verbatim to
docs/validation-events/ (the move was checked byte for byte against the original by
docs/data/validation-events-split-2026-12-04-s16-docs/split.py). These tests keep the layout
findable as sessions add to it: each log holds only its own session's sections, the front page
links every log and each log links back, no two sections share a heading (so a test can look a
section up by its heading alone), and every reference of the form ``validation-events/FILE.md,
"heading"`` in the docs names a heading of that file.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.helpers import (
    ROOT,
    VALIDATION_EVENTS,
    VALIDATION_EVENTS_LOGS,
    markdown_sections,
    validation_events_pages,
    validation_events_section,
)

_OWN_SESSION = re.compile(r"(?:Issue 14, )?[Ss]ession (\d+)\b")
_CITED = re.compile(r"validation-events/([a-z0-9-]+\.md)\)?,? \"([^\"]+)\"")
_COMMENT = re.compile(r"^\s*# ?", re.M)
_LOG_PATH = re.compile(r"docs/validation-events/([A-Za-z0-9_.-]+\.md)")


def logs() -> list[str]:
    return sorted(p.name for p in VALIDATION_EVENTS_LOGS.glob("*.md"))


def headings(text: str, level: str = "##") -> list[str]:
    return re.findall(rf"^{level} (.*)$", text, re.M)


def test_each_log_holds_only_its_own_sessions_sections() -> None:
    """A heading that starts with its session ("Issue 14, session 8, round 2: ...", "Session 12's
    protocol") sits in that session's log; the other logs hold no such heading."""
    assert {"before-issue-14.md", "issue-14-start.md", "session-03.md", "session-15.md"} <= set(
        logs()
    )
    for name in logs():
        text = (VALIDATION_EVENTS_LOGS / name).read_text(encoding="utf-8")
        named = {int(m.group(1)) for h in headings(text) if (m := _OWN_SESSION.match(h))}
        assert headings(text), name
        assert named <= ({int(name[8:10])} if name.startswith("session-") else set()), name
    front = headings(VALIDATION_EVENTS.read_text(encoding="utf-8"))
    assert not [h for h in front if _OWN_SESSION.match(h)]


def test_the_front_page_links_every_log_and_each_log_links_back() -> None:
    front = VALIDATION_EVENTS.read_text(encoding="utf-8")
    for name in logs():
        assert f"](validation-events/{name})" in front, name
        text = (VALIDATION_EVENTS_LOGS / name).read_text(encoding="utf-8")
        assert "](../validation-events.md)" in text, name


def test_no_two_sections_share_a_heading() -> None:
    found = [h for page in validation_events_pages() for h in headings(page.read_text("utf-8"))]
    assert len(found) > 100
    assert len(set(found)) == len(found)


def test_a_section_is_found_by_its_heading_in_whichever_page_holds_it() -> None:
    page, text = validation_events_section("Session 12's protocol")
    assert page == VALIDATION_EVENTS_LOGS / "session-12.md"
    assert "Adoption rule" in text and "\n## " not in text
    page, text = validation_events_section("Where issue 14 stands")
    assert page == VALIDATION_EVENTS
    with pytest.raises(LookupError):
        validation_events_section("Issue 14, session")  # many sections: ambiguous
    with pytest.raises(LookupError):
        validation_events_section("No such heading")


def test_every_cited_heading_is_a_heading_of_the_cited_log() -> None:
    """In the docs, in the tests' comments and docstrings and in the package's (a quotation
    may run over lines; "..." ends an abridged one)."""
    pages = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
    cited = []
    for page in [*pages, *sorted((ROOT / "tests").rglob("*.py")), *source_files()]:
        text = _COMMENT.sub("", page.read_text(encoding="utf-8"))
        cited += [
            (page.name, name, quote) for name, quote in _CITED.findall(" ".join(text.split()))
        ]
    assert len(cited) > 40
    missing = []
    for source, name, quote in cited:
        text = (VALIDATION_EVENTS_LOGS / name).read_text(encoding="utf-8")
        lines = [h.lower() for h in headings(text, "##") + headings(text, "###")]
        if not any(quote.lower().removesuffix(" ...") in h for h in lines):
            missing.append(f"{source}: {name} {quote!r}")
    assert missing == []


def source_files() -> list[Path]:
    """The package's text files that comments or docstrings can cite the logs from."""
    suffixes = {".py", ".yaml", ".html", ".js"}
    return sorted(p for p in (ROOT / "src").rglob("*") if p.suffix in suffixes)


def test_every_log_the_package_names_exists() -> None:
    """Session 17: the package's comments cite the logs by path (``docs/validation-events/
    session-09.md``), not the front page the sessions left in session 16; a path cut over two
    lines could not be followed, so none is."""
    named = []
    for path in source_files():
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"validation-events/\s", text), path
        named += [(path.name, name) for name in _LOG_PATH.findall(text)]
    assert len(named) >= 15
    assert [(source, name) for source, name in named if name not in logs()] == []


_LINE = st.text(alphabet="ab#\t ", max_size=8)


@given(st.lists(st.lists(_LINE, max_size=4).map("\n".join), min_size=1, max_size=5))
def test_markdown_sections_cut_at_each_level_two_heading_and_lose_nothing(
    bodies: list[str],
) -> None:
    text = "".join(f"## h{i}\n{body}\n" for i, body in enumerate(bodies))
    parts = markdown_sections(text)
    assert "".join(parts) == text
    assert len(parts) == len([line for line in text.splitlines() if line.startswith("## ")])
