"""Session 14 (s14-evidence, issue 14 item 6): three ways to trade evidence recall for
precision, each chosen by a rule written first and scored by nested leave-one-file-out over the
14 READING evidence files; then, with ``--check``, the one run on the CHECK file.

Candidates (docs/validation-events.md, "Issue 14, session 14 (s14-evidence)"):

* ``A`` operating point of a refitted confidence model: the bundled model's 19 inputs
  (``evidence_confidence.FEATURES``), a logistic regression per path (rules coder: word order;
  nlp coder: parse; scikit-learn defaults, C = 1, standardised, seed 0), refitted on the
  default finder's items; the cut-off (0.50-0.95) is the lowest at which the training files'
  leave-one-file-out probabilities give pooled precision >= 0.85 and >= 0.75 in every training
  file with >= 5 kept items (none: no gate). Per path (``EvidenceRules.confidence_gate`` with
  refitted coefficients).
* ``D`` a cue-keyword distance limit (``EvidenceRules.max_distance``, one value for both
  coders): the largest limit (none, 40, 39 ... 0 tokens) at which, for both coders, the
  training pool is >= 0.85 and every training file with >= 5 kept items >= 0.75 (none: no
  limit). Scored by running the finder with the limit (it acts before ``one_issue``).
* ``C`` abstention on construction classes credibly below the target
  (``EvidenceRules.abstain_on``, one set for both coders): a class of
  ``evidence_confidence.classes`` (cue strength, opposition cue, modal, policy cue, negation,
  flips, low lean, cues / issues / actors / holders named, where the holder came from, reported
  speech, quotation) is abstained on when, for either coder on the training files, it has >= 10
  items, pooled precision < 0.75, and precision < 0.75 in at least three training files with
  >= 3 items in it.

In each outer fold (one READING file held out) the choice is made on the other 13 files, less
any report the held-out file cites; a model is fitted on them. ``--check``: the choice made on
all 14 READING files is applied to the CHECK file ``evidence-heldout-s13.jsonl`` and only
aggregate figures are printed and written (found, right, precision, recall; right findings lost,
wrong findings removed): no record id, text or per-record output.

Run from the worktree root: ``PYTHONPATH=src python3
docs/data/evidence-2026-12-04-s14-evidence/operating14.py A|C|D ... [--check] [--out F]``.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import replace
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
DATA = HERE.parents[2] / "tests" / "data" / "news"
CODERS = ("rules", "nlp")
POOLED = 0.85
EACH = 0.75
MIN_KEPT = 5
CUTS = tuple(round(0.5 + 0.01 * i, 2) for i in range(46))
LIMITS: tuple[int | None, ...] = (None, *range(40, -1, -1))
CLASS_MIN, CLASS_P, CLASS_FILES, CLASS_FILE_MIN = 10, 0.75, 3, 3


def reading() -> tuple[str, ...]:
    import items14

    return items14.READING


@cache
def finder(coder: str) -> Any:
    from accord.news.coders import get_coder

    if coder == "rules":
        return None
    f = get_coder(coder, strict=True).coder.clause_agents
    return lru_cache(maxsize=None)(f)


@cache
def golds(names: tuple[str, ...]) -> Any:
    from accord.news.evidence_gold import load_evidence_golds

    return load_evidence_golds([DATA / f"{n}.jsonl" for n in names])


@cache
def extract(coder: str, names: tuple[str, ...], limit: int | None) -> tuple[Any, dict[str, int]]:
    """Every item the default finder (with ``max_distance=limit``) finds on ``names``: arrays
    of right / file / report URL, the signals, and each file's number of gold stances."""
    from accord.news.evidence import DEFAULT_RULES, evidence_with_signals
    from accord.news.evidence_gold import _gold_keys, _key
    from accord.news.types import Document

    records, scenarios, file_of = golds(names)
    rules = replace(DEFAULT_RULES, max_distance=limit)
    right, files, urls, sigs = [], [], [], []
    gold: dict[str, int] = {}
    for r in records:
        name = file_of[r.id].removesuffix(".jsonl")
        keys = _gold_keys(r)
        gold[name] = gold.get(name, 0) + len(keys)
        doc = Document(id=r.id, title="", text=r.text, date=r.date, source=r.publisher, url=r.url)
        for e, _, s in evidence_with_signals(doc, scenarios[r.scenario], finder(coder), rules):
            right.append(_key(e) in keys)
            files.append(name)
            urls.append(r.url)
            sigs.append(s)
    arrays = (np.array(right, bool), np.array(files), np.array(urls), tuple(sigs))
    return arrays, gold


