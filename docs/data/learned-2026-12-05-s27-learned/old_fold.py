"""For information, after the deciding runs (issue 14, session 27, s27-learned): the shipped
choice model's recipe out of fold. The bundled choice model was fitted on the 25 files of
``accord.news.event_confidence.reading_sets`` (the READING files up to heldout-s14b, less
heldout-s15 and -s15b), so the ``shipped`` column of ``lofo-A.json`` is in sample for the choice on
those 25. Here each of them is coded by the shipped head with the choice model fitted on the
other 24 (``old-fold``), as ``learned_lofo.py`` codes its columns; the 22 other READING files are
out of fold for the shipped model already. Not a deciding figure: the declared baseline is the
shipped coder (docs/validation-events/session-27-learned.md).

    PYTHONPATH=src nice python3 docs/data/learned-2026-12-05-s27-learned/old_fold.py \\
        > docs/data/learned-2026-12-05-s27-learned/old-fold.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent


def main() -> None:
    import numpy as np

    sys.path.insert(0, str(HERE))
    import learned_lofo as lofo

    from accord.news.evaluate import read_gold
    from accord.news.event_confidence import reading_sets
    from accord.news.nlp.classifier import default_head

    lofo.setup()
    reading = {d.name for d in lofo.reading()}
    old = reading_sets(lofo.ROOT, lofo.ROOT.parent / "shared")
    assert len(old) == 25 and {d.name for d in old} <= reading, [d.name for d in old]
    lofo.no_check([d.name for d in old] + [d.path for d in old])
    head = default_head()
    c = lofo.collect(head, old)
    row_file = np.asarray(c.files)[c.record]
    files: dict[str, Any] = {}
    rows: dict[str, Any] = {}
    for d in old:
        train = row_file != d.name
        model = lofo.bundled(c.x[train], c.right[train])
        coded = lofo.coded(read_gold(d.path, d.split), head, model)
        files[d.name] = lofo.figures(coded)
        rows[d.name] = coded.tolist()
        print(d.name, files[d.name]["right"], file=sys.stderr, flush=True)
    (HERE / "rows-old-fold.json").write_text(json.dumps(rows) + "\n", encoding="utf-8")
    json.dump({"files": files}, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
