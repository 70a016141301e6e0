"""Which of the rules coder's events is the sentence's event: a ranker learned from the
READING files (session 13, s13-mainevent).

``collect``: codes every record of the 19 READING event files (never the CHECK files
``heldout-s12``, ``heldout-s12b``) with the rules coder and keeps, for each record with two or
more events, each event's ranker inputs (:func:`accord.news.coding.rank_features`), trigger
order, type and folded actors, with the record's gold; writes ``table.json``.
``fit``: a pairwise logistic regression (no intercept, L2, C fixed before any run) on the
differences of inputs between a better and a worse event of one sentence (better: higher
utility 2 x type right + source set right + target set right); leave-one-file-out figures of
the rules coder's first event (out of fold), beside the session's heuristic order; writes
``lofo-X.json`` and, with ``--ship``, the model fitted on all 19 files to the package.

Nothing was adopted: ``src`` is main's (da8aa01). The inputs (``rank_features``) and the
ranked ``_order_events`` are in ``candidates-not-adopted.patch`` beside this script. To
reproduce, in a scratch worktree at this branch, from its root::

    git apply docs/data/event-order-2026-12-04-s13-mainevent/candidates-not-adopted.patch
    PYTHONPATH=src nice python3 docs/data/event-order-2026-12-04-s13-mainevent/fit.py collect
    PYTHONPATH=src python3 docs/data/event-order-2026-12-04-s13-mainevent/fit.py fit A   # B, C, E
    PYTHONPATH=src python3 docs/data/event-order-2026-12-04-s13-mainevent/fit.py swap    # D

(``fit X --ship`` would write the model fitted on all 19 files to
``src/accord/news/data/event-order.json``, the file the patched coder reads.)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CHECK = ("heldout-s12", "heldout-s12b")
C = 0.1
"""The L2 strength of the fit (inverse), fixed before the first fit."""
BASE = (
    "first",
    "position",
    "specific",
    "speech",
    "background",
    "quoted",
    "subordinate",
    "after_comma",
    "to_infinitive",
    "ing",
    "ed",
    "source",
    "target",
)
TYPES = tuple(
    f"type_{t}"
    for t in (
        "AGREE",
        "CONSULT",
        "SUPPORT",
        "CONCEDE",
        "COOPERATE",
        "AID",
        "RETREAT",
        "REQUEST",
        "ACCUSE",
        "REJECT",
        "THREATEN",
        "PROTEST",
        "SANCTION",
        "MOBILIZE",
        "COERCE",
        "ASSAULT",
    )
)
CANDIDATES = {
    "A": BASE,
    "B": BASE + TYPES,
    "C": BASE + TYPES + ("participle_clause",),
    "E": BASE + TYPES + ("heuristic",),
}
"""The inputs of each candidate (docs/validation-events.md, s13-mainevent)."""


def collect(root: Path) -> list[dict[str, Any]]:
    from accord.news import coding
    from accord.news.evaluate import fold, read_gold
    from accord.news.gazetteer import load
    from accord.news.nlp.rules_cv import dev_sets

    classes = load().org_classes
    captured: list[Any] = []
    original = coding._order_events

    def capture(sentence: str, tokens: Any, events: Any) -> Any:
        captured.append((sentence, tokens, list(events)))
        return [item[3] for item in events]  # the order does not matter here

    coding._order_events = capture
    rows: list[dict[str, Any]] = []
    try:
        for dev in dev_sets(root, root.parent / "shared"):
            if dev.name in CHECK:
                continue
            for record in read_gold(dev.path, dev.split):
                captured.clear()
                coding.code_sentence(record.text, record.date, home=record.home)
                if not captured:
                    continue
                sentence, tokens, events = captured[-1]
                if len(events) < 2:
                    continue
                x = coding.rank_features(sentence, tokens, events)
                rows.append(
                    {
                        "file": dev.name,
                        "id": record.id,
                        "gold": record.event,
                        "gold_source": sorted(classes.get(c, c) for c in record.sources),
                        "gold_target": sorted(classes.get(c, c) for c in record.targets),
                        "events": [
                            {
                                "order": order,
                                "type": event.event_type,
                                "trigger": event.trigger,
                                "source": sorted(fold(event.sources)),
                                "target": sorted(fold(event.targets)),
                                "x": dict(zip(coding.RANK_FEATURES, x[k], strict=True)),
                            }
                            for k, (order, _trig, _bg, event) in enumerate(events)
                        ],
                    }
                )
    finally:
        coding._order_events = original
    return rows


def utility(row: dict[str, Any], e: dict[str, Any]) -> tuple[int, bool, int, int]:
    """(utility, type right, source scored right, target scored right) of event ``e``."""
    t = e["type"] == row["gold"]
    s = int(bool(row["gold_source"]) and e["source"] == row["gold_source"])
    g = int(bool(row["gold_target"]) and e["target"] == row["gold_target"])
    return 2 * t + s + g, t, s, g


def heuristic(e: dict[str, Any]) -> float:
    """The session-start order (accord.news.coding._order_events before this branch)."""
    x = e["x"]
    return -e["order"] + 0.5 * x["specific"] - 100 * x["speech"] - 50 * x["background"]


def value(e: dict[str, Any], name: str) -> float:
    """Input ``name`` of event ``e`` ("heuristic": the session-start order's score)."""
    return heuristic(e) if name == "heuristic" else float(e["x"][name])


def first(row: dict[str, Any], score: Any) -> dict[str, Any]:
    events: list[dict[str, Any]] = row["events"]
    return min(events, key=lambda e: (-score(e), e["order"]))


def pairs(
    rows: list[dict[str, Any]], names: tuple[str, ...]
) -> tuple[list[list[float]], list[int]]:
    xs: list[list[float]] = []
    ys: list[int] = []
    for row in rows:
        if row["gold"] == "NONE":
            continue
        for a in row["events"]:
            for b in row["events"]:
                if utility(row, a)[0] > utility(row, b)[0]:
                    d = [value(a, n) - value(b, n) for n in names]
                    xs.append(d)
                    ys.append(1)
                    xs.append([-v for v in d])
                    ys.append(0)
    return xs, ys


def fit_weights(rows: list[dict[str, Any]], names: tuple[str, ...]) -> list[float]:
    from sklearn.linear_model import LogisticRegression

    xs, ys = pairs(rows, names)
    model = LogisticRegression(C=C, fit_intercept=False, solver="lbfgs", max_iter=1000)
    model.fit(xs, ys)
    return [round(float(w), 4) for w in model.coef_[0]]


def score_rows(rows: list[dict[str, Any]], score: Any) -> dict[str, int]:
    out = {"records": len(rows), "type_ok": 0, "source_ok": 0, "target_ok": 0, "right": 0}
    for row in rows:
        e = first(row, score)
        _u, t, s, g = utility(row, e)
        out["type_ok"] += t
        out["source_ok"] += s
        out["target_ok"] += g
        out["right"] += (
            t
            and (not row["gold_source"] or e["source"] == row["gold_source"])
            and (not row["gold_target"] or e["target"] == row["gold_target"])
        )
    return out


def lofo(rows: list[dict[str, Any]], names: tuple[str, ...]) -> dict[str, Any]:
    files = sorted({r["file"] for r in rows})
    out: dict[str, Any] = {"C": C, "features": list(names), "files": {}}
    for name in files:
        test = [r for r in rows if r["file"] == name]
        w = fit_weights([r for r in rows if r["file"] != name], names)

        def learned(e: dict[str, Any], w: list[float] = w) -> float:
            return sum(a * value(e, n) for a, n in zip(w, names, strict=True))

        before = score_rows(test, heuristic)
        after = score_rows(test, learned)
        changed = []
        for r in test:
            h, lw = first(r, heuristic), first(r, learned)
            if h is not lw:
                changed.append(
                    {
                        "id": r["id"],
                        "gold": r["gold"],
                        "before": [h["type"], h["trigger"], utility(r, h)[0]],
                        "after": [lw["type"], lw["trigger"], utility(r, lw)[0]],
                    }
                )
        out["files"][name] = {"weights": w, "before": before, "after": after, "changed": changed}
    keys = ["records", "type_ok", "source_ok", "target_ok", "right"]
    out["pooled"] = {
        side: {k: sum(f[side][k] for f in out["files"].values()) for k in keys}
        for side in ("before", "after")
    }
    return out


def swap_model(rows: list[dict[str, Any]], names: tuple[str, ...]) -> Any:
    """Candidate D: P(another event e is better than the heuristic's first h | x(e) - x(h))."""
    from sklearn.linear_model import LogisticRegression

    xs: list[list[float]] = []
    ys: list[int] = []
    for row in rows:
        if row["gold"] == "NONE":
            continue
        h = first(row, heuristic)
        for e in row["events"]:
            if e is not h:
                xs.append([e["x"][n] - h["x"][n] for n in names])
                ys.append(int(utility(row, e)[0] > utility(row, h)[0]))
    model = LogisticRegression(C=C, solver="lbfgs", max_iter=1000)
    model.fit(xs, ys)
    return model


def swapped(row: dict[str, Any], model: Any, names: tuple[str, ...]) -> dict[str, Any]:
    h = first(row, heuristic)
    others = [e for e in row["events"] if e is not h]
    probs = model.predict_proba([[e["x"][n] - h["x"][n] for n in names] for e in others])[:, 1]
    k = max(range(len(others)), key=lambda i: (probs[i], -others[i]["order"]))
    return others[k] if probs[k] > 0.5 else h


def lofo_swap(rows: list[dict[str, Any]], names: tuple[str, ...]) -> dict[str, Any]:
    out: dict[str, Any] = {"C": C, "features": list(names), "files": {}}
    for name in sorted({r["file"] for r in rows}):
        test = [r for r in rows if r["file"] == name]
        model = swap_model([r for r in rows if r["file"] != name], names)
        chosen = {id(r): swapped(r, model, names) for r in test}
        before = score_rows(test, heuristic)
        after = score_rows(
            test, lambda e, chosen=chosen: 1.0 if any(e is c for c in chosen.values()) else 0.0
        )
        changed = []
        for r in test:
            h, c = first(r, heuristic), chosen[id(r)]
            if h is not c:
                changed.append(
                    {
                        "id": r["id"],
                        "gold": r["gold"],
                        "before": [h["type"], h["trigger"], utility(r, h)[0]],
                        "after": [c["type"], c["trigger"], utility(r, c)[0]],
                    }
                )
        out["files"][name] = {"before": before, "after": after, "changed": changed}
    keys = ["records", "type_ok", "source_ok", "target_ok", "right"]
    out["pooled"] = {
        side: {k: sum(f[side][k] for f in out["files"].values()) for k in keys}
        for side in ("before", "after")
    }
    return out


def main() -> None:
    root = Path.cwd()
    what = sys.argv[1]
    if what == "collect":
        rows = collect(root)
        (HERE / "table.json").write_text(
            "[\n" + ",\n".join(json.dumps(r) for r in rows) + "\n]\n", encoding="utf-8"
        )
        print(len(rows), "records with 2+ events")
        return
    if what == "swap":
        rows = json.loads((HERE / "table.json").read_text(encoding="utf-8"))
        out = lofo_swap(rows, CANDIDATES["B"])
        (HERE / "lofo-D.json").write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
        print(json.dumps(out["pooled"]))
        print([(f, c) for f, v in out["files"].items() for c in v["changed"]])
        return
    candidate = sys.argv[2]
    names = CANDIDATES[candidate]
    rows = json.loads((HERE / "table.json").read_text(encoding="utf-8"))
    out = lofo(rows, names)
    (HERE / f"lofo-{candidate}.json").write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(out["pooled"]))
    w = fit_weights(rows, names)
    print(dict(zip(names, w, strict=True)))
    if "--ship" in sys.argv:
        model = {
            "features": list(names),
            "weights": w,
            "C": C,
            "rebuild": "PYTHONPATH=src python3 docs/data/event-order-2026-12-04-s13-mainevent/"
            "fit.py collect && ... fit --ship",
        }
        path = root / "src" / "accord" / "news" / "data" / "event-order.json"
        path.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
