"""Out-of-fold READING figures of the event ranker for one coder (session 13, s13-mainevent).

For each of the 19 READING event files (never the CHECK files), codes it twice in this process
with ``accord events evaluate``'s function (:func:`accord.news.evaluate.evaluate_file`): once
with the session-start order of the rules coder's events (the heuristic of main at da8aa01,
:func:`heuristic_order` below), once with the ranker fitted on the other 18 files
(``fit.py``'s :func:`fit_weights` on ``table.json``). The nlp coder borrows the rules coder's
events, so it is run the same way (its cache of them cleared between runs). Writes per-file and
pooled figures (pooled as ``docs/data/protocol-2026-12-04-s13/evaluate_reading.py`` pools them),
and the records fixed and broken (a record is right when in no error list).

Run from the worktree root::

    PYTHONPATH=src nice python3 docs/data/event-order-2026-12-04-s13-mainevent/oof.py rules B
    PYTHONPATH=src nice python3 docs/data/event-order-2026-12-04-s13-mainevent/oof.py nlp B
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CHECK = ("heldout-s12", "heldout-s12b")


def _module(path: Path, name: str) -> Any:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def heuristic_order(sentence: str, tokens: Any, events: Any) -> list[Any]:
    """The order of main at da8aa01: -order + 0.5 specific - 100 speech - 50 background."""

    def rank(item: Any) -> tuple[float, int]:
        order, trig, background, _event = item
        score = -order + (0.5 if trig.how != "default" else 0.0) - (100.0 if trig.speech else 0.0)
        return (-(score - (50.0 if background else 0.0)), order)

    return [item[3] for item in sorted(events, key=rank)]


def main() -> None:
    from accord.news import coding
    from accord.news.coders import get_coder
    from accord.news.evaluate import evaluate_file
    from accord.news.nlp.rules_cv import dev_sets

    name, candidate = sys.argv[1], sys.argv[2]
    root = Path.cwd()
    fit = _module(HERE / "fit.py", "event_order_fit")
    pool = _module(
        root / "docs" / "data" / "protocol-2026-12-04-s13" / "evaluate_reading.py", "harness"
    )
    names = fit.CANDIDATES[candidate]
    rows = json.loads((HERE / "table.json").read_text(encoding="utf-8"))
    coder = get_coder(name, strict=True).coder
    original = coding._order_events

    def clear() -> None:
        if name != "rules":
            from accord.news.nlp.coder import _rules_events

            _rules_events.cache_clear()

    out: dict[str, Any] = {"coder": name, "candidate": candidate, "files": {}}
    sides: dict[str, list[dict[str, Any]]] = {"before": [], "after": []}
    fixed_all = broken_all = 0
    for dev in dev_sets(root, root.parent / "shared"):
        if dev.name in CHECK:
            continue
        fitted = dict(zip(names, fit.fit_weights([r for r in rows if r["file"] != dev.name], names)))
        weights = tuple(fitted.get(n, 0.0) for n in coding.RANK_FEATURES)
        wrong = {}
        figures = {}
        for side in ("before", "after"):
            clear()
            if side == "before":
                coding._order_events = heuristic_order
            else:
                coding._order_events = original
                coding.rank_weights = lambda w=weights: w
            ev = evaluate_file(dev.path, keep_errors=True, split=dev.split, coder=coder)
            wrong[side] = {str(e["id"]): e for e in ev.errors}
            figures[side] = ev.to_dict()
            sides[side].append(figures[side])
        coding._order_events = original
        fixed = sorted(set(wrong["before"]) - set(wrong["after"]))
        broken = sorted(set(wrong["after"]) - set(wrong["before"]))
        fixed_all += len(fixed)
        broken_all += len(broken)
        out["files"][dev.name] = {
            "before": {k: figures["before"][k] for k in ("event_f1", "actor_accuracy")},
            "after": {k: figures["after"][k] for k in ("event_f1", "actor_accuracy")},
            "fixed": fixed,
            "broken": broken,
        }
        print(dev.name, out["files"][dev.name], flush=True)
    out["pooled"] = {
        "before": pool.pooled(sides["before"]),
        "after": pool.pooled(sides["after"]),
        "fixed": fixed_all,
        "broken": broken_all,
    }
    print(json.dumps(out["pooled"]))
    (HERE / f"oof-{candidate}-{name}.json").write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
