"""Every figure of docs/validation-institutions.md, re-run with the code it sits beside.

`accord forecast ukraine-2025-02` has no switch for the other members' vote model or for veto
reluctance, so the page's columns call the same functions the command calls, with those two
choices varied: the engine's final positions, then ``predict_resolution_votes``. The default
configuration is checked against the command's own JSON, so the script cannot drift from it.

Run from the repository root:
    PYTHONPATH=src python3 docs/data/institutions-2026-12-05-s22-inst/run_table.py
It writes ``results.json`` beside itself and prints one line per configuration and draft.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from accord.forecast import forecast
from accord.institutions.resolutions import ResolutionForecast, predict_resolution_votes
from accord.scenario.catalogue import resolve
from accord.scenario.institutions import VoteModel

HERE = Path(__file__).resolve().parent
SCENARIO = "ukraine-2025-02"
# Members the page's paragraphs name besides those with a recorded vote.
NAMED = ("ISR", "HUN", "USA", "RUS")
# (label, engine, model for members that are not scenario actors, veto reluctance)
CONFIGURATIONS: list[tuple[str, str, str, bool]] = [
    ("default", "mean", "ideal-point", True),
    ("base-rate", "mean", "base-rate", True),
    ("no-reluctance", "mean", "ideal-point", False),
    ("session-record", "mean", "session-record", True),
    *[(f"engine-{e}", e, "ideal-point", True) for e in ("median", "bdm", "nash", "smp")],
    ("engine-exchange", "exchange", "ideal-point", True),
]


def summary(made: ResolutionForecast) -> dict[str, Any]:
    """What the page quotes of one draft: P, the modal votes, expected tallies, members right,
    and each recorded (or named) member's probabilities and predicted vote."""
    entry = made.to_dict()
    recorded = entry["actual"].get("votes") or {}
    return {
        "adoption_probability": entry["adoption_probability"],
        "outcome": entry["outcome"],
        "modal": entry["reason"],
        "expected": entry["expected"],
        "members_correct": entry["actual"].get("members_correct"),
        "recorded": {k: entry["actual"][k] for k in ("adopted", "yes", "no", "abstain")},
        "members": {
            code: {**vote, "recorded": recorded.get(code)}
            for code, vote in entry["votes"].items()
            if code in recorded or code in NAMED
        },
    }


def run(engine: str, other: str, reluctance: bool) -> dict[str, Any]:
    """One configuration: the engine's final positions, then the drafts' votes."""
    scenario = resolve(SCENARIO)
    positions = forecast(scenario, engine, votes=False).run.final_positions
    model = scenario.institutions.vote_model.model_copy(update={"veto_reluctance": reluctance})
    assert isinstance(model, VoteModel)
    drafts = predict_resolution_votes(scenario, positions, other=other, vote_model=model)
    return {d.draft.id: summary(d) for d in drafts}


def command_default() -> dict[str, float]:
    """P(adopted) per draft from the command line itself (the default configuration)."""
    out = subprocess.run(
        [sys.executable, "-m", "accord", "forecast", SCENARIO, "--json"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return {r["id"]: r["adoption_probability"] for r in json.loads(out)["resolutions"]}


def main() -> None:
    results: dict[str, Any] = {}
    for label, engine, other, reluctance in CONFIGURATIONS:
        drafts = run(engine, other, reluctance)
        results[label] = {"engine": engine, "other": other, "veto_reluctance": reluctance}
        results[label]["drafts"] = drafts
        for draft_id, s in drafts.items():
            e = s["expected"]
            print(
                f"{label:16} {draft_id:13} P={s['adoption_probability']:.4f} "
                f"E={e['yes']:.1f}/{e['no']:.1f}/{e['abstain']:.1f}/{e['absent']:.1f} "
                f"right {s['members_correct']}  {s['modal']}"
            )
    cli = command_default()
    ours = {k: v["adoption_probability"] for k, v in results["default"]["drafts"].items()}
    if cli != ours:
        raise SystemExit(f"default differs from the command: {cli} against {ours}")
    (HERE / "results.json").write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
