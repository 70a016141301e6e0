"""Session 7 (issue 14, item 6): why the gold stances of the development evidence files are
missed, counted by cause for one coder's default rules.

Run from the repository root: ``python docs/data/evidence-cv-2026-12-03-s7/misses.py CODER
[RULES]``, CODER ``rules`` or ``nlp``; RULES ``default`` (:data:`DEFAULT_RULES` with the bundled
scenarios), ``before`` (:data:`SENSE_GATES` with the keywords of before session 7, the default
at the session's start) or the name of a module attribute of :mod:`accord.news.evidence`.
Prints one line per missed stance and the counts by cause; writes ``misses-RULES-CODER.json``
next to this file.

Causes, the first that applies, in the order the matcher works:

* ``no keyword``: no keyword (or title) of the gold issue in the sentence;
* ``keyword sense``: the keywords there are dropped as another sense (``keyword_sense``);
* ``no cue``: no stance cue of :data:`CUES` in the sentence (outside actor names);
* ``actor not named``: no mention in the sentence maps to the gold actor (a pronoun, a
  speaker named in an earlier sentence, a name the gazetteer does not know);
* ``gate: NAME``: the plain matcher (:data:`LEGACY_RULES`) finds the stance and the default
  loses it; NAME: the default's switches whose removal alone brings it back (``several``
  when none alone does);
* ``wrong direction``: the matcher finds the actor and issue, the other direction;
* ``other holder``: the matcher finds the issue for another actor only;
* ``no holder``: a cue and a keyword, and the gold actor named, but no item on the issue.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

from accord.news import evidence as ev
from accord.news.coders import get_coder
from accord.news.evidence import DEFAULT_RULES, LEGACY_RULES, SENSE_GATES, SWITCHES, EvidenceRules
from accord.news.evidence_gold import load_evidence_golds
from accord.news.types import Document

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from tests.news.scenario_keywords_s7 import without_added

HERE = Path(__file__).parent
GOLD = [
    Path("tests/data/news") / name
    for name in (
        "evidence-gold.jsonl",
        "evidence-heldout-2026.jsonl",
        "evidence-heldout-s5.jsonl",
        "evidence-heldout-s5c.jsonl",
        "evidence-heldout-s6.jsonl",
        "evidence-heldout-s6b.jsonl",
    )
]


def _keys(found: list[ev.StanceEvidence]) -> set[tuple[str, str, str]]:
    return {(e.actor, e.issue, "high" if e.direction > 0 else "low") for e in found}


def _off(rules: EvidenceRules, switch: str) -> EvidenceRules:
    return replace(rules, **{switch: False})


def main(name: str, rules_name: str) -> None:
    named = {"default": DEFAULT_RULES, "before": SENSE_GATES}
    rules: EvidenceRules = named[rules_name] if rules_name in named else getattr(ev, rules_name)
    records, scenarios, files = load_evidence_golds(GOLD)
    if rules_name == "before":
        scenarios = without_added(scenarios)
    coder = None if name == "rules" else get_coder(name, strict=True).coder
    finder = getattr(coder, "clause_agents", None)
    causes: Counter[str] = Counter()
    by_file: dict[str, Counter[str]] = {}
    rows = []
    for record in records:
        scenario = scenarios[record.scenario]
        doc = Document(id=record.id, title="", text=record.text, date=record.date)
        gold = [s for s in record.stances if s.direction is not None]
        if not gold:
            continue
        now = _keys(ev.extract_evidence(doc, scenario, finder, rules))
        plain = _keys(ev.extract_evidence(doc, scenario, finder, LEGACY_RULES))
        tokens, mentions = ev._analysed(record.text, record.date)
        keys = [t.key for t in tokens]
        cues = ev._find_cues(tokens)
        blocked = {k for m in mentions for k in range(m.start, m.end)}
        cues = [c for c in cues if c.start not in blocked]
        named = {a.id for m in mentions for a in ev.map_actor(m.actor, scenario)}
        for s in gold:
            key = (s.actor, s.issue, s.direction)
            if key in now:
                continue
            issue = next(i for i in scenario.issues if i.id == s.issue)
            hits = ev._issue_hits(keys, issue)
            cued = {i for c in cues for i in range(c.start, c.end + 1)}
            sensed = [h for h in hits if not ev._other_sense(keys, h, blocked, cued)]
            if not hits:
                cause = "no keyword"
            elif rules.keyword_sense and not sensed:
                cause = "keyword sense"
            elif not cues:
                cause = "no cue"
            elif key in plain:
                back = [
                    sw
                    for sw in SWITCHES
                    if getattr(rules, sw)
                    and key
                    in _keys(
                        ev.extract_evidence(doc, scenario, finder, replace(rules, **{sw: False}))
                    )
                ]
                cause = "gate: " + ("+".join(back) if back else "several")
            elif any(a == s.actor and i == s.issue for a, i, _ in now | plain):
                cause = "wrong direction"
            elif s.actor not in named:
                cause = "actor not named"
            elif any(i == s.issue for _, i, _ in now | plain):
                cause = "other holder"
            else:
                cause = "no holder"
            causes[cause] += 1
            by_file.setdefault(files[record.id], Counter())[cause] += 1
            rows.append(
                {
                    "id": record.id,
                    "stance": "/".join(key),
                    "cause": cause,
                    "found": sorted("/".join(k) for k in now),
                    "text": record.text,
                }
            )
            print(f"{record.id}\t{'/'.join(key)}\t{cause}\t{record.text[:150]}")
    print()
    for cause, n in causes.most_common():
        print(f"{n:4d}  {cause}")
    out = HERE / f"misses-{rules_name}-{name}.json"
    out.write_text(
        json.dumps(
            {
                "rules": rules.label(),
                "causes": dict(causes.most_common()),
                "by_file": {f: dict(c) for f, c in by_file.items()},
                "misses": rows,
            },
            indent=1,
            ensure_ascii=False,
        )
        + "\n",
        encoding="utf-8",
    )


if __name__ == "__main__":
    main(
        sys.argv[1] if len(sys.argv) > 1 else "rules",
        sys.argv[2] if len(sys.argv) > 2 else "default",
    )
