"""Split docs/validation-events.md (as at 2d9200d) into one log file per session, and check it.

Session 16 moved the session logs out of docs/validation-events.md into
docs/validation-events/session-NN.md (the sections whose heading names session NN, round 2 and
3 included), docs/validation-events/issue-14-start.md (the first issue-14 section, written
before session 3) and docs/validation-events/before-issue-14.md (the record of the rules
coder before issue 14). Each moved file starts with a short preamble (a title and a link back),
then its ``## `` sections verbatim, in their original order.

    python3 split.py write   # write the files from the original (done once, session 16)
    python3 split.py check   # rebuild the original from the files, byte for byte

``check`` takes the original from git (``git show 2d9200d:docs/validation-events.md``), drops
its front page (the title and the first ``## `` section, which the new front page replaces),
then walks its sections in order, taking each from the next unread section of the file the
section belongs to; the result must equal the original byte for byte, and every section of
every file must be used exactly once. Relative links in moved sections point one folder up
(``](../validation.md)``); ``check`` reads them back as written at the root and reports how
many it rewrote.
"""

from __future__ import annotations

import itertools
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
ORIGINAL_COMMIT = "2d9200d"
FRONT = ROOT / "docs" / "validation-events.md"
FOLDER = ROOT / "docs" / "validation-events"
_SESSION = re.compile(r"\bsession (\d+)\b", re.I)
_UP_LINK = re.compile(r"\]\(\.\./(?!\.\./)")


def sections(text: str) -> tuple[str, list[str]]:
    """The text before the first ``## `` heading, and each ``## `` section up to the next one."""
    starts = [m.start() for m in re.finditer(r"^## ", text, re.M)]
    bounds = [*starts, len(text)]
    return text[: bounds[0]], [text[a:b] for a, b in itertools.pairwise(bounds)]


def home(heading: str, before_issue_14: bool) -> str:
    """The file name a section of the original belongs to, by its heading."""
    if before_issue_14:
        return "before-issue-14.md"
    found = _SESSION.search(heading)
    return f"session-{int(found.group(1)):02d}.md" if found else "issue-14-start.md"


def assign(original: str) -> list[tuple[str, str]]:
    """(file name, section) for each moved section of the original, in the original's order."""
    _, parts = sections(original)
    out, before = [], False
    for part in parts[1:]:  # parts[0] is the front page's "Where issue 14 stands"
        heading = part.splitlines()[0]
        before = before or heading.startswith("## Record of the rules coder's development")
        out.append((home(heading, before), part))
    return out


def title(name: str) -> str:
    """The preamble of a moved file: its title and where it came from."""
    if name == "before-issue-14.md":
        what = "Validation of event coding: the rules coder's record before issue 14"
    elif name == "issue-14-start.md":
        what = "Issue 14, its start (2026-12-02, before session 3): logs"
    else:
        what = f"Issue 14, session {int(name[8:10])}: logs"
    return (
        f"# {what}\n\nMoved verbatim from docs/validation-events.md in session 16, sections in"
        " their original order;\nthe front page, with an index of every session, is"
        " [validation-events.md](../validation-events.md).\n\n"
    )


def original_text() -> str:
    """docs/validation-events.md as it was before the split."""
    return subprocess.run(
        ["git", "-C", str(ROOT), "show", f"{ORIGINAL_COMMIT}:docs/validation-events.md"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def write(original: str) -> None:
    """Write the moved files and leave the front page as the original's title and first section."""
    pieces: dict[str, list[str]] = {}
    for name, part in assign(original):
        pieces.setdefault(name, []).append(part)
    FOLDER.mkdir(exist_ok=True)
    for name, parts in pieces.items():
        (FOLDER / name).write_text(title(name) + "".join(parts), encoding="utf-8")
    preamble, parts = sections(original)
    FRONT.write_text(preamble + parts[0], encoding="utf-8")


def check(original: str) -> str:
    """Rebuild the original's moved sections from the files; a one-line verdict."""
    unread: dict[str, list[str]] = {}
    rewritten = 0
    for path in sorted(FOLDER.glob("*.md")):
        parts = sections(path.read_text(encoding="utf-8"))[1]
        read_back = [_UP_LINK.subn("](", part) for part in parts]
        rewritten += sum(count for _, count in read_back)
        unread[path.name] = [part for part, _ in read_back]
    total = sum(len(v) for v in unread.values())
    rebuilt = []
    for name, _ in assign(original):
        if not unread.get(name):
            return f"FAIL: {name} has fewer sections than the original gives it"
        rebuilt.append(unread[name].pop(0))
    left = {k: len(v) for k, v in unread.items() if v}
    moved = "".join(part for _, part in assign(original))
    if left or "".join(rebuilt) != moved:
        return f"FAIL: sections left over {left} or text differs"
    return (
        f"OK: {len(rebuilt)} sections in {len(unread)} files rebuild the original's"
        f" {len(moved.encode())} bytes after its front page byte for byte"
        f" ({total} sections read, {rewritten} relative links read back from ../)"
    )


if __name__ == "__main__":
    if sys.argv[1:] == ["write"]:
        write(original_text())
    print(check(original_text()))
