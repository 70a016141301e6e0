"""The learned event choice refitted on every READING file, leave-one-file-out, with the shipped
type head (candidate A) and with session 26's s26-head recipe head (candidate B) (issue 14,
session 27, s27-learned). Written, with its adoption rule (docs/validation-events/
session-27-learned.md), before its deciding runs; session 26's ``head_lofo.py`` adapted.

READING files: ``accord.news.nlp.rules_cv.dev_sets`` less this session's CHECK files
(:data:`CHECK`, the harness's ``--check-sets``): 47. :func:`reading` asserts by name and by
path that no CHECK file is among them, so none enters a fit, a fold or a table.

The choice model (:mod:`accord.news.event_choice`) is fitted as its ``--write`` fits it: a
logistic regression (:func:`accord.news.evidence_confidence.fit`) on every candidate row of
:func:`accord.news.event_choice.collect` (the nlp coder with ``learned_first`` off and the
rules coder's reading it holds), target: the candidate's type is the gold's. No new setting.
A candidate's rows of a file do not depend on the choice model, so each file is collected once
per head and only the logistic model is refitted per fold. Each fold's model is rounded as the
bundled file stores it (:func:`bundled`) and put in the coder's place of the bundled one for the
coding head (:func:`coded`); the held-out file is then coded record by record by
``NlpCoder(head)`` with its default rules, as ``accord events evaluate`` codes it (the harness's
figures; a record is right when type, source set and target set equal the gold's).

Columns, per READING file F:

- ``shipped``: the shipped coder (packaged head 2810847d3361, bundled choice model): the
  baseline of both candidates; it must equal the lead's start run (``start_check.py``).
- ``A`` (deciding): the shipped head, the choice fitted on the other 46 files' rows coded by it.
- ``B`` (deciding): the head of s26-head's recipe on the other 46 files (static embeddings,
  seed 0, 120 weak phrases per type, setting 8,0.03,0.3 fixed; ``head_lofo.py``'s ``fit``),
  the choice fitted on the other 46 files' cross-fitted rows: each file G coded by the head
  trained on every READING file but G.
- for information: ``A-in`` (the shipped head with the choice fitted on all 47 files: the
  candidate A as it would ship, in sample), ``off`` (the shipped head, no choice),
  ``B-bundled`` (the fold head with the bundled choice model, session 26's ``fold`` column),
  ``B-off`` (the fold head, no choice).

Each run also writes the choice model fitted on all 47 files (``choice-A.json``,
``choice-B.json``, in the bundled file's form, the gate chosen by
:func:`accord.news.event_choice.out_of_file` as ``--write`` chooses it) and, for B, the digest of
the head on all 47 files (the candidate head, as ``train.py`` would build it).

Run from the worktree root (``../shared`` a link to /work/shared)::

    PYTHONPATH=src nice python3 docs/data/learned-2026-12-05-s27-learned/learned_lofo.py A \\
        > docs/data/learned-2026-12-05-s27-learned/lofo-A.json
    PYTHONPATH=src nice python3 docs/data/learned-2026-12-05-s27-learned/learned_lofo.py B \\
        > docs/data/learned-2026-12-05-s27-learned/lofo-B.json

(beside them: ``rows-A.json`` / ``rows-B.json``, per file the record ids and per column each
record's :data:`COUNTS`, the last 1 when right; ``all-specs.txt``, B's ``--gold`` specs.)
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).parent
ROOT = Path.cwd()
CHECK = (
    "heldout-s25",
    "heldout-s25b",
    "heldout-s25c",
    "heldout-s26",
    "heldout-s26b",
    "heldout-s26c",
)
"""Session 27's CHECK files (declared.md): never read here."""
N_READING = 47
SETTING = (8.0, 0.03, 0.3)
SEED = 0
WEAK = 120
FAMILY = {"text": "text", "url": "url", "document": "file"}
COUNTS = ("n", "predicted", "correct", "alarms", "s_n", "s_ok", "t_n", "t_ok", "right")


