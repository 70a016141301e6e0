"""Session 20 (s20-recheck): session 19's five candidates on the pooled CHECK files, session 18's
recorded half plus this session's one run on the session-19 half, and the CHECK part of each
candidate's adoption rule on the pooled counts (docs/validation-events/session-20-recheck.md).

Reads aggregate files only (the harness's ``--check`` output and the evidence ``check18``-style
output); a half not yet run is reported as missing. Run from the worktree root::

    python3 docs/data/recheck-2026-12-04-s20-recheck/pool.py \\
        > docs/data/recheck-2026-12-04-s20-recheck/pooled.txt

and writes ``pooled.json`` here.
"""

from __future__ import annotations

import json
from fractions import Fraction
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DATA = HERE.parent
EVENTS = {
    "A": DATA / "cover-2026-12-04-s19-cover" / "check-a.json",
    "B": DATA / "cover-2026-12-04-s19-cover" / "check-b.json",
    "T": DATA / "silent-2026-12-04-s19-silent" / "check-t.json",
}
EVIDENCE = {
    "evdir": (DATA / "evidence-2026-12-04-s19-evdir" / "check19.json", "check19-s19.json"),
    "evlearn": (DATA / "evidence-2026-12-04-s19-evlearn" / "check19l.json", "check19l-s19.json"),
}
EVENT_COUNTS = ("gold", "predicted", "correct", "false_alarms", "uncoded", "actor_ok", "actor_n")
MOVES = ("right_gained", "right_lost", "wrong_added", "wrong_removed")


def _load(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None


def event_figures(c: dict[str, int]) -> dict[str, Any]:
    """Event precision, recall, F1 and actor accuracy of summed counts, exact."""
    p = Fraction(c["correct"], c["predicted"]) if c["predicted"] else Fraction(0)
    r = Fraction(c["correct"], c["gold"]) if c["gold"] else Fraction(0)
    f1 = 2 * p * r / (p + r) if p + r else Fraction(0)
    return {**c, "event_f1": f1, "actor_accuracy": Fraction(c["actor_ok"], c["actor_n"])}


def pool_events(halves: list[dict[str, Any]]) -> dict[str, Any]:
    """The nlp coder's pooled before / after figures and the CHECK part (2) of the rule."""
    out: dict[str, Any] = {}
    for side in ("before", "after"):
        out[side] = event_figures({k: sum(h["nlp"][side][k] for h in halves) for k in EVENT_COUNTS})
    out["fixed"] = sum(h["nlp"]["fixed"] for h in halves)
    out["broken"] = sum(h["nlp"]["broken"] for h in halves)
    b, a = out["before"], out["after"]
    moved = out["fixed"] or out["broken"] or any(b[k] != a[k] for k in EVENT_COUNTS)
    out["moves"] = bool(moved)
    out["check_rule_met"] = bool(
        moved
        and out["fixed"] - out["broken"] >= 1
        and a["event_f1"] >= b["event_f1"]
        and a["actor_accuracy"] >= b["actor_accuracy"]
    )
    return out


def pool_evidence(halves: list[dict[str, Any]], coder: str, cand: str) -> dict[str, Any]:
    """One coder's pooled default and candidate findings and evdir's / evlearn's CHECK part (2)."""
    base = {k: sum(h[coder]["default"][k] for h in halves) for k in ("gold", "found", "right")}
    after = {k: sum(h[coder][cand][k] for h in halves) for k in ("gold", "found", "right", *MOVES)}
    moved = any(after[k] for k in MOVES)
    prec_b = Fraction(base["right"], base["found"]) if base["found"] else None
    prec_a = Fraction(after["right"], after["found"]) if after["found"] else None
    wrong_fewer = (base["found"] - base["right"]) - (after["found"] - after["right"])
    not_lower = prec_b is None or (prec_a is not None and prec_a >= prec_b)
    met = bool(
        after["found"]
        and not_lower
        and (after["right"] - base["right"] >= 1 or (wrong_fewer >= 1 and after["right_lost"] == 0))
    )
    return {
        "default": {**base, "precision": prec_b},
        "after": {**after, "precision": prec_a},
        "moves": moved,
        "check_rule_met": met,
    }


def _plain(x: Any) -> Any:
    if isinstance(x, Fraction):
        return round(float(x), 4)
    if isinstance(x, dict):
        return {k: _plain(v) for k, v in x.items()}
    return x


def main() -> None:
    report: dict[str, Any] = {}
    for name, s18 in EVENTS.items():
        s19 = _load(HERE / f"check-{name}-s19.json")
        if s19 is None:
            print(name, "session-19 half not run")
            continue
        halves = {"s18": _load(s18), "s19": s19}
        entry = {
            "s18": _plain(pool_events([halves["s18"]])),
            "s19": _plain(pool_events([halves["s19"]])),
            "pooled": _plain(pool_events(list(halves.values()))),
        }
        report[name] = entry
        for part, fig in entry.items():
            b, a = fig["before"], fig["after"]
            print(
                f"{name} {part}: F1 {b['event_f1']} -> {a['event_f1']}, actors "
                f"{b['actor_ok']}/{b['actor_n']} -> {a['actor_ok']}/{a['actor_n']} "
                f"({b['actor_accuracy']} -> {a['actor_accuracy']}), correct/predicted/gold "
                f"{b['correct']}/{b['predicted']}/{b['gold']} -> "
                f"{a['correct']}/{a['predicted']}/{a['gold']}, false alarms "
                f"{b['false_alarms']} -> {a['false_alarms']}, fixed/broken "
                f"{fig['fixed']}/{fig['broken']}, moves {fig['moves']}, "
                f"CHECK rule met {fig['check_rule_met']}"
            )
    for name, (s18_path, s19_name) in EVIDENCE.items():
        s19 = _load(HERE / s19_name)
        if s19 is None:
            print(name, "session-19 half not run")
            continue
        s18 = _load(s18_path)
        report[name] = {}
        for coder in ("rules", "nlp"):
            report[name][coder] = {}
            for cand in [c for c in s18[coder] if c != "default"]:
                entry = {
                    "s18": _plain(pool_evidence([s18], coder, cand)),
                    "s19": _plain(pool_evidence([s19], coder, cand)),
                    "pooled": _plain(pool_evidence([s18, s19], coder, cand)),
                }
                report[name][coder][cand] = entry
                for part, fig in entry.items():
                    b, a = fig["default"], fig["after"]
                    moves = " ".join(f"{k} {a[k]}" for k in MOVES)
                    print(
                        f"{name} {coder} {cand} {part}: right/found {b['right']}/{b['found']} "
                        f"({b['precision']}) -> {a['right']}/{a['found']} ({a['precision']}), "
                        f"gold {a['gold']}, {moves}, moves {fig['moves']}, "
                        f"CHECK rule met {fig['check_rule_met']}"
                    )
        for cand in report[name]["rules"]:
            pooled = [report[name][c][cand]["pooled"] for c in ("rules", "nlp")]
            moving = [p for p in pooled if p["moves"]]
            met = bool(moving) and all(p["check_rule_met"] for p in moving)
            report[name][f"{cand} CHECK part met"] = met
            print(f"{name} {cand}: pooled, every coder it moves meets (2), one moves: {met}")
    (HERE / "pooled.json").write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
