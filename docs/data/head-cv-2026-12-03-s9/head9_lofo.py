"""Which nlp type head to ship, leave-one-file-out over the fourteen development files (issue
14, session 9, s9-head). Written, with its adoption rule, before any run.

Folds: each file F of ``accord.news.nlp.rules_cv.dev_sets`` (the twelve of session 8's
``recall8_lofo.py`` and ``news-heldout-s8.json``, ``news-heldout-s8b.json``, development data
since their one scoring at 92b59e5 and 3cfc2e5; the seed article is one of the fourteen). As in
``recall8_lofo.py``: the rules coder's lexicon candidates are those chosen without F (session 5,
rounds 1 and 3; a file outside a round's folds takes the round's choice on all its files); every
head is trained without F with the setting C 8, weak weight 0.03, threshold 0.3 and 120 weak
CAMEO phrases per type; the head carries ``embedder_kind: static`` (``recall8_lofo.fit``); F is
coded by the rules coder and by the nlp coder with each head. Each head with seeds 0, 1 and 2
(the seed draws the weak sample and seeds the fit).

Heads:

* ``A``: today's recipe, the shipped head's (its seven files less F; the dictionary prior read
  from today's rules coder, ``classifier.pattern_prior``): **the baseline**.
* ``B``: A trained from FROZEN inputs: the dictionary prior and the weak phrases read from the
  snapshot that ``prior_snapshot.py`` writes with the ``src/`` of 1c26e3e, the commit whose
  command built the session-5 to session-7 head 417a05db3936 (reconstructed: that command at
  1c26e3e gives 417a05db3936 again). Coding always reads today's prior (the coder's own).
* ``C1``, ``C0.3``: A plus the gold records of the training fold's files that are not among the
  shipped seven (news-heldout-s5, s5c, s6, s6b, s7, s8, s8b, less F), weighted 1.0 and 0.3
  (the shipped seven's records weigh 1.0, the weak phrases 0.03).
* ``BC1``, ``BC0.3``: B with the same extra records and weights (their priors frozen too).

Sanity checks (printed, stored): the frozen path with a snapshot of TODAY's code
(``snap-main.json``) gives the same head as the live path (A, seed 0, all files); A trained on
all seven shipped files, seed 0, has the shipped digest 2810847d3361.

Adoption rule (each of B, C1, C0.3, BC1, BC0.3 against A): per file, the mean over the three
seeds of the nlp coder's event F1 and of its actor accuracy out of file; a candidate FAILS on a
file if either mean is lower than A's by more than A's seed spread on that file (max - min over
A's three seeds, each figure apart). Pooled (counts summed over the fourteen files per seed,
then the mean over the seeds): event F1 AND actor accuracy both higher than A's. A candidate
that fails on no file and is higher pooled qualifies; of those that qualify the one with the
higher pooled event F1 is adopted (then actor accuracy). If none qualifies, A stays.

    git archive 1c26e3e src | tar -x -C /tmp/s9h/old   # and ../shared beside it
    python prior_snapshot.py texts /tmp/s9h/texts.json
    PYTHONPATH=/tmp/s9h/old/src python prior_snapshot.py priors /tmp/s9h/texts.json snap-1c26e3e.json
    python prior_snapshot.py priors /tmp/s9h/texts.json snap-main.json
    python docs/data/head-cv-2026-12-03-s9/head9_lofo.py snap-1c26e3e.json snap-main.json > head9-lofo.json
    python docs/data/head-cv-2026-12-03-s9/table9.py head9-lofo.json
"""

from __future__ import annotations

import hashlib
import json
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent / "recall-cv-2026-12-03-s8"))
sys.argv, _ARGS = sys.argv[:1], sys.argv[1:]  # recall8_lofo reads its mode from argv

import recall8_lofo as r8  # noqa: E402  (puts the session-5 to session-7 folders on the path)
from recall_lofo import FILE_OF, SETTING, SHIPPED_SPECS, SPECS  # noqa: E402

