"""The nlp coder's type head retrained on all READING gold, leave-one-file-out (issue 14,
session 43, s43-head: session 26's ``head-2026-12-05-s26-head/head_lofo.py`` with this
session's CHECK files and READING count). Written, with its adoption rule
(docs/validation-events/session-43-head.md), before its deciding run.

Folds: every READING file F (``accord.news.nlp.rules_cv.dev_sets`` less the CHECK files of
session 43, :data:`CHECK`, the harness's ``--check-sets``; 95 files, as declared.md counts). No
CHECK file enters training or any fold: :func:`reading_specs` asserts it by name and by path,
and each fold asserts it again of the files its rows come from. Each head is trained as
``accord.news.nlp.train`` trains the shipped one (static embeddings, seed 0, 120 weak CAMEO
phrases per type, setting C 8, weak weight 0.03, threshold 0.3, fixed: no grid inside the
folds), on these gold rows:

- ``fold``: every READING file but F (the candidate's recipe without F);
- ``shipped``: the packaged head (session 5's seven files; in sample on those seven);
- ``old-fold``: the shipped recipe, its seven files less F (only for F among the seven;
  for any other F the shipped head itself is out of fold).

``baseline`` is ``old-fold`` on the seven files and ``shipped`` on the others: every file
coded by an old-recipe head that did not see it.

**The learned choice.** Since session 18 the nlp coder puts first the event that the bundled
choice model (:mod:`accord.news.event_choice`, ``learned_first``, on by default) scores
highest, but only with the type head the model was fitted with (digest 2810847d3361): with any
other head it is silently off. These columns are therefore coded with the bundled choice model
applied to every head (:func:`choice`: its stored head digest replaced by the coding head's),
so that ``fold`` and ``baseline`` differ only in the head, as the shipped candidate would with a
choice model refitted for it; the same columns with the choice off for every head (suffix
``-off``) are written too, for information. ``shipped`` is then exactly the shipped coder.

``all``: the head on every READING file (the candidate; its digest must equal the one
``train.py`` ships with the same specs), and ``old7``, the shipped recipe refitted here (the
packaged digest 2810847d3361 on the CPU that built it; 5e2392895b50 on AVX2 CPUs,
docs/event-coding.md, "Rebuilding the type head").

The gold of a file enters under ``train.py``'s families: the shipped seven as the packaged
head's meta lists them, the other files ``@url`` (``@file`` where ``dev_sets`` groups by
document). Each record is coded alone by ``NlpCoder(head)`` (default rules), as
``accord events evaluate`` codes it; a record is right when its type, source set and target
set equal the gold (the harness's error list). Parses are cached (one parse per text; the
coder and ``main_clause`` read the same parse; s13-head's ``head13.CachedParser``).

Run from the worktree root::

    OPENBLAS_NUM_THREADS=1 PYTHONPATH=src nice python3 \\
        docs/data/head-2026-12-07-s43-head/head_lofo.py \\
        > docs/data/head-2026-12-07-s43-head/head-lofo.json

(writes ``rows-lofo.json`` beside it: per file, record ids and, per column, each record's
:data:`COUNTS`, the last one 1 when the record is right; and ``all-specs.txt``, the ``--gold``
specs of the candidate in training order.)

**Option ``--cv-threshold DIR``** (session 43, s43-headcv; docs/validation-events/
session-43-headcv.md): C and the weak weight stay fixed at :data:`SETTING`'s, and the threshold
of each ``fold`` head and of ``all`` is chosen from ``train.py``'s ``THRESHOLD_GRID`` by
``train.py``'s own grouped, repeated CV (:func:`cv_threshold`: ``cv_run`` with seed 0 and
``REPEATS``, its C and weak-weight grids narrowed to the fixed values, ``best_setting``) on the
fold's training files only: nested, so that F never enters the CV that chooses F's threshold
(asserted). The head's weights do not depend on the threshold (``fit_head`` stores it), so each
``fold`` head has the weights of the fixed-setting ``fold`` head above; only its threshold may
differ. ``shipped``, ``old-fold``, ``baseline``, the learned choice and the ``-off`` columns are
as above. The outputs go to DIR (``rows-lofo.json``, ``all-specs.txt``); the JSON on stdout
adds ``thresholds`` (each file's chosen threshold, the inner CV's mean fold F1 at each grid
point and its CPU seconds) and ``all_threshold``. ``--workers N`` does each file's inner CV and
coding in N forked processes (the same results; BLAS on one thread in each)::

    OPENBLAS_NUM_THREADS=1 PYTHONPATH=src nice python3 \\
        docs/data/head-2026-12-07-s43-head/head_lofo.py \\
        --cv-threshold docs/data/headcv-2026-12-07-s43-headcv --workers 4 \\
        > docs/data/headcv-2026-12-07-s43-headcv/headcv-lofo.json
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

import accord.news.event_choice as event_choice
import accord.news.nlp.coder as nlp_coder
import accord.news.nlp.train as nlp_train
from accord.news.evaluate import evaluate, micro_f1, read_gold
from accord.news.nlp.classifier import TypeHead, default_head, fit_head
from accord.news.nlp.coder import NlpCoder
from accord.news.nlp.rules_cv import dev_sets
from accord.news.nlp.train import GoldSpec, TrainingSet, training_set

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent / "head-2026-12-04-s13-head"))

from head13 import CachedParser  # noqa: E402  (spaCy's pipeline, each text parsed once)

ROOT = Path.cwd()
CHECK = (
    "heldout-s41",
    "heldout-s41b",
    "heldout-s41c",
    "heldout-s42",
    "heldout-s42b",
    "heldout-s42c",
)
"""Session 43's CHECK files (declared.md): never read here."""
N_READING = 95
SETTING = (8.0, 0.03, 0.3)
SEED = 0
WEAK = 120
FAMILY = {"text": "text", "url": "url", "document": "file"}
COUNTS = ("n", "predicted", "correct", "alarms", "s_n", "s_ok", "t_n", "t_ok", "right")


