"""The start code's rules coder against this tree's in one process, alternated, on the calls
the nlp coder makes (load on the shared machine moves both alike): the bench's 40 long
articles are coded once by this tree's nlp coder, five a call, recording every
``code_tokens`` call (the rules coder's events of a sentence) and every ``pattern_prior``
call (the head's dictionary prior: the unblocked trigger scan); then each round replays them
with the start's ``accord/news/coding.py`` (loaded from ``START`` as a module of its own, its
tables built from the sources) and with this tree's, in alternating order, memos emptied
before each replay and the sentences' tokens read from a table (as the coder's memo has
them). Usage, from the repository root:
``PYTHONPATH=src nice python3 docs/data/speed-2026-12-04-s14-coderspeed/ab_cpu.py
/tmp/s14-start/src``."""

from __future__ import annotations

import argparse
import importlib.util
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "bench"))
    from bench_news import make_corpus

    from accord.news import coding
    from accord.news.nlp import classifier
    from accord.news.nlp import coder as nlp_coder
    from accord.news.readers import make_document, read_file

    parser = argparse.ArgumentParser()
    parser.add_argument("start", help="the start code's src folder")
    parser.add_argument("--rounds", type=int, default=6)
    args = parser.parse_args()
    spec = importlib.util.spec_from_file_location(
        "start_coding", Path(args.start) / "accord/news/coding.py"
    )
    assert spec is not None and spec.loader is not None
    old = importlib.util.module_from_spec(spec)
    sys.modules["start_coding"] = old
    spec.loader.exec_module(old)
    old.lexicon()
    folder = Path(tempfile.mkdtemp())
    make_corpus(folder, 40, sentences=(76, 88))
    docs = [d for path in sorted(folder.iterdir()) for d in read_file(path).documents]
    rules_calls: list[tuple[Any, ...]] = []
    prior_calls: list[tuple[str, int]] = []
    code_tokens, pattern_prior = nlp_coder.code_tokens, nlp_coder.pattern_prior

    def record_rules(*a: Any, **k: Any) -> Any:
        rules_calls.append((a, k))
        return code_tokens(*a, **k)

    def record_prior(text: str, char: int) -> Any:
        prior_calls.append((text, char))
        return pattern_prior(text, char)

    coder = nlp_coder.NlpCoder()
    coder(make_document("France met Germany in Paris."))
    nlp_coder.code_tokens, nlp_coder.pattern_prior = record_rules, record_prior
    for i in range(0, len(docs), 5):
        coder.code_documents(docs[i : i + 5])
    nlp_coder.code_tokens, nlp_coder.pattern_prior = code_tokens, pattern_prior
    table = {text: tuple(coding.tokenize(text)) for text, _ in prior_calls}
    classifier.sentence_tokens = table.__getitem__  # type: ignore[assignment]

    old_scans: dict[str, tuple[Any, ...]] = {}

    def old_prior(text: str, char: int) -> Any:
        """The start's ``pattern_prior``: the whole unblocked scan, once per sentence."""
        from accord.news.coding import cameo_to_plover  # noqa: F401 (as the start's does)

        tokens = table[text]
        triggers = old_scans.get(text)
        if triggers is None:
            triggers = old_scans[text] = tuple(old.find_triggers(list(tokens)))
        out = np.zeros(len(classifier.LABELS), dtype=np.float32)
        for trig in triggers:
            if tokens[trig.start].start <= char < tokens[trig.end - 1].end:
                code = trig.cameo.strip()
                label = "NONE" if code.startswith("01") else (old.cameo_to_plover(code) or ("",))[0]
                if label in classifier.LABELS:
                    out[classifier.LABELS.index(label)] = 1.0
                return out
        word = next((t.text for t in tokens if t.start <= char < t.end), "")
        return classifier.verb_prior(word)

    same_prior = all(np.array_equal(old_prior(t, c), pattern_prior(t, c)) for t, c in prior_calls)
    same_rules = all(old.code_tokens(*a, **k) == code_tokens(*a, **k) for a, k in rules_calls)
    print(f"{len(rules_calls)} code_tokens calls, {len(prior_calls)} pattern_prior calls")
    print(f"same results: code_tokens {same_rules}, pattern_prior {same_prior}")
    totals = {"start": [0.0, 0.0], "new": [0.0, 0.0]}
    for round_ in range(args.rounds):
        order = ("start", "new") if round_ % 2 == 0 else ("new", "start")
        for build in order:
            rules_fn = old.code_tokens if build == "start" else code_tokens
            prior_fn = old_prior if build == "start" else pattern_prior
            old_scans.clear()
            classifier._sentence_triggers.cache_clear()
            for module in (old, coding):
                if hasattr(module.cameo_to_plover, "cache_clear"):
                    module.cameo_to_plover.cache_clear()
            start = time.process_time()
            for text, char in prior_calls:
                prior_fn(text, char)
            prior = time.process_time() - start
            start = time.process_time()
            for a, k in rules_calls:
                rules_fn(*a, **k)
            rules = time.process_time() - start
            totals[build][0] += prior
            totals[build][1] += rules
            print(f"round {round_ + 1} {build}: ", end="")
            print(f"pattern_prior {prior:.3f} CPU s, code_tokens {rules:.3f}")
    for build, (prior, rules) in totals.items():
        print(f"{build} total: pattern_prior {prior:.3f} CPU s, code_tokens {rules:.3f} CPU s")
    print(
        f"new/start: pattern_prior {totals['new'][0] / totals['start'][0]:.3f}, "
        f"code_tokens {totals['new'][1] / totals['start'][1]:.3f}"
    )


if __name__ == "__main__":
    main()
