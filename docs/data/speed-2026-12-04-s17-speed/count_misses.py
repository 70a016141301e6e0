"""Which sentences the calibration's agreement features read afresh (misses of the nlp coder's
``_rules_events`` cache inside ``calibrate``), and what the coder's rules fallback had done with
them: read none, read it with no previous subject, or read it with one, with and without a
pronoun (``HE``, ``SHE``, ``THEY``, ``IT``: the only words through which ``code_tokens`` reads
the previous subject). The benchmark's long articles, sixteen a call. From the repository
root, with the build to count on ``PYTHONPATH`` (``HERE=docs/data/speed-2026-12-04-s17-speed``):
``PYTHONPATH=/tmp/s17sp/start/src nice python3 $HERE/count_misses.py [N]``."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Any


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "speed-2026-12-04-s16-workers"))
    from worker_setup import TASK, worker_coder

    import accord.news.event_confidence as confidence
    import accord.news.nlp.coder as nlp

    coder, docs = worker_coder(int(sys.argv[1]) if len(sys.argv) > 1 else 40)
    read: dict[str, list[tuple[bool, bool]]] = {}  # sentence -> (previous given, object_recipient)
    sentence_events = nlp.NlpCoder._sentence_events

    def noted(
        self: Any, text: str, date: Any, doc: Any, offset: int, previous: Any, *rest: Any, **kw: Any
    ) -> Any:
        object_recipient = bool(rest[1]) if len(rest) > 1 else bool(kw.get("object_recipient"))
        read.setdefault(text, []).append((bool(previous), object_recipient))
        return sentence_events(self, text, date, doc, offset, previous, *rest, **kw)

    nlp.NlpCoder._sentence_events = noted  # type: ignore[method-assign]
    counts: Counter[str] = Counter()
    calibrate = confidence.calibrate

    def counted(events: Any, name: str, rules: Any = None, head: Any = None) -> Any:
        def agreement(text: str) -> Any:
            before = nlp._rules_events.cache_info().misses
            out = rules(text)
            if nlp._rules_events.cache_info().misses == before:
                counts["answered without a fresh reading"] += 1
                return out
            seen = read.get(text, [])
            pronoun = any(t.key in {"HE", "SHE", "THEY", "IT"} for t in nlp.sentence_tokens(text))
            if not seen:
                counts["read afresh: the fallback had not read it"] += 1
            elif any(not p and not o for p, o in seen):
                counts["read afresh: the fallback read it with no previous subject"] += 1
            else:
                counts[f"read afresh: the fallback read it with one, pronoun {pronoun}"] += 1
            return out

        return calibrate(events, name, agreement if rules is not None else None, head)

    confidence.calibrate = counted
    for k in range(0, len(docs), TASK):
        read.clear()
        coder.code_documents(docs[k : k + TASK])
    for what, n in sorted(counts.items()):
        print(n, what)


if __name__ == "__main__":
    main()