def reading_specs() -> tuple[dict[str, str], dict[str, str]]:
    """``{file: --gold spec}`` of the READING files (the shipped seven first, in the packaged
    head's order and with its families) and ``{file: dev_sets name}``."""
    shipped = {GoldSpec.parse(s).path: s for s in default_head().meta["gold"]}
    specs = dict(shipped)
    names = {}
    sets = dev_sets(ROOT, ROOT.parent / "shared")
    assert set(CHECK) <= {dev.name for dev in sets}, "a CHECK file is not in dev_sets"
    for dev in sets:
        if dev.name in CHECK:
            assert Path(dev.path).name == f"news-{dev.name}.json", dev.path
            continue
        path = os.path.relpath(dev.path, ROOT)
        names[path] = dev.name
        specs.setdefault(path, f"{path}@{FAMILY[dev.group_by]}")
    assert set(specs) == set(names), "a shipped training file is not a READING file"
    check_paths = {f"news-{name}.json" for name in CHECK}
    assert not set(names.values()) & set(CHECK), "a CHECK file among the READING files"
    assert not {Path(p).name for p in specs} & check_paths, "a CHECK file in training"
    assert len(specs) == N_READING, len(specs)
    return specs, names


def fit(data: TrainingSet, rows: np.ndarray, threshold: float = SETTING[2]) -> TypeHead:
    """The head of ``train.py`` at :data:`SETTING` (the threshold ``threshold``) on gold
    ``rows`` and every weak phrase."""
    keep = np.concatenate([rows, np.flatnonzero(~data.gold)])
    c, weak_w, _ = SETTING
    weights = np.where(data.gold[keep], 1.0, weak_w)
    head = fit_head(
        data.x[keep],
        [data.labels[k] for k in keep],
        weights,
        c=c,
        threshold=threshold,
        seed=SEED,
        meta={"embedder_kind": "static"},
    )
    coef = head.coef.astype(np.float32)  # as saved and read back (``TypeHead.save``)
    digest = hashlib.sha256(coef.tobytes()).hexdigest()[:12]
    meta = {**head.meta, "digest": digest}
    return TypeHead(
        head.labels,
        coef.astype(np.float64),
        head.intercept.astype(np.float32).astype(np.float64),
        threshold,
        meta,
    )