import accord.news.nlp.classifier as nlp_classifier  # noqa: E402
import accord.news.nlp.coder as nlp_coder  # noqa: E402
import accord.news.nlp.train as nlp_train  # noqa: E402
from accord.news.coders import RulesCoder  # noqa: E402
from accord.news.evaluate import evaluate, read_gold  # noqa: E402
from accord.news.nlp.classifier import LABELS, TypeHead  # noqa: E402
from accord.news.nlp.coder import NlpCoder  # noqa: E402
from accord.news.nlp.train import GoldSpec, TrainingSet, training_set  # noqa: E402

NEWS = "tests/data/news"
EXTRA = {
    "s7": f"{NEWS}/news-heldout-s7.json@url",
    "s8": f"{NEWS}/news-heldout-s8.json@url",
    "s8b": f"{NEWS}/news-heldout-s8b.json@url",
}
ALL_SPECS = {**SPECS, **EXTRA}
ALL_FILE_OF = {**FILE_OF, **{k: v.partition("@")[0] for k, v in EXTRA.items()}}
FILES9 = (*r8.FILES8, ALL_FILE_OF["s8"], ALL_FILE_OF["s8b"])
SEEDS = (0, 1, 2)
WEIGHTS = {"1": 1.0, "0.3": 0.3}
SHIPPED_DIGEST = "2810847d3361"


@contextmanager
def frozen(snapshot: dict[str, Any]) -> Iterator[None]:
    """Training reads the snapshot's prior and weak pools instead of today's rules coder."""
    priors: dict[str, list[list[int]]] = snapshot["priors"]
    assert snapshot["labels"] == list(LABELS)

    def prior(text: str, char: int) -> NDArray[np.float32]:
        out = np.zeros(len(LABELS), dtype=np.float32)
        if text not in priors:
            raise KeyError(f"no frozen prior for {text[:60]!r}")
        for start, end, k in priors[text]:
            if start <= char < end:
                out[k] = 1.0
        return out

    def weak(per_type: int, seed: int) -> list[tuple[str, str, str]]:
        rng = np.random.default_rng(seed)
        got: list[tuple[str, str, str]] = []
        for label in LABELS:
            pool = snapshot["weak_pools"][label]
            if not pool:
                continue
            take = rng.choice(len(pool), size=min(per_type, len(pool)), replace=False)
            got.extend((pool[int(i)][0], pool[int(i)][1], label) for i in sorted(take))
        return got

    saved = (nlp_coder.pattern_prior, nlp_train.pattern_prior, nlp_train.weak_examples)
    nlp_coder.pattern_prior = prior  # type: ignore[assignment]
    nlp_train.pattern_prior = prior  # type: ignore[assignment]
    nlp_train.weak_examples = weak  # type: ignore[assignment]
    try:
        yield
    finally:
        nlp_coder.pattern_prior, nlp_train.pattern_prior, nlp_train.weak_examples = saved


def fit_rows(
    data: TrainingSet, rows: NDArray[np.intp], weights: NDArray[np.float64], seed: int
) -> TypeHead:
    """``recall8_lofo.fit`` on the gold rows ``rows`` (weights per row) and every weak phrase."""
    weak = np.flatnonzero(~data.gold)
    keep = np.concatenate([rows, weak])
    w = np.concatenate([weights, np.full(len(weak), SETTING[1])])
    from accord.news.nlp.classifier import fit_head

    return fit_head(
        data.x[keep],
        [data.labels[i] for i in keep],
        w,
        c=SETTING[0],
        threshold=SETTING[2],
        seed=seed,
        meta={"embedder_kind": "static"},
    )


def digest(head: TypeHead) -> str:
    return hashlib.sha256(head.coef.astype(np.float32).tobytes()).hexdigest()[:12]


