"""The start-up's steps in one process, CPU and wall seconds each (s13-startup): what the
parent imports before the store (``accord.store``, ``accord.news.corpus``), then what the fork
server's preload does (the rules coder's warm-up: gazetteer and CAMEO lexicon; spaCy's
import without torch; the ``nlp`` coder's warm-up: pipeline and tables), in the fork
server's way (``accord.news.preload.warm``, which pauses the collector in this branch) or
plainly (``--plain``: code one sentence with each coder, the collector running). Run from the
repository root with a build's ``src`` on PYTHONPATH (and ``env -u PYTHONDONTWRITEBYTECODE``
so that ``.pyc`` files are used, as in an install):

    PYTHONPATH=src python3 docs/data/startup-2026-12-04-s13-startup/steps.py [--plain]
"""

from __future__ import annotations

import json
import sys
import time


def main() -> None:
    plain = "--plain" in sys.argv
    rows: list[tuple[str, float, float]] = []
    cpu, wall = time.process_time(), time.perf_counter()

    def lap(name: str) -> None:
        nonlocal cpu, wall
        now_cpu, now_wall = time.process_time(), time.perf_counter()
        rows.append((name, round(now_cpu - cpu, 3), round(now_wall - wall, 3)))
        cpu, wall = time.process_time(), time.perf_counter()

    import accord.store  # noqa: F401

    lap("import accord.store (SQLAlchemy)")
    import accord.news.corpus  # noqa: F401

    lap("import accord.news.corpus")
    from accord.news.coders import get_coder
    from accord.news.readers import make_document

    lap("import coders, readers")
    doc = make_document("France met Germany in Paris.")
    if plain:
        get_coder("rules", strict=True).coder(doc)
    else:
        from accord.news import preload  # retain_heap, then warm("rules")

        assert preload.WARM
    lap("rules coder warm-up (gazetteer, CAMEO lexicon)")
    from accord.news.nlp.models import import_spacy_without_torch

    import_spacy_without_torch()
    lap("import spaCy (without torch)")
    if plain:
        get_coder("nlp", strict=True).coder(doc)
    else:
        from accord.news.nlp import preload as nlp_preload

        assert nlp_preload.WARM
    lap("nlp coder warm-up (pipeline, head, one sentence)")
    get_coder("nlp", strict=True).coder(make_document("Italy criticised Spain in Rome."))
    lap("a second sentence (nlp)")
    print(json.dumps(rows))


if __name__ == "__main__":
    main()