def reading() -> list[Any]:
    """The READING files, in ``dev_sets`` order; asserts that no CHECK file is one."""
    from accord.news.nlp.rules_cv import dev_sets

    every = dev_sets(ROOT, ROOT.parent / "shared")
    sets = [d for d in every if d.name not in CHECK]
    assert {d.name for d in every} >= set(CHECK), "a CHECK file is not in dev_sets"
    check_paths = {f"news-{name}.json" for name in CHECK}
    assert not {d.name for d in sets} & set(CHECK), "a CHECK file among the READING files"
    assert not {Path(d.path).name for d in sets} & check_paths, "a CHECK path among READING"
    assert len(sets) == N_READING, len(sets)
    return sets


def no_check(names: Any) -> None:
    """Asserts that none of ``names`` (file names or paths) is a CHECK file."""
    bad = {Path(str(n)).name for n in names} & ({f"news-{c}.json" for c in CHECK} | set(CHECK))
    assert not bad, bad


def setup() -> None:
    """Each text parsed once (s13-head's ``head13.CachedParser``) for the coder, the trainer and
    the choice's candidate collection."""
    import accord.news.nlp.coder as nlp_coder
    import accord.news.nlp.models as nlp_models
    import accord.news.nlp.train as nlp_train

    sys.path.insert(0, str(Path(__file__).parent.parent / "head-2026-12-04-s13-head"))
    from head13 import CachedParser

    parser = CachedParser()
    for module in (nlp_coder, nlp_train, nlp_models):
        module.spacy_pipeline = lambda *a, **k: parser  # type: ignore[attr-defined]


def collect(head: Any, sets: list[Any]) -> Any:
    """:func:`accord.news.event_choice.collect` of ``sets`` with the type head ``head``."""
    import accord.news.event_choice as event_choice
    import accord.news.nlp.coder as nlp_coder

    no_check([d.name for d in sets] + [d.path for d in sets])
    real = nlp_coder.NlpCoder
    nlp_coder.NlpCoder = functools.partial(real, head)  # type: ignore[misc]
    try:
        c, digest = event_choice.collect(sets)
    finally:
        nlp_coder.NlpCoder = real  # type: ignore[misc]
    assert digest == str(head.meta.get("digest")), (digest, head.meta.get("digest"))
    return c


def concat(parts: list[Any]) -> Any:
    """One :class:`~accord.news.event_choice.Candidates` of several, in order."""
    from accord.news.event_choice import Candidates

    offset = 0
    records = []
    for c in parts:
        records.append(c.record + offset)
        offset += len(c.files)
    return Candidates(
        np.vstack([c.x for c in parts]),
        np.concatenate([c.right for c in parts]),
        np.concatenate([c.full for c in parts]),
        [k for c in parts for k in c.keys],
        np.concatenate(records),
        np.concatenate([c.nlp for c in parts]),
        [f for c in parts for f in c.files],
        [g for c in parts for g in c.gold],
        [a for c in parts for a in c.actors],
        [h for c in parts for h in c.hits],
    )


def bundled(x: np.ndarray, y: np.ndarray) -> Any:
    """The choice model fitted as ``--write`` fits it, rounded as the bundled file stores it
    and read back as :func:`accord.news.event_choice.load_model` reads it."""
    from accord.news.evidence_confidence import ConfidenceModel, fit

    d = fit(x, y.astype(float)).to_dict()
    return ConfidenceModel(
        tuple(d["mean"]), tuple(d["scale"]), tuple(d["coef"]), float(d["intercept"]), 0.5
    )


def entry(c: Any, head: Any, gate: float) -> dict[str, Any]:
    """The bundled file of the model fitted on every row of ``c`` (as ``--write`` writes it)."""
    from accord.news.event_choice import FEATURES
    from accord.news.evidence_confidence import fit

    out = fit(c.x, c.right.astype(float)).to_dict()
    out["threshold"] = gate
    out["features"] = list(FEATURES)
    out["head"] = head.meta.get("digest")
    return out


def coded(records: list[Any], head: Any, model: Any) -> np.ndarray:
    """One row of :data:`COUNTS` per record, each coded alone by ``NlpCoder(head)`` with the
    choice model ``model`` in the bundled one's place for ``head`` (None: no choice)."""
    import accord.news.event_choice as event_choice
    from accord.news.evaluate import evaluate
    from accord.news.nlp.coder import NlpCoder

    pair = None if model is None else (model, head.meta.get("digest"))
    event_choice.load_model = lambda: pair  # type: ignore[assignment]
    coder = NlpCoder(head)
    out = []
    for record in records:
        ev = evaluate([record], keep_errors=True, coder=coder)
        actors = [ev.source_n, ev.source_correct, ev.target_n, ev.target_correct]
        out.append([ev.n, ev.predicted, ev.correct, ev.false_alarms, *actors, int(not ev.errors)])
    return np.asarray(out, dtype=np.int64)