def meets(keep: np.ndarray, y: np.ndarray, g: np.ndarray) -> bool:
    """The operating-point rule: pooled >= POOLED and every file with >= MIN_KEPT kept >= EACH."""
    if not keep.any() or y[keep].mean() < POOLED:
        return False
    for name in set(g.tolist()):
        kept = keep & (g == name)
        if kept.sum() >= MIN_KEPT and y[kept].mean() < EACH:
            return False
    return True


def xrow(signals: Any) -> list[float]:
    from accord.news.evidence_confidence import features

    return features(signals)


def score(y: np.ndarray, keep: np.ndarray, gold: int) -> dict[str, Any]:
    fb, rb = len(y), int(y.sum())
    fa, ra = int(keep.sum()), int(y[keep].sum())
    return {
        "gold": gold,
        "found_before": fb,
        "right_before": rb,
        "found_after": fa,
        "right_after": ra,
        "precision_before": round(rb / fb, 3) if fb else None,
        "precision_after": round(ra / fa, 3) if fa else None,
        "recall_before": round(rb / gold, 3) if gold else None,
        "recall_after": round(ra / gold, 3) if gold else None,
        "right_lost": rb - ra,
        "wrong_removed": (fb - rb) - (fa - ra),
    }


# --- candidate A: per path -------------------------------------------------------------


def choose_a(x: np.ndarray, y: np.ndarray, g: np.ndarray, u: np.ndarray) -> Any:
    from accord.news.evidence_confidence import SEED, fit, out_of_fold

    p = out_of_fold(x, y, list(g), list(u))
    cut = next((c for c in CUTS if meets(p >= c, y, g)), None)
    return fit(x, y, SEED), cut


def keep_a(choice: Any, x: np.ndarray) -> np.ndarray:
    model, cut = choice
    if cut is None:
        return np.ones(len(x), bool)
    return np.array([model.probability(r) >= cut for r in x], bool)


# --- candidate C: shared classes -------------------------------------------------------


def class_sets(sigs: tuple[Any, ...]) -> list[frozenset[str]]:
    from accord.news.evidence_confidence import classes

    return [classes(s) for s in sigs]


def choose_c(train: dict[str, tuple[np.ndarray, np.ndarray, list[frozenset[str]]]]) -> frozenset:
    chosen: set[str] = set()
    for y, g, cls in train.values():
        for name in sorted(set().union(*cls)):
            inside = np.array([name in c for c in cls], bool)
            if inside.sum() < CLASS_MIN or y[inside].mean() >= CLASS_P:
                continue
            low = 0
            for f in set(g[inside].tolist()):
                m = inside & (g == f)
                if m.sum() >= CLASS_FILE_MIN and y[m].mean() < CLASS_P:
                    low += 1
            if low >= CLASS_FILES:
                chosen.add(name)
    return frozenset(chosen)


# --- candidate D: shared distance limit ------------------------------------------------


def choose_d(mask_of: Any) -> int | None:
    """``mask_of(coder, limit)`` -> (y, g) of the training items found with that limit."""
    for limit in LIMITS:
        if all(meets(np.ones(len(y), bool), y, g) for y, g in (mask_of(c, limit) for c in CODERS)):
            return limit
    return None


