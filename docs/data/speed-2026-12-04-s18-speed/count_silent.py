"""How much of the parse goes to sentences whose parse no output reads: sentences with no
actor mention (the default gazetteer, as ``NlpCoder._candidates`` finds them) and no pronoun
(``PRONOUNS`` of the coder, ``_PRONOUNS`` of the rules coder) give no candidate of the coder's
own (``_candidates`` returns early) and no event of its rules fallback (``code_tokens``
returns early), so their parse is read by nothing. Counted on the benchmark's long articles
and on the READING files (the CHECK files left out), sentences and tokens as spaCy splits
them. The upper bound of what parsing only the other sentences would save is this token share
of spaCy's CPU. Also counted: sentences with no trigger of the rules coder's dictionary
(``find_triggers`` as the head's prior reads it), the inexact route of parsing only sentences
with a trigger candidate. Usage, from the repository root: ``PYTHONPATH=src nice python3
docs/data/speed-2026-12-04-s18-speed/count_silent.py [N]``."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
CHECK = ("news-heldout-s17.json", "news-heldout-s17b.json")


def count(name: str, docs: list[Any]) -> None:
    from accord.news.coding import _PRONOUNS
    from accord.news.nlp import coder as C
    from accord.news.nlp.classifier import _sentence_triggers
    from accord.news.nlp.models import spacy_pipeline

    sents = silent_sents = tokens = silent_tokens = bare_sents = bare_tokens = 0
    texts = [d.text for d in docs]
    for d, parsed in zip(docs, spacy_pipeline().pipe(texts, batch_size=C.PARSE_BATCH), strict=True):
        home = C.document_home(d)
        for sent in parsed.sents:
            sents += 1
            tokens += len(sent)
            if not _sentence_triggers(sent.text)[1]:
                bare_sents += 1
                bare_tokens += len(sent)
            words = {t.lower_ for t in sent}
            keys = {t.key for t in C.sentence_tokens(sent.text)}
            if C.sentence_mentions(sent.text, d.date, home) or words & C.PRONOUNS:
                continue
            if keys & set(_PRONOUNS):
                continue
            silent_sents += 1
            silent_tokens += len(sent)
    print(
        f"{name}: {len(docs)} documents, {sents} sentences, {tokens} tokens; with no mention and "
        f"no pronoun: {silent_sents} sentences ({100 * silent_sents / sents:.1f} %), "
        f"{silent_tokens} tokens ({100 * silent_tokens / tokens:.1f} %); with no dictionary "
        f"trigger: {bare_sents} sentences ({100 * bare_sents / sents:.1f} %), {bare_tokens} "
        f"tokens ({100 * bare_tokens / tokens:.1f} %)"
    )


def main() -> None:
    sys.path.insert(0, str(HERE.parent / "speed-2026-12-04-s16-workers"))
    sys.path.insert(0, str(HERE.parent / "speed-2026-12-04-s15-speed"))
    from same_events_s15 import documents
    from worker_setup import worker_coder

    from accord.news.nlp.rules_cv import dev_sets

    _, bench = worker_coder(int(sys.argv[1]) if len(sys.argv) > 1 else 48)
    count("bench long articles", bench)
    paths = [Path(d.path) for d in dev_sets(ROOT, ROOT.parent / "shared")]
    count("READING files", documents([p for p in paths if p.exists() and p.name not in CHECK]))


if __name__ == "__main__":
    main()
