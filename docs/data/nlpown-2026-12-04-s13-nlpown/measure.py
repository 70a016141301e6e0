"""The nlp coder on the READING event files with each of its borrowings of the rules coder's
types switched off alone (s13-nlpown, session 13; step 1 of the brief).

One process: each READING file (:func:`accord.news.nlp.rules_cv.dev_sets` less the CHECK
files) is read with :func:`accord.news.evaluate.read_gold` and scored with
:func:`accord.news.evaluate.evaluate` (what ``accord events evaluate --coder nlp --errors``
runs) once per configuration; a sentence's parse is shared between the configurations (the
coder keys what it memoises on a parse by its role rules, so a shared parse gives the same
events as a fresh one). Writes ``{config: {file: figures with errors}}`` and, per
configuration, the pooled figures (the harness's ``pooled``) and the records fixed / broken per
file against ``base`` (a record is right when it is in no error list).

Run from the worktree root (never on the CHECK files: it skips them)::

    nice env PYTHONPATH=src python3 docs/data/nlpown-2026-12-04-s13-nlpown/measure.py \
        docs/data/nlpown-2026-12-04-s13-nlpown/reading.json
"""

from __future__ import annotations

import dataclasses
import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

CHECK = ("heldout-s12", "heldout-s12b")
MARGINS = (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
"""``TYPE_MARGIN`` values below the shipped 1.0 (``margin_M``: the head keeps its own type where
its probability exceeds that of the rules coder's type on the same trigger by ``M`` or more):
``rules_type_same_trigger`` narrowed rather than switched off."""
HARNESS = Path("docs/data/protocol-2026-12-04-s13/evaluate_reading.py")


def configs() -> dict[str, Any]:
    """The configurations measured: the shipped role rules, and each borrowing of the rules
    coder's types that :data:`DEFAULT_RULES` switches on, switched off alone."""
    from accord.news.nlp.coder import DEFAULT_RULES

    off = dataclasses.replace
    return {
        "base": DEFAULT_RULES,
        "no_rules_type_same_trigger": off(DEFAULT_RULES, rules_type_same_trigger=False),
        "no_violent_pattern": off(DEFAULT_RULES, violent_pattern=False),
        "no_rules_when_silent": off(DEFAULT_RULES, rules_when_silent=False),
        "without_agent_only": off(DEFAULT_RULES, rules_when_silent=False, rules_without_agent=True),
        "abstained": off(
            DEFAULT_RULES,
            rules_when_silent=False,
            rules_without_agent=True,
            rules_when_abstained=True,
        ),
        "abstained_same_type": off(
            DEFAULT_RULES,
            rules_when_silent=False,
            rules_without_agent=True,
            rules_when_abstained=True,
            abstained_same_type=True,
        ),
        **{f"margin_{m:.1f}": (DEFAULT_RULES, m) for m in MARGINS},
    }


def main() -> None:
    import accord.news.nlp.coder as coder_module
    from accord.news.evaluate import evaluate, read_gold
    from accord.news.nlp.coder import NlpCoder
    from accord.news.nlp.rules_cv import dev_sets

    spec = importlib.util.spec_from_file_location("harness", HARNESS)
    assert spec is not None and spec.loader is not None
    harness = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(harness)

    real = coder_module.spacy_pipeline
    parses: dict[str, Any] = {}

    class Shared:
        def __call__(self, text: str) -> Any:
            if text not in parses:
                parses[text] = real()(text)
            return parses[text]

        def pipe(self, *args: Any, **kwargs: Any) -> Any:
            return real().pipe(*args, **kwargs)

    shared = Shared()
    coder_module.spacy_pipeline = lambda: shared  # type: ignore[assignment]
    chosen = configs()
    if len(sys.argv) > 2:
        chosen = {k: v for k, v in chosen.items() if k == "base" or k in sys.argv[2].split(",")}
    margins = {k: v[1] if isinstance(v, tuple) else 1.0 for k, v in chosen.items()}
    coders = {
        name: NlpCoder(rules=rules[0] if isinstance(rules, tuple) else rules)
        for name, rules in chosen.items()
    }
    root = Path.cwd()
    out: dict[str, dict[str, Any]] = {name: {} for name in coders}
    for dev in dev_sets(root, root.parent / "shared"):
        if dev.name in CHECK:
            continue
        records = read_gold(dev.path, dev.split)
        for name, coder in coders.items():
            coder_module.TYPE_MARGIN = margins[name]
            figures = evaluate(records, True, coder)
            data = figures.to_dict()
            data["errors"] = figures.errors
            out[name][dev.name] = data
            print(name, dev.name, data["event_f1"], data["actor_accuracy"], flush=True)
        coder_module.TYPE_MARGIN = 1.0
        parses.clear()
    summary: dict[str, Any] = {}
    for name, files in out.items():
        per_file = {}
        for set_name, data in files.items():
            wrong = {str(e["id"]) for e in data["errors"]}
            base = {str(e["id"]) for e in out["base"][set_name]["errors"]}
            per_file[set_name] = {
                "fixed": sorted(base - wrong),
                "broken": sorted(wrong - base),
            }
        summary[name] = {
            "pooled": harness.pooled(list(files.values())),
            "fixed": sum(len(v["fixed"]) for v in per_file.values()),
            "broken": sum(len(v["broken"]) for v in per_file.values()),
            "worst_file_net": min(len(v["fixed"]) - len(v["broken"]) for v in per_file.values()),
            "per_file": {k: v for k, v in per_file.items() if v["fixed"] or v["broken"]},
            "head_training_files": _split(per_file, True),
            "other_files": _split(per_file, False),
        }
        print(name, json.dumps({k: v for k, v in summary[name].items() if k != "per_file"}))
    kept = ("n", "predicted", "false_alarms", "event_f1", "actor_accuracy", "source_n", "target_n")
    compact = {
        name: {f: {k: v[k] for k in kept} for f, v in files.items()} for name, files in out.items()
    }
    Path(sys.argv[1]).write_text(
        json.dumps({"summary": summary, "files": compact}, indent=1) + "\n", encoding="utf-8"
    )


HEAD_FILES = frozenset(
    {"oeda", "diplomacy", "seed", "real", "fresh-2025", "heldout-2025", "heldout-2026"}
)
"""The READING files the shipped type head was trained on (its ``meta["gold"]``): there the
head is in sample; on the other twelve it is not (the rules coder's patterns were written from
all of them)."""


def _split(per_file: dict[str, dict[str, list[str]]], head: bool) -> dict[str, int]:
    chosen = [v for k, v in per_file.items() if (k in HEAD_FILES) == head]
    return {
        "fixed": sum(len(v["fixed"]) for v in chosen),
        "broken": sum(len(v["broken"]) for v in chosen),
    }


if __name__ == "__main__":
    main()