def cv_threshold(data: TrainingSet, rows: np.ndarray) -> tuple[float, dict[str, float]]:
    """The threshold ``train.py`` chooses for a head on gold ``rows`` (and every weak phrase)
    with C and the weak weight fixed at :data:`SETTING`'s: its grouped, repeated CV
    (``cv_run``, seed :data:`SEED`, ``REPEATS`` repeats) over ``THRESHOLD_GRID``, the grid's
    C and weak weight narrowed to the fixed values, and its ``best_setting`` (best mean fold
    event F1; on a tie the earlier grid point). Returns it and each grid point's mean fold F1.

    The rows are ``data``'s gold rows in order (the gold rows come first in a training set),
    so the CV sees what ``train.py`` would build from those files' specs alone."""
    rows = np.sort(rows)
    assert rows.size and int(rows[-1]) < int(data.gold.sum()), "gold rows only"
    weak = np.flatnonzero(~data.gold)
    keep = np.concatenate([rows, weak])
    sub = TrainingSet(
        data.x[keep],
        [data.labels[k] for k in keep],
        data.gold[keep],
        data.n_weak,
        tuple(data.groups[k] for k in rows),
    )
    grids = (nlp_train.C_GRID, nlp_train.WEAK_WEIGHT_GRID)
    nlp_train.C_GRID, nlp_train.WEAK_WEIGHT_GRID = (SETTING[0],), (SETTING[1],)
    try:
        result = nlp_train.cv_run(sub, SEED, nlp_train.REPEATS)
    finally:
        nlp_train.C_GRID, nlp_train.WEAK_WEIGHT_GRID = grids
    assert {key[:2] for key in result.folds} == {SETTING[:2]}, result.folds.keys()
    assert [key[2] for key in result.folds] == list(nlp_train.THRESHOLD_GRID)
    best = nlp_train.best_setting(result.folds)
    means = {str(key[2]): round(float(np.mean(v)), 4) for key, v in result.folds.items()}
    return best[2], means


_TASK: list[Any] = []
"""The per-file work of :func:`main`'s ``--cv-threshold`` run, for forked workers."""


def _run_task(key: str) -> Any:
    return _TASK[0](key)


def in_workers(task: Any, keys: list[str], workers: int) -> list[Any]:
    """``task(key)`` for every key, in ``workers`` forked processes at once (each a pure
    function of its key and of what the parent built before the fork, so the order of the work
    does not change any result); in this process when ``workers`` is 1."""
    import multiprocessing

    if workers <= 1:
        return [task(k) for k in keys]
    _TASK[:] = [task]
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        return pool.map(_run_task, keys, chunksize=1)


BUNDLED_CHOICE = event_choice.load_model()


def choice(head: TypeHead, on: bool) -> None:
    """The nlp coder's learned choice for ``head``: the bundled model (as if fitted with
    ``head``) when ``on``, none otherwise."""
    model = (BUNDLED_CHOICE[0], head.meta.get("digest")) if on else None
    event_choice.load_model = lambda: model  # type: ignore[assignment]


