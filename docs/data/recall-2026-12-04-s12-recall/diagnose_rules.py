"""Why the rules coder leaves a gold event uncoded, on the READING event files (s12-recall).

For every READING-file record (``rules_cv.dev_sets`` less ``heldout-s11`` and ``heldout-s11b``)
whose gold type is not NONE and for which :func:`accord.news.coding.code_sentence` returns no
event, the stage that lost it:

* ``no mention``: the gazetteer resolves no actor in the sentence (the coder stops there);
* ``no trigger``: mentions, but no trigger word or pattern (a lexicon gap);
* ``filter:LINE``: every trigger was dropped by a ``continue`` of ``code_tokens``; the
  ``continue`` executed last for each trigger is found by tracing the function's lines
  (``sys.settrace``) and named by the condition above it.

Writes JSON ``[{set, id, gold, cause, drops: [[trigger, reason], ...], text}]``. Run from the
worktree root::

    PYTHONPATH=src nice python3 docs/data/recall-2026-12-04-s12-recall/diagnose_rules.py \
        --out docs/data/recall-2026-12-04-s12-recall/rules-uncoded.json
"""

from __future__ import annotations

import argparse
import inspect
import json
import sys
from pathlib import Path
from typing import Any

CHECK = ("heldout-s11", "heldout-s11b")


def _reasons(func: Any) -> dict[int, str]:
    """Line number of each ``continue`` in ``func`` -> the condition before it (and comment)."""
    lines, first = inspect.getsourcelines(func)
    out: dict[int, str] = {}
    for k, line in enumerate(lines):
        stripped = line.strip()
        if stripped.startswith("continue"):
            cond = ""
            for back in range(k - 1, max(-1, k - 8), -1):
                prev = lines[back].strip()
                if prev.startswith(("if ", "elif ", "if(")) or " if " in prev:
                    cond = prev
                    break
            out[first + k] = (cond + " " + stripped).strip()
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    root = Path.cwd()
    from accord.news import coding
    from accord.news.evaluate import read_gold
    from accord.news.gazetteer import load, tokenize
    from accord.news.nlp.rules_cv import dev_sets
    from accord.news.resolve import find_mentions

    reasons = _reasons(coding.code_tokens)
    code = coding.code_tokens.__code__
    out: list[dict[str, Any]] = []
    for dev in dev_sets(root, root.parent / "shared"):
        if dev.name in CHECK:
            continue
        for rec in read_gold(dev.path, dev.split):
            if rec.event == "NONE" or coding.code_sentence(rec.text, rec.date):
                continue
            tokens = tokenize(rec.text)
            mentions = find_mentions(tokens, rec.text, rec.date, load(), bare=True)
            drops: list[list[str]] = []
            if not mentions:
                cause = "no mention"
            else:
                blocked = {k for m in mentions for k in range(m.start, m.end)}
                trigs = coding._announced_acts(
                    tokens, coding.find_triggers(tokens, blocked=blocked), blocked
                )
                trigs = coding._dissolutions(tokens, trigs, blocked)
                trigs = coding._crowd_gatherings(tokens, trigs, blocked)
                trigs = coding._document_contents(tokens, trigs, blocked)
                trigs = coding._condemned_as(tokens, trigs, blocked)
                if not trigs:
                    cause = "no trigger"
                else:
                    hits: list[int] = []

                    def tracer(frame: Any, event: str, arg: Any) -> Any:
                        if frame.f_code is not code:
                            return None
                        if event == "line" and frame.f_lineno in reasons:
                            trig = frame.f_locals.get("trig")
                            hits.append(frame.f_lineno)
                            word = rec.text[tokens[trig.start].start : tokens[trig.end - 1].end]
                            drops.append([word, reasons[frame.f_lineno]])
                        return tracer

                    sys.settrace(tracer)
                    try:
                        coding.code_tokens(rec.text, tokens, mentions, rec.date)
                    finally:
                        sys.settrace(None)
                    first = drops[0][1] if drops else "?"
                    cause = "filter: " + first
            out.append(
                {
                    "set": dev.name,
                    "id": rec.id,
                    "gold": rec.event,
                    "gold_source": sorted(rec.sources),
                    "cause": cause,
                    "drops": drops,
                    "mentions": [
                        rec.text[tokens[m.start].start : tokens[m.end - 1].end] + "=" + m.actor.code
                        for m in mentions
                    ],
                    "text": rec.text,
                }
            )
    Path(args.out).write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    print(len(out), "uncoded")


if __name__ == "__main__":
    main()