def run_reading(candidate: str) -> dict[str, Any]:
    names = reading()
    out: dict[str, Any] = {c: {"files": {}} for c in CODERS}
    base = {c: extract(c, names, None) for c in CODERS}
    kept_all = {c: np.zeros(len(base[c][0][0]), bool) for c in CODERS}
    # the outer folds
    for held_name in sorted(set(base["rules"][0][1].tolist())):
        train_mask: dict[str, np.ndarray] = {}
        held_mask: dict[str, np.ndarray] = {}
        for c in CODERS:
            (y, g, u, _), _ = base[c]
            held_urls = set(u[g == held_name].tolist()) | set(
                base["rules" if c == "nlp" else "nlp"][0][2][
                    base["rules" if c == "nlp" else "nlp"][0][1] == held_name
                ].tolist()
            )
            held_mask[c] = g == held_name
            train_mask[c] = (g != held_name) & ~np.isin(u, list(held_urls))
        if candidate == "A":
            for c in CODERS:
                (y, g, u, sigs), gold = base[c]
                x = np.array([xrow(s) for s in sigs], float)
                tm, hm = train_mask[c], held_mask[c]
                ch = choose_a(x[tm], y[tm], g[tm], u[tm])
                k = keep_a(ch, x[hm])
                kept_all[c][hm] = k
                out[c]["files"][held_name] = {"gate": ch[1], **score(y[hm], k, gold[held_name])}
        elif candidate == "C":
            train = {}
            for c in CODERS:
                (y, g, _, sigs), _ = base[c]
                cls = class_sets(sigs)
                tm = train_mask[c]
                train[c] = (y[tm], g[tm], [cl for cl, t in zip(cls, tm, strict=True) if t])
            chosen = choose_c(train)
            for c in CODERS:
                (y, g, _, sigs), gold = base[c]
                hm = held_mask[c]
                cls = [cl for cl, h in zip(class_sets(sigs), hm, strict=True) if h]
                k = np.array([not (cl & chosen) for cl in cls], bool)
                kept_all[c][hm] = k
                out[c]["files"][held_name] = {
                    "gate": sorted(chosen),
                    **score(y[hm], k, gold[held_name]),
                }
        else:
            held_urls_all = set()
            for c in CODERS:
                held_urls_all |= set(base[c][0][2][held_mask[c]].tolist())

            def mask_of(
                coder: str,
                limit: int | None,
                held_name: str = held_name,
                held_urls_all: set[str] = held_urls_all,
            ) -> tuple[np.ndarray, np.ndarray]:
                (y, g, u, _), _ = extract(coder, names, limit)
                m = (g != held_name) & ~np.isin(u, list(held_urls_all))
                return y[m], g[m]

            limit = choose_d(mask_of)
            for c in CODERS:
                (y, g, _, _), gold = base[c]
                (ya, ga, _, _), _ = extract(c, names, limit)
                hb = g == held_name
                ha = ga == held_name
                # the limit acts inside the finder: score the after-items as found
                row = score(y[hb], np.ones(hb.sum(), bool), gold[held_name])
                row.update(
                    found_after=int(ha.sum()),
                    right_after=int(ya[ha].sum()),
                )
                _finish(row)
                out[c]["files"][held_name] = {"gate": limit, **row}
    for c in CODERS:
        if candidate == "D":
            rows = out[c]["files"].values()
            pooled = {
                k: sum(r[k] for r in rows)
                for k in ("gold", "found_before", "right_before", "found_after", "right_after")
            }
            _finish(pooled)
        else:
            (y, _, _, _), gold = base[c]
            pooled = score(y, kept_all[c], sum(gold.values()))
        out[c]["pooled"] = pooled
    out["choice_on_all_reading"] = choice_on_all(candidate)
    return out


def _finish(r: dict[str, Any]) -> None:
    fb, rb, fa, ra, gold = (
        r["found_before"],
        r["right_before"],
        r["found_after"],
        r["right_after"],
        r["gold"],
    )
    r.update(
        precision_before=round(rb / fb, 3) if fb else None,
        precision_after=round(ra / fa, 3) if fa else None,
        recall_before=round(rb / gold, 3) if gold else None,
        recall_after=round(ra / gold, 3) if gold else None,
        right_lost=rb - ra,
        wrong_removed=(fb - rb) - (fa - ra),
    )


