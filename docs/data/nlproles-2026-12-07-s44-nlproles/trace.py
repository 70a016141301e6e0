"""s15-barefill's ``trace.py`` (s14-nlpactors' script) with session 44's CHECK files left out
(s44-nlproles): every READING record coded with both coders, the nlp coder's first event with
where it came from and its predicate's roles (see that script). The six CHECK files are
asserted to be ``dev_sets`` names and are skipped by name, never opened.

Run from the worktree root, with the start code::

    PYTHONPATH=/tmp/s44-start/src nice python3 \
        docs/data/nlproles-2026-12-07-s44-nlproles/trace.py /tmp/trace-start.json
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

SOURCE = Path(__file__).parents[1] / "actors-2026-12-04-s15-barefill" / "trace.py"
CHECK = (
    "heldout-s42",
    "heldout-s42b",
    "heldout-s42c",
    "heldout-s43",
    "heldout-s43b",
    "heldout-s43c",
)


def main() -> None:
    from accord.news.nlp.rules_cv import dev_sets

    root = Path.cwd()
    names = {d.name for d in dev_sets(root, root.parent / "shared")}
    assert set(CHECK) <= names, "a CHECK name is not a dev_sets set"
    assert len(names) - len(CHECK) == 98, len(names)
    spec = importlib.util.spec_from_file_location("barefill_trace", SOURCE)
    assert spec is not None and spec.loader is not None
    trace = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(trace)
    trace.CHECK = CHECK
    trace.main()


if __name__ == "__main__":
    main()
