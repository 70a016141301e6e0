"""The documentation holds together: the README's quick start, relative links, docs/data scripts.

- The README's quick start has the guide's two set-up commands (run the default job; run the
  tests), no more and no fewer (the before-stop hook in ``../shared/hooks`` asks for them).
- Every relative link of README.md, docs/*.md and the session logs of docs/validation-events/
  points at a file of the repository (mkdocs only warns about a missing one, and only for the
  pages in its ``nav``).
- Every script under docs/data, the record of how a validation figure was made, compiles and
  imports without running (its work sits under a main guard) from its own folder, so that its
  module-level paths do not depend on the working folder (session 8; three scripts did not
  import from their folder and four carried ``/work/...`` paths); one that prints while it is
  imported fails too (session 37: eight web audits started a server, one of them Chromium, at
  every run of this test).
"""

from __future__ import annotations

import functools
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import DOCS_DATA, NO_DOCS_DATA, ROOT, validation_events_pages

README = ROOT / "README.md"
MARKDOWN = [README, *sorted((ROOT / "docs").glob("*.md")), *validation_events_pages()[1:]]
SCRIPTS = sorted(DOCS_DATA.rglob("*.py"))

# scripts documented to run only with an older ``src/`` (their candidates' code was removed)
NEEDS_OLD_SRC = {
    "recall-cv-2026-12-03-s7/objects_lofo.py": "475f4a7",
    "recall-cv-2026-12-03-s8/bag_cost.py": "fd55021",
    "unvotes-es11-points-2026-12-03-s10-un2/loro.py": "23c7ece",
    "nlpclaim2-2026-12-05-s23-nlpclaim2/measure.py": "eb5a63e",
}

