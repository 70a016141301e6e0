"""Ablation of the rules coder's mechanisms on the READING files (in process).

Session 13 (s13-rules), task "prefer removing a wrong mechanism": each named mechanism of
``accord.news.coding.code_tokens`` (a filter that drops a trigger, a span that ranks a
trigger as background, a trigger rewrite, a type rule of ``_retype``) is switched off alone
(a filter returns False, a span function an empty set, a rewrite returns its input, a type
rule None), every READING record is coded again, and the records fixed and broken against
the unchanged coder are counted (a record is right when type, source set and target set are
the gold's, as ``rows.py`` scores it). The CHECK files (heldout-s12, heldout-s12b) are never
opened. Usage (worktree root)::

    PYTHONPATH=src nice python3 docs/data/rules-2026-12-04-s13-rules/ablate.py OUT.json
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

CHECK = ("heldout-s12", "heldout-s12b")

FILTERS = [
    "_month",
    "_origin",
    "_since_clause",
    "_wished",
    "_faces_hardship",
    "_reduced_passive",
    "_act_of_passive",
    "_noun_after_modifiers",
    "_copular_state",
    "_infinitive_not_done",
    "_purpose_of_noun",
    "_purpose_of_indefinite_noun",
    "_purpose_of_definite_noun",
    "_open_question",
    "_purpose_after_partner",
    "_not_yet",
    "_report_of_act",
    "_result_participle",
    "_defers_to_complement",
    "_unreal",
    "_opinion",
    "_thing_of",
    "_among",
    "_participle",
    "_modal_request",
    "_border_sanction",
    "_own_forces",
    "_joint",
    "_possessor_before_to",
    "_partner_of_later_verb",
    "_given_from",
    "_voted_against",
    "_concern_over",
    "_resignation",
    "_riot",
    "_crowd_riot",
    "_headline",
    "_announced_measure",
    "_made_to_suffer",
]
SPANS = ["_relative_spans", "_appositive_spans", "_setting_spans", "_fronted_adverbial"]
TRIGGER_LISTS = ["_dissolutions", "_crowd_gatherings", "_document_contents", "_condemned_as"]
REWRITES = ["_submitted_object", "_engaged_with", "_phoned", "_who_protests"]
NONE_RULES = ["_handed_over", "_rally", "_clause_subject", "_neither_nor", "_enacted_content"]


def records() -> list[tuple[str, Any]]:
    from accord.news.evaluate import read_gold
    from accord.news.nlp.rules_cv import dev_sets

    root = Path.cwd()
    out = []
    for dev in dev_sets(root, root.parent / "shared"):
        if dev.name in CHECK:
            continue
        out += [(dev.name, r) for r in read_gold(dev.path, dev.split)]
    return out


def right(recs: list[tuple[str, Any]]) -> dict[str, bool]:
    from accord.news import coding
    from accord.news.evaluate import fold
    from accord.news.gazetteer import load

    classes = load().org_classes
    ok = {}
    for _name, r in recs:
        events = coding.code_sentence(r.text, r.date, home=r.home)
        best = events[0] if events else None
        got = best.event_type if best else "NONE"
        gs = {classes.get(c, c) for c in r.sources}
        gt = {classes.get(c, c) for c in r.targets}
        src = fold(best.sources) if best else frozenset()
        tgt = fold(best.targets) if best else frozenset()
        ok[r.id] = got == r.event and (not gs or src == gs) and (not gt or tgt == gt)
    return ok


def main() -> None:
    from accord.news import coding

    recs = records()
    file_of = {r.id: name for name, r in recs}
    base = right(recs)
    out: dict[str, Any] = {"base_right": sum(base.values()), "n": len(base), "ablations": {}}
    neutral: dict[str, Any] = {}
    for name in FILTERS:
        neutral[name] = lambda *a, **k: False
    for name in SPANS:
        neutral[name] = lambda *a, **k: set()
    for name in TRIGGER_LISTS:
        neutral[name] = lambda tokens, triggers, *a, **k: triggers
    neutral["_announced_acts"] = lambda tokens, triggers, *a, **k: triggers
    neutral["_judged_acts"] = lambda tokens, triggers, *a, **k: triggers
    for name in REWRITES:
        neutral[name] = lambda tokens, mentions, trig: trig
    neutral["_submitted_object"] = lambda tokens, trig: trig
    for name in NONE_RULES:
        neutral[name] = lambda *a, **k: None
    for rule in coding._TYPE_RULES_S8:
        neutral["S8:" + rule.__name__] = rule
    for name, fake in neutral.items():
        if name.startswith("S8:"):
            saved_rules = coding._TYPE_RULES_S8
            coding._TYPE_RULES_S8 = tuple(r for r in saved_rules if r is not fake)
            now = right(recs)
            coding._TYPE_RULES_S8 = saved_rules
        else:
            saved = getattr(coding, name)
            setattr(coding, name, fake)
            try:
                now = right(recs)
            finally:
                setattr(coding, name, saved)
        fixed = sorted(i for i in base if now[i] and not base[i])
        broken = sorted(i for i in base if base[i] and not now[i])
        row = {
            "fixed": [[file_of[i], i] for i in fixed],
            "broken": [[file_of[i], i] for i in broken],
            "net": len(fixed) - len(broken),
            "files_fixed": len({file_of[i] for i in fixed}),
            "worst_file_net": min(
                Counter(file_of[i] for i in fixed).get(f, 0)
                - Counter(file_of[i] for i in broken).get(f, 0)
                for f in set(file_of.values())
            ),
        }
        out["ablations"][name] = row
        print(name, len(fixed), len(broken), row["net"], flush=True)
    Path(sys.argv[1]).write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