def outcome(records: list[Any], head: TypeHead, on: bool = True) -> np.ndarray:
    """One row of :data:`COUNTS` per record, each coded alone, the learned choice ``on`` or
    off (:func:`choice`)."""
    choice(head, on)
    coder = NlpCoder(head)
    out = []
    for record in records:
        ev = evaluate([record], keep_errors=True, coder=coder)
        right = int(not ev.errors)
        actors = [ev.source_n, ev.source_correct, ev.target_n, ev.target_correct]
        out.append([ev.n, ev.predicted, ev.correct, ev.false_alarms, *actors, right])
    return np.asarray(out, dtype=np.int64)


def figures(rows: np.ndarray) -> dict[str, Any]:
    total = dict(zip(COUNTS, (int(v) for v in rows.sum(axis=0)), strict=True))
    actor_n = total["s_n"] + total["t_n"]
    return {
        **total,
        "records": len(rows),
        "event_f1": round(micro_f1(total["correct"], total["predicted"], total["n"]), 4),
        "actor_accuracy": round((total["s_ok"] + total["t_ok"]) / actor_n, 4) if actor_n else 0.0,
    }


def main(out_dir: Path | None = None, workers: int = 1) -> None:
    """The run; with ``out_dir``, the ``--cv-threshold`` run (module docstring)."""
    parser = CachedParser()
    nlp_coder.spacy_pipeline = lambda: parser  # type: ignore[assignment]
    nlp_train.spacy_pipeline = lambda: parser  # type: ignore[assignment]
    specs, names = reading_specs()
    shipped_head = default_head()
    shipped_files = [GoldSpec.parse(s).path for s in shipped_head.meta["gold"]]
    start = time.process_time()
    data = training_set(list(specs.values()), SEED, WEAK, "static")
    parsed = {f: GoldSpec.parse(s) for f, s in specs.items()}
    gold = {f: read_gold(p.path, p.split) for f, p in parsed.items()}
    file_of = np.asarray([f for f in specs for _ in gold[f]])
    gold_idx = np.flatnonzero(data.gold)
    assert len(file_of) == len(gold_idx)

    def rows_of(files: list[str]) -> np.ndarray:
        return gold_idx[np.isin(file_of, files)]

    def fold_rows(held: str) -> np.ndarray:
        return rows_of([f for f in specs if f != held])

    check_names = {f"news-{name}.json" for name in CHECK}
    old7 = fit(data, rows_of(shipped_files))
    every = fit(data, rows_of(list(specs)))
    thresholds: dict[str, Any] = {}

    def code_file(held: str, threshold: float) -> dict[str, np.ndarray]:
        """The columns of file ``held``, its ``fold`` head at ``threshold``."""
        trained = {Path(f).name for f in file_of[np.isin(gold_idx, fold_rows(held))]}
        assert Path(held).name not in trained and not trained & check_names, held
        fold = fit(data, fold_rows(held), threshold)
        cols = {
            "shipped": outcome(gold[held], shipped_head),
            "fold": outcome(gold[held], fold),
            "shipped-off": outcome(gold[held], shipped_head, on=False),
            "fold-off": outcome(gold[held], fold, on=False),
        }
        if held in shipped_files:
            old = fit(data, rows_of([f for f in shipped_files if f != held]))
            cols["old-fold"] = outcome(gold[held], old)
            cols["old-fold-off"] = outcome(gold[held], old, on=False)
        cols["baseline"] = cols.get("old-fold", cols["shipped"])
        cols["baseline-off"] = cols.get("old-fold-off", cols["shipped-off"])
        return cols

    coded: dict[str, dict[str, np.ndarray]] = {}
    if out_dir is not None:
        tasks = {"all": rows_of(list(specs))}
        for held in specs:
            inner = fold_rows(held)
            assert not np.isin(inner, rows_of([held])).any(), held
            in_cv = {g.split("|", 1)[0] for g in (data.groups[k] for k in inner)}
            assert held not in in_cv and len(in_cv) == N_READING - 1, held
            assert not {Path(f).name for f in in_cv} & check_names, held
            tasks[held] = inner

        def cv_file(key: str) -> tuple[dict[str, Any], dict[str, np.ndarray]]:
            """The threshold chosen without ``key``'s file (nested) and the file's columns."""
            cpu = time.process_time()
            chosen, means = cv_threshold(data, tasks[key])
            cols = {} if key == "all" else code_file(key, chosen)
            used = round(time.process_time() - cpu, 1)
            print(key, chosen, means, used, file=sys.stderr, flush=True)
            return {"threshold": chosen, "cv_mean_fold_f1": means, "cpu_seconds": used}, cols

        wall = time.time()
        done = in_workers(cv_file, list(tasks), workers)
        print("inner CVs", round(time.time() - wall), "s wall", file=sys.stderr, flush=True)
        for key, (info, cols) in zip(tasks, done, strict=True):
            thresholds["all" if key == "all" else names[key]] = info
            coded[key] = cols
        every = fit(data, rows_of(list(specs)), thresholds["all"]["threshold"])
    result: dict[str, Any] = {
        "setting": SETTING,
        "cv_threshold": out_dir is not None,
        "specs": list(specs.values()),
        "n_gold": len(gold_idx),
        "digests": {
            "shipped": shipped_head.meta["digest"],
            "old7 (refit here)": old7.meta["digest"],
            "all (the candidate)": every.meta["digest"],
        },
        "files": {},
    }
    print(result["digests"], "train", round(time.process_time() - start), file=sys.stderr)
    per_record: dict[str, Any] = {}
    for held in specs:
        threshold = thresholds.get(names[held], {}).get("threshold", SETTING[2])
        cols = coded[held] if held in coded else code_file(held, threshold)
        result["files"][names[held]] = {k: figures(v) for k, v in cols.items()}
        per_record[names[held]] = {
            "ids": [r.id for r in gold[held]],
            **{k: v.tolist() for k, v in cols.items()},
        }
        fig = result["files"][names[held]]
        print(
            names[held],
            threshold,
            round(time.process_time() - start),
            {k: (v["event_f1"], v["actor_accuracy"], v["right"]) for k, v in fig.items()},
            file=sys.stderr,
            flush=True,
        )
    files = result["files"]
    for col in ("shipped", "fold", "baseline", "shipped-off", "fold-off", "baseline-off"):
        rows = [np.asarray([[files[f][col][k] for k in COUNTS]]) for f in files]
        pooled = figures(np.vstack(rows))
        pooled["records"] = sum(files[f][col]["records"] for f in files)
        result.setdefault("pooled", {})[col] = pooled
    for suffix in ("", "-off"):
        result[f"net_vs_baseline{suffix}"] = {}
        for f, rec in per_record.items():
            keys = (f"fold{suffix}", f"baseline{suffix}")
            after, before = (np.asarray(rec[k])[:, -1] for k in keys)
            fixed, broken = (
                int(((after == 1) & (before == 0)).sum()),
                int(((after == 0) & (before == 1)).sum()),
            )
            result[f"net_vs_baseline{suffix}"][f] = {"fixed": fixed, "broken": broken}
    if out_dir is not None:
        result["all_threshold"] = thresholds.pop("all")
        result["thresholds"] = thresholds
    result["cpu_seconds"] = round(time.process_time() - start)
    where = HERE if out_dir is None else out_dir
    (where / "all-specs.txt").write_text("\n".join(specs.values()) + "\n", encoding="utf-8")
    (where / "rows-lofo.json").write_text(json.dumps(per_record) + "\n", encoding="utf-8")
    json.dump(result, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    usage = "usage: head_lofo.py [--cv-threshold DIR [--workers N]]"
    if sys.argv[1:2] == ["--cv-threshold"]:
        assert len(sys.argv) in (3, 5) and sys.argv[3:4] in ([], ["--workers"]), usage
        main(Path(sys.argv[2]), int(sys.argv[4]) if len(sys.argv) == 5 else 1)
    else:
        assert len(sys.argv) == 1, usage
        main()