def figures(rows: np.ndarray) -> dict[str, Any]:
    from accord.news.evaluate import micro_f1

    total = dict(zip(COUNTS, (int(v) for v in rows.sum(axis=0)), strict=True))
    actor_n = total["s_n"] + total["t_n"]
    return {
        **total,
        "records": len(rows),
        "event_f1": round(micro_f1(total["correct"], total["predicted"], total["n"]), 4),
        "actor_accuracy": round((total["s_ok"] + total["t_ok"]) / actor_n, 4) if actor_n else 0.0,
    }


def head_specs(sets: list[Any]) -> dict[str, str]:
    """``{path: --gold spec}`` of the READING files, the shipped seven first in the packaged
    head's order and families (``head_lofo.py``'s ``reading_specs``)."""
    from accord.news.nlp.classifier import default_head
    from accord.news.nlp.train import GoldSpec

    shipped = {GoldSpec.parse(s).path: s for s in default_head().meta["gold"]}
    specs = dict(shipped)
    paths = []
    for dev in sets:
        path = os.path.relpath(dev.path, ROOT)
        paths.append(path)
        specs.setdefault(path, f"{path}@{FAMILY[dev.group_by]}")
    assert set(specs) == set(paths), "a shipped training file is not a READING file"
    no_check(specs)
    assert len(specs) == N_READING, len(specs)
    return specs


def fit_head(data: Any, rows: np.ndarray) -> Any:
    """The head of ``train.py`` at :data:`SETTING` on gold ``rows`` and every weak phrase, as
    saved and read back (``head_lofo.py``'s ``fit``)."""
    from accord.news.nlp.classifier import TypeHead
    from accord.news.nlp.classifier import fit_head as fit_type_head

    keep = np.concatenate([rows, np.flatnonzero(~data.gold)])
    c, weak_w, threshold = SETTING
    weights = np.where(data.gold[keep], 1.0, weak_w)
    head = fit_type_head(
        data.x[keep],
        [data.labels[k] for k in keep],
        weights,
        c=c,
        threshold=threshold,
        seed=SEED,
        meta={"embedder_kind": "static"},
    )
    coef = head.coef.astype(np.float32)
    digest = hashlib.sha256(coef.tobytes()).hexdigest()[:12]
    return TypeHead(
        head.labels,
        coef.astype(np.float64),
        head.intercept.astype(np.float32).astype(np.float64),
        threshold,
        {**head.meta, "digest": digest},
    )


