"""s15-barefill's ``trace.py`` (s14-nlpactors' script) with session 18's CHECK files,
heldout-s17 / heldout-s17b, left out: every READING record coded with both coders, the nlp
coder's first event with where it came from and its predicate's roles (see that script).

Run from the worktree root::

    PYTHONPATH=src nice python3 docs/data/actors-2026-12-04-s18-actors/trace.py OUT.json
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

SOURCE = Path(__file__).parents[1] / "actors-2026-12-04-s15-barefill" / "trace.py"


def main() -> None:
    spec = importlib.util.spec_from_file_location("barefill_trace", SOURCE)
    assert spec is not None and spec.loader is not None
    trace = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(trace)
    trace.CHECK = ("heldout-s17", "heldout-s17b")
    trace.main()


if __name__ == "__main__":
    main()