def main() -> None:
    import rules_lofo
    import rules_lofo3  # noqa: F401  (its candidates, merged with round 1's below)
    import stack_lofo
    from rules_lofo import figures, only

    snap_old, snap_main = (json.loads(Path(p).read_text(encoding="utf-8")) for p in _ARGS[:2])
    rules_lofo.CANDIDATES = {**stack_lofo.ROUND1, **rules_lofo.CANDIDATES}
    rules_lofo.FILES = FILES9
    stack_lofo.FILES = FILES9
    parser = stack_lofo._CachedParser()
    nlp_coder.spacy_pipeline = lambda: parser  # type: ignore[assignment]
    nlp_train.spacy_pipeline = lambda: parser  # type: ignore[assignment]
    chosen = stack_lofo._rules_choice()
    gold = {f: read_gold(f) for f in FILES9}
    specs = list(ALL_SPECS.values())
    data: dict[tuple[str, int], TrainingSet] = {}
    start = time.process_time()
    with only(set(rules_lofo.CANDIDATES)):
        for s in SEEDS:
            data["live", s] = training_set(specs, s, r8.base.WEAK, "static")
            with frozen(snap_old):
                data["frozen", s] = training_set(specs, s, r8.base.WEAK, "static")
        with frozen(snap_main):
            check_main = training_set(specs, 0, r8.base.WEAK, "static")
    nlp_classifier._sentence_triggers.cache_clear()
    names: list[str] = []
    for name, spec in ALL_SPECS.items():
        parsed = GoldSpec.parse(spec)
        names += [name] * len(read_gold(parsed.path, parsed.split))
    names_a = np.asarray(names)
    gold_idx = np.flatnonzero(data["live", 0].gold)
    assert len(gold_idx) == len(names_a)
    shipped_rows = gold_idx[np.isin(names_a, SHIPPED_SPECS)]
    ones = np.ones(len(shipped_rows))
    checks = {
        "live A seed 0, seven files": digest(fit_rows(data["live", 0], shipped_rows, ones, 0)),
        "frozen at today's code, seed 0, seven files": digest(
            fit_rows(check_main, shipped_rows, ones, 0)
        ),
        "frozen at 1c26e3e (B), seed 0, seven files": digest(
            fit_rows(data["frozen", 0], shipped_rows, ones, 0)
        ),
        "live and today's frozen features equal": bool(
            np.array_equal(check_main.x, data["live", 0].x)
        ),
        "gold records whose main-clause prior differs, B against A": int(
            (
                data["frozen", 0].x[gold_idx, -len(LABELS) :]
                != data["live", 0].x[gold_idx, -len(LABELS) :]
            )
            .any(axis=1)
            .sum()
        ),
    }
    print(checks, file=sys.stderr, flush=True)
    result: dict[str, Any] = {
        "setting": SETTING,
        "seeds": SEEDS,
        "checks": checks,
        "setup_cpu_seconds": round(time.process_time() - start),
        "files": {},
    }
    start = time.process_time()
    for held in FILES9:
        shipped = [s for s in SHIPPED_SPECS if FILE_OF[s] != held]
        extra = [s for s in ALL_SPECS if s not in SHIPPED_SPECS and ALL_FILE_OF[s] != held]
        rows_a = gold_idx[np.isin(names_a, shipped)]
        rows_x = gold_idx[np.isin(names_a, extra)]
        heads: dict[str, Callable[[int], TypeHead]] = {
            "A": lambda s: fit_rows(data["live", s], rows_a, np.ones(len(rows_a)), s),
            "B": lambda s: fit_rows(data["frozen", s], rows_a, np.ones(len(rows_a)), s),
        }
        for wname, w in WEIGHTS.items():
            both = np.concatenate([rows_a, rows_x])
            ws = np.concatenate([np.ones(len(rows_a)), np.full(len(rows_x), w)])
            heads[f"C{wname}"] = lambda s, b=both, v=ws: fit_rows(data["live", s], b, v, s)
            heads[f"BC{wname}"] = lambda s, b=both, v=ws: fit_rows(data["frozen", s], b, v, s)
        held_out: dict[str, Any] = {}
        with only(chosen[held]):
            held_out["rules"] = figures(evaluate(gold[held], coder=RulesCoder()))
            for name, make in heads.items():
                for s in SEEDS:
                    held_out[f"{name} seed {s}"] = figures(
                        evaluate(gold[held], coder=NlpCoder(make(s)))
                    )
        result["files"][held] = {
            "rules_candidates": sorted(chosen[held]),
            "extra_training": extra,
            "held": held_out,
        }
        print(held, round(time.process_time() - start), file=sys.stderr, flush=True)
    result["cpu_seconds"] = round(time.process_time() - start)
    json.dump(result, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