def main(which: str) -> None:
    from accord.news.evaluate import read_gold
    from accord.news.event_choice import load_model, out_of_file
    from accord.news.nlp.classifier import default_head

    assert which in ("A", "B"), which
    setup()
    start = time.process_time()
    sets = reading()
    names = [d.name for d in sets]
    shipped_head = default_head()
    shipped_choice = load_model()[0]
    gold = {d.name: read_gold(d.path, d.split) for d in sets}

    def log(*what: Any) -> None:
        print(round(time.process_time() - start), *what, file=sys.stderr, flush=True)

    heads: dict[str, Any] = {}
    result: dict[str, Any] = {"candidate": which, "reading": names, "check_excluded": CHECK}
    if which == "A":
        c = collect(shipped_head, sets)
        rows_of = {d.name: c for d in sets}
        result["digests"] = {"shipped head": shipped_head.meta["digest"]}
    else:
        from accord.news.nlp.train import training_set

        specs = head_specs(sets)
        data = training_set(list(specs.values()), SEED, WEAK, "static")
        file_of = np.asarray([f for f in specs for _ in read_gold_spec(f, specs[f])])
        gold_idx = np.flatnonzero(data.gold)
        assert len(file_of) == len(gold_idx)
        path_of = {d.name: os.path.relpath(d.path, ROOT) for d in sets}
        every = fit_head(data, gold_idx)
        log("trained the all head", every.meta["digest"])
        parts = {}
        for d in sets:
            rows = gold_idx[file_of != path_of[d.name]]
            trained = set(file_of[np.isin(gold_idx, rows)])
            assert path_of[d.name] not in trained and len(trained) == N_READING - 1, d.name
            no_check(trained)
            heads[d.name] = fit_head(data, rows)
            parts[d.name] = collect(heads[d.name], [d])
            log("fold head", d.name, heads[d.name].meta["digest"])
        c = concat([parts[n] for n in names])
        rows_of = parts
        result["digests"] = {
            "shipped head": shipped_head.meta["digest"],
            "all (the candidate head)": every.meta["digest"],
            "fold heads": {n: h.meta["digest"] for n, h in heads.items()},
        }
        (HERE / "all-specs.txt").write_text("\n".join(specs.values()) + "\n", encoding="utf-8")
    row_file = np.asarray(c.files)[c.record]
    assert list(dict.fromkeys(c.files)) == names
    no_check(set(c.files))
    result["candidates"] = len(c.right)
    result["files"] = {}
    per_record: dict[str, Any] = {}
    in_sample = bundled(c.x, c.right)
    for name in names:
        train = row_file != name
        no_check(set(row_file[train]))
        assert name not in set(row_file[train])
        model = bundled(c.x[train], c.right[train])
        records = gold[name]
        cols = {"shipped": coded(records, shipped_head, shipped_choice)}
        if which == "A":
            cols["A"] = coded(records, shipped_head, model)
            cols["A-in"] = coded(records, shipped_head, in_sample)
            cols["off"] = coded(records, shipped_head, None)
        else:
            cols["B"] = coded(records, heads[name], model)
            cols["B-bundled"] = coded(records, heads[name], shipped_choice)
            cols["B-off"] = coded(records, heads[name], None)
        assert which == "A" or len(rows_of[name].files) == len(records)
        result["files"][name] = {k: figures(v) for k, v in cols.items()}
        ids = [r.id for r in records]
        per_record[name] = {"ids": ids, **{k: v.tolist() for k, v in cols.items()}}
        fig = result["files"][name]
        log(name, {k: (v["event_f1"], v["actor_accuracy"], v["right"]) for k, v in fig.items()})
    files = result["files"]
    for col in files[names[0]]:
        pooled = figures(np.vstack([[[files[f][col][k] for k in COUNTS]] for f in names]))
        pooled["records"] = sum(files[f][col]["records"] for f in names)
        result.setdefault("pooled", {})[col] = pooled
    nets = {}
    for name, rec in per_record.items():
        after, before = (np.asarray(rec[k])[:, -1] for k in (which, "shipped"))
        nets[name] = {
            "fixed": int(((after == 1) & (before == 0)).sum()),
            "broken": int(((after == 0) & (before == 1)).sum()),
        }
    result["net_vs_shipped"] = nets
    a, b = result["pooled"][which], result["pooled"]["shipped"]
    worst = min(v["fixed"] - v["broken"] for v in nets.values())
    result["rule"] = {
        "files_fixed": sum(v["fixed"] > 0 for v in nets.values()),
        "net_records": sum(v["fixed"] - v["broken"] for v in nets.values()),
        "worst_file_net": worst,
        "files_below_-2": sorted(n for n, v in nets.items() if v["fixed"] - v["broken"] < -2),
        "part3": a["event_f1"] >= b["event_f1"]
        and a["actor_accuracy"] >= b["actor_accuracy"]
        and worst >= -2,
    }
    log("coded; the gate of the model on all 47")
    report = out_of_file(c)
    result["choice_candidates_lofo"] = {"pooled": report["pooled"], "gate": report["gate"]}
    head = shipped_head if which == "A" else every
    model_file = entry(c, head, report["gate"])
    (HERE / f"choice-{which}.json").write_text(json.dumps(model_file, indent=1) + "\n")
    result["cpu_seconds"] = round(time.process_time() - start)
    (HERE / f"rows-{which}.json").write_text(json.dumps(per_record) + "\n", encoding="utf-8")
    json.dump(result, sys.stdout, indent=1)
    print()


def read_gold_spec(path: str, spec: str) -> list[Any]:
    """The gold records of a ``--gold`` spec's file, as ``training_set`` reads them."""
    from accord.news.evaluate import read_gold
    from accord.news.nlp.train import GoldSpec

    parsed = GoldSpec.parse(spec)
    return list(read_gold(parsed.path, parsed.split))


if __name__ == "__main__":
    main(sys.argv[1])