_INLINE = re.compile(r"!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
_REFERENCE = re.compile(r"^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)", re.M)
_FENCED = re.compile(r"^(```|~~~).*?^\1", re.M | re.S)
_CODE = re.compile(r"`[^`\n]*`")
_SCHEME = re.compile(r"[a-z][a-z0-9+.-]*:", re.I)


def relative_links(text: str) -> list[str]:
    """The relative link targets of a Markdown text, outside code, without their anchors."""
    prose = _CODE.sub("", _FENCED.sub("", text))
    targets = _INLINE.findall(prose) + _REFERENCE.findall(prose)
    return [t.split("#")[0] for t in targets if not _SCHEME.match(t) and not t.startswith("#")]


def quick_start() -> str:
    """The README's "Quick start" section."""
    text = README.read_text(encoding="utf-8")
    start = text.index("## Quick start")
    return text[start : text.index("\n## ", start + 1)]


def test_relative_links_finds_links_and_ignores_code_and_urls() -> None:
    text = (
        'See [a](docs/a.md#part), ![b](img/b.png "title") and [c](https://x.org/c.md).\n'
        "[d]: ../d.md\n`[e](e.md)`\n```\n[f](f.md)\n```\n[g](#anchor)\n"
    )
    assert relative_links(text) == ["docs/a.md", "img/b.png", "../d.md"]


def test_readme_quick_start_has_the_two_set_up_commands() -> None:
    blocks = re.findall(r"```bash\n(.*?)```", quick_start(), re.S)
    set_up = [line for b in blocks for line in b.splitlines() if "pip install" in line]
    assert set_up == [
        "python3 -m pip install -e . && accord forecast",
        "python3 -m pip install -e '.[test]' && python3 -m pytest",
    ]


def test_every_relative_link_in_readme_and_docs_resolves() -> None:
    missing = [
        f"{md.relative_to(ROOT)}: {target}"
        for md in MARKDOWN
        for target in relative_links(md.read_text(encoding="utf-8"))
        if target
        and not (md.parent / target).exists()
        # a source release has no docs/data (tests/helpers.py): links into it are not checked
        and (DOCS_DATA.is_dir() or not (md.parent / target).resolve().is_relative_to(DOCS_DATA))
    ]
    assert not missing
    assert sum(len(relative_links(md.read_text(encoding="utf-8"))) for md in MARKDOWN) > 50


_DRY_IMPORT = """
import contextlib, importlib, io, json, os, sys
failed, root = {}, sys.argv[2]
for path in json.loads(sys.argv[1]):
    folder, name = os.path.split(path)
    # a sibling of the same name in another folder ("table", "rows") must be imported afresh
    ours = [k for k, m in sys.modules.items() if str(getattr(m, "__file__", "")).startswith(root)]
    for key in ours:
        del sys.modules[key]
    saved_path, saved_argv = list(sys.path), sys.argv
    sys.path.insert(0, folder); sys.argv = [path]; os.chdir(folder)
    printed = io.StringIO()
    try:
        with contextlib.redirect_stdout(printed):
            importlib.import_module(name[:-3])
    except BaseException as exc:  # SystemExit too: a script that runs on import
        failed[path] = f"{type(exc).__name__}: {exc}"
    finally:
        sys.path[:], sys.argv = saved_path, saved_argv
    # a script that prints on import does its work there (session 37: eight web audits started
    # servers, and one Chromium, on every run of this test)
    if printed.getvalue() and path not in failed:
        n = len(printed.getvalue())
        failed[path] = f"printed {n} characters on import: its work is not under a main guard"
print(json.dumps(failed))
"""


def _dry_import(scripts: list[Path]) -> dict[str, str]:
    """Import each script by its module name from its own folder, in one child process."""
    out = subprocess.run(
        [
            sys.executable,
            "-c",
            _DRY_IMPORT,
            json.dumps([str(s) for s in scripts]),
            str(ROOT / "docs" / "data"),
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    )
    failed: dict[str, str] = json.loads(out.stdout.strip().splitlines()[-1])
    return failed


@functools.cache
def _every_script_imported() -> dict[str, str]:
    """:func:`_dry_import` of every script, once for the two tests below (session 37: each
    started its own child, which imported accord, NumPy and scikit-learn again)."""
    return _dry_import(SCRIPTS)


@pytest.mark.skipif(not DOCS_DATA.is_dir(), reason=NO_DOCS_DATA)
def test_docs_data_scripts_import_without_running() -> None:
    assert len(SCRIPTS) > 20
    old = {str(ROOT / "docs" / "data" / name) for name in NEEDS_OLD_SRC}
    assert not {path: why for path, why in _every_script_imported().items() if path not in old}


@pytest.mark.skipif(not DOCS_DATA.is_dir(), reason=NO_DOCS_DATA)
def test_scripts_that_need_an_older_src_say_so_and_still_do() -> None:
    # the exemption list cannot rot: each script names its commit and still fails here
    old = [ROOT / "docs" / "data" / name for name in NEEDS_OLD_SRC]
    for path, commit in zip(old, NEEDS_OLD_SRC.values(), strict=True):
        assert commit in path.read_text(encoding="utf-8")
    failed = set(_every_script_imported())
    assert {str(p) for p in old if str(p) in failed} == {str(p) for p in old}


# Pages whose prose (outside tables and code blocks) keeps to 100 characters a line, as the
# contributing rules ask: the pages session 44 wrote, after its review found two lines of
# docs/historic-cases.md at 126 and 112 characters (most older pages still have a few).
SHORT_LINED = (
    "docs/historic-cases.md",
    "docs/deployment.md",
    "docs/trial-2026-12-07-s44-history.md",
    "docs/trial-2026-12-07-s44-pkg.md",
)


def test_the_pages_session_44_wrote_keep_lines_within_100_characters() -> None:
    long_lines = []
    for name in SHORT_LINED:
        fenced = False
        for number, line in enumerate((ROOT / name).read_text(encoding="utf-8").splitlines(), 1):
            if line.startswith("```"):
                fenced = not fenced
            elif not fenced and not line.startswith("|") and len(line) > 100:
                long_lines.append(f"{name}:{number}: {len(line)} characters")
    assert not long_lines
