"""The fork server's preload for every coder (issue 14 item 4, session 8): the workers keep
their freed heap and start with the rules coder loaded (that they code the same:
``tests/news/test_nlp_preload.py``), and the command starts the fork server first. Each check
runs in a fresh interpreter: allocator settings and loaded modules are a process's own."""

from __future__ import annotations

import json
import platform
from pathlib import Path

import pytest

from tests.helpers import python_output, run_path

glibc = pytest.mark.skipif(
    platform.system() != "Linux" or platform.libc_ver()[0] != "glibc",
    reason="the heap setting is glibc's",
)


# Allocate and touch 40 blocks of 2 MiB (80 MiB, the size of what a batch of parses frees at
# once), free them all, then count the minor page faults of doing it again: memory handed
# back to the system in between is faulted in anew, memory kept is reused.
REFAULTS = """
import json, resource
{setup}
def round_trip():
    blocks = [bytearray(2 << 20) for _ in range(40)]
    for block in blocks:
        block[::4096] = b"x" * len(range(0, len(block), 4096))
    del blocks
round_trip()
before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
round_trip()
print(json.dumps([{flag}, resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before]))
"""


@glibc
def test_a_worker_keeps_its_freed_heap_and_no_longer_faults_it_in_again(tmp_path: Path) -> None:
    kept, kept_faults = json.loads(
        python_output(
            REFAULTS.format(
                setup="from accord.news.preload import retain_heap\nflag = retain_heap()",
                flag="flag",
            ),
            tmp_path,
            run_path(tmp_path),
        )
    )
    _, plain_faults = json.loads(
        python_output(REFAULTS.format(setup="", flag="True"), tmp_path, run_path(tmp_path))
    )
    assert kept is True
    # 80 MiB is 20,480 pages of 4 KiB: glibc's default hands them back and faults them again
    assert plain_faults > 15_000
    assert kept_faults < plain_faults / 10


def test_a_failed_rules_warm_up_is_left_to_the_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    import accord.news.coders as coders
    from accord.news import preload

    def broken(self: object, doc: object) -> None:
        raise OSError("no gazetteer here")

    monkeypatch.setattr(coders.RulesCoder, "code_document", broken)
    assert preload.warm() is False  # the fork server must not die of it


@pytest.mark.parametrize("before", [True, False])
def test_the_warm_up_codes_with_the_collector_paused_and_restores_it(
    monkeypatch: pytest.MonkeyPatch, before: bool
) -> None:
    """Session 13: no full collections while the coder's tables are built (they all stay
    alive); the collector's own state is given back, whatever it was."""
    import gc

    import accord.news.coders as coders
    from accord.news import preload

    seen: list[bool] = []

    def recorded(self: object, doc: object) -> list[object]:
        seen.append(gc.isenabled())
        return []

    monkeypatch.setattr(coders.RulesCoder, "code_document", recorded)
    was = gc.isenabled()
    (gc.enable if before else gc.disable)()
    try:
        assert preload.warm() is True
        assert (seen, gc.isenabled()) == ([False], before)
    finally:
        gc.unfreeze()  # warm() froze this test process's heap: give it back to the collector
        (gc.enable if was else gc.disable)()


def test_the_command_starts_the_fork_server_before_it_imports_the_store(tmp_path: Path) -> None:
    """``accord ingest --workers N --coder C`` has the fork server load the coder while it
    imports the store (SQLAlchemy) itself, not after."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Title\n\n10 February 2025 - France met Germany in Paris.\n")
    out = python_output(
        f"""
        import json, sys
        import accord.execution as execution
        seen = []
        start = execution.ProcessExecutor.start
        def recorded(self):
            seen.append(["sqlalchemy" in sys.modules, list(self.preload)])
            start(self)
        execution.ProcessExecutor.start = recorded
        from accord.cli import main
        sys.argv = ["accord", "ingest", {str(corpus)!r}, "--db", {str(tmp_path / "a.db")!r},
                    "--coder", "rules", "--workers", "2"]
        try:
            main()
        except SystemExit as exc:
            code = exc.code
        print(json.dumps([code, seen]))
        """,
        tmp_path,
        run_path(tmp_path),
    )
    assert json.loads(out) == [0, [[False, ["accord.news.corpus", "accord.news.preload"]]]]


GARBAGE = """
import gc, json
import accord.news.corpus
import accord.news.tables  # imported before the collection, as warm does
from accord.news.event_confidence import load_models
load_models()  # loaded before the collection, as warm does
from accord.news.coders import get_coder
from accord.news.readers import make_document
left = []
for name in {names}:
    gc.collect()  # what accord.news.preload.warm does before the load
    gc.disable()
    get_coder(name, strict=True).coder(make_document("France met Germany in Paris."))
    gc.enable()
    left.append(gc.collect())  # what a collection after the load would free
    gc.freeze()
print(json.dumps(left))
"""


def test_the_warm_up_leaves_next_to_no_garbage_to_freeze(tmp_path: Path) -> None:
    """Session 15 (s14-startup's G): the warm-up collects before its load and freezes after
    it without collecting again: the rules coder's load leaves no cyclic garbage (a collection
    after it walked about 300,000 live objects for nothing), the nlp coder's warm-up a handful
    of objects (its one sentence's parse). Fails if a change of the load starts leaving
    garbage: then the collection after the load is worth its cost again."""
    from accord.news.coders import nlp_available

    names = ["rules", "nlp"] if nlp_available() else ["rules"]
    left = json.loads(python_output(GARBAGE.format(names=names), tmp_path, run_path(tmp_path)))
    assert left[0] == 0
    assert all(n <= 20 for n in left[1:])