@cache
def choice_on_all(candidate: str) -> Any:
    """The choice the rule makes on all 14 READING files (what the CHECK run applies)."""
    names = reading()
    if candidate == "A":
        res = {}
        for c in CODERS:
            (y, g, u, sigs), _ = extract(c, names, None)
            x = np.array([xrow(s) for s in sigs], float)
            model, cut = choose_a(x, y, g, u)
            res[c] = {"cut": cut, "model": model.to_dict()}
        return res
    if candidate == "C":
        train = {}
        for c in CODERS:
            (y, g, _, sigs), _ = extract(c, names, None)
            train[c] = (y, g, class_sets(sigs))
        return sorted(choose_c(train))

    def mask_of(coder: str, limit: int | None) -> tuple[np.ndarray, np.ndarray]:
        (y, g, _, _), _ = extract(coder, names, limit)
        return y, g

    return choose_d(mask_of)


def run_check(candidate: str) -> dict[str, Any]:
    import items14

    from accord.news.evidence_confidence import ConfidenceModel

    check = items14.CHECK
    choice = choice_on_all(candidate)
    out: dict[str, Any] = {
        "choice": choice if candidate != "A" else {c: choice[c]["cut"] for c in CODERS}
    }
    for c in CODERS:
        (y, _, _, sigs), gold = extract(c, check, None)
        total = sum(gold.values())
        if candidate == "A":
            model = ConfidenceModel.from_dict(choice[c]["model"])
            x = np.array([xrow(s) for s in sigs], float)
            k = keep_a((model, choice[c]["cut"]), x)
            out[c] = score(y, k, total)
        elif candidate == "C":
            chosen = frozenset(choice)
            k = np.array([not (cl & chosen) for cl in class_sets(sigs)], bool)
            out[c] = score(y, k, total)
        else:
            (ya, _, _, _), _ = extract(c, check, choice)
            row = score(y, np.ones(len(y), bool), total)
            row.update(found_after=len(ya), right_after=int(ya.sum()))
            _finish(row)
            out[c] = row
    return out


def main() -> None:
    import sys

    sys.path.insert(0, str(HERE))
    parser = argparse.ArgumentParser()
    parser.add_argument("candidates", nargs="+", choices=("A", "C", "D"))
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--out")
    args = parser.parse_args()
    result: dict[str, Any] = {"rule": {"pooled": POOLED, "each": EACH, "min_kept": MIN_KEPT}}
    for cand in args.candidates:
        if args.check:
            r = run_check(cand)
            result[cand] = r
            print(cand, "CHECK choice:", r["choice"])
            for c in CODERS:
                print(cand, c, "CHECK", json.dumps(r[c]))
            continue
        r = run_reading(cand)
        result[cand] = r
        for c in CODERS:
            rows = [*r[c]["files"].items(), ("pooled", r[c]["pooled"])]
            for name, f in rows:
                print(
                    f"{cand} {c:5s} {name.removeprefix('evidence-'):18s}"
                    f" gate {f.get('gate', '')!s:24s} {f['right_before']}/{f['found_before']}"
                    f" {f['precision_before']} -> {f['right_after']}/{f['found_after']}"
                    f" {f['precision_after']}  R {f['recall_before']} -> {f['recall_after']}"
                    f"  lost {f['right_lost']} removed {f['wrong_removed']}"
                )
        ch = r["choice_on_all_reading"]
        if cand == "A":
            ch = {c: ch[c]["cut"] for c in CODERS}
        print(cand, "choice on all 14 READING files:", ch, flush=True)
    if args.out:
        Path(args.out).write_text(json.dumps(result, indent=1, default=str) + "\n")


if __name__ == "__main__":
    main()
