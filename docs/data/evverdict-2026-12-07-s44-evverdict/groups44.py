"""Session 44 (s44-evverdict; session 43's s43-evfalse grouping): the false findings of
``census44.py`` grouped by cause.

Each false finding (both coders) goes to the first group whose test its sentence meets; the
tests read the sentence's tokens and the finding's issue keywords (``accord.news.evidence``'s
tokenizer and keyword matcher), not the gold. They are the census's grouping, written after
reading the false findings: a group named "tried" is a reading an earlier session tried (its
log named). The rest ("other") are findings whose cause is not one construction (a holder,
an issue or a direction read wrongly for reasons of their own). Run from the worktree root
(after ``census44.py``)::

    PYTHONPATH=/tmp/s44-start/src python3 \\
        docs/data/evverdict-2026-12-07-s44-evverdict/groups44.py \\
        census-start.json census-groups.txt
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent

HANDING = {"TRANSFER", "TRANSFERS", "TRANSFERRED", "TRANSFERRING"} | {
    "YIELD",
    "YIELDS",
    "YIELDED",
    "YIELDING",
}
HAND = {"HAND", "HANDS", "HANDED", "HANDING"}
GIVE = {"GIVE", "GIVES", "GAVE", "GIVING", "GIVEN"}
TIME = {"AFTER", "BEFORE", "SINCE", "FOLLOWING", "DURING", "ANNIVERSARY", "AHEAD", "AMID"}
TEXTS = {"RESOLUTION", "RESOLUTIONS", "VOTE", "DOCUMENT", "DRAFT", "TEXT", "FRAMEWORK"}
TEXT_CUES = {"CONDEMNING", "CALLING", "CALLS", "CALLED", "DEMANDED", "DEMANDS", "PROPOSES"}
VERDICT = {"UNACCEPTABLE", "IMPOSSIBLE", "UNREALISTIC", "UNLIKELY", "DEAD-END", "FUTILE"}
PRICE = {"EXCHANGE", "RETURN", "CONDITION", "PRECONDITION", "PRECURSOR"}
FILLERS = {'"', "\u201c", "\u201d", "A", "AN", "ABSOLUTELY", "INCREDIBLY", "SIMPLY", "STILL"}

GROUPS = (
    (
        "giving_verb",
        "a verb of handing over (transfer, yield, hand over, give away) that the "
        "class of giving up lacks, before the keyword (s43-evfalse's candidate, not adopted)",
    ),
    (
        "concession_noun",
        "the noun 'concession(s)' by the keyword (tried: s18-evdir, D's "
        "third part, dropped on READING)",
    ),
    (
        "condition_price",
        "a price or condition put on the act (tried: s18-evdir conditioned, s19-evdir priced_act)",
    ),
    (
        "text_or_forum",
        "a text or forum: the keyword names only a text or forum (tried: "
        "s19-evdir text_support), or the cue is the text's ('a resolution calling for')",
    ),
    (
        "verdict_predicate",
        "the keyword's phrase is the subject of a verdict of rejection "
        "('would be unacceptable', 'is impossible'; this candidate)",
    ),
    (
        "time_phrase",
        "the keyword names a time or the war as an event ('after a ceasefire', "
        "'the anniversary of the invasion')",
    ),
    (
        "holder_other",
        "wrong holder (gold has the issue for another actor, or neither), causes of their own",
    ),
    ("issue_other", "wrong issue (gold has the actor on another issue), causes of their own"),
    ("direction_other", "wrong direction, causes of their own"),
    ("no_gold_other", "gold has no direction for the actor and issue, causes of their own"),
)


def verdict(keys: list[str], hits: list[int]) -> bool:
    """The census's test of the group ``verdict_predicate`` (session 43's, unchanged): a keyword
    followed in its clause by a copula and a word of :data:`VERDICT`."""
    for h in hits:
        after = keys[h + 1 : h + 9]
        for j, w in enumerate(after):
            if w in {",", ";", ":", "THAT", "WHICH", "AND", "BUT"}:
                break
            if w in {"IS", "ARE", "WAS", "WERE", "BE", "REMAIN", "REMAINS"}:
                rest = [x for x in after[j + 1 : j + 5] if x not in FILLERS]
                if rest and rest[0] in VERDICT:
                    return True
    return False


def group(item: dict[str, Any], keys: list[str], hits: list[int]) -> str:
    """The first group whose test the false finding ``item`` meets."""
    issue = item["key"][1]
    for h in hits:
        start = max(0, h - 6)
        near = keys[start:h]
        pairs = zip(near, keys[start + 1 : h + 1], strict=True)
        if any(w in HANDING or (w in HAND and n == "OVER") for w, n in pairs):
            return "giving_verb"
        if any(w in GIVE for w in near) and "AWAY" in keys[h : h + 4]:
            return "giving_verb"
    if any(k.startswith("CONCESSION") for h in hits for k in keys[h : h + 3]):
        return "concession_noun"
    if PRICE & set(keys) or ("ONLY" in keys and ({"IF", "AFTER"} & set(keys))):
        return "condition_price"
    text_hits = all(keys[h] in TEXTS | {"GENERAL", "SECURITY", "UN"} for h in hits)
    text_cue = any(
        keys[i] in TEXTS and TEXT_CUES & set(keys[i + 1 : i + 4]) for i in range(len(keys))
    )
    if text_hits or (issue == "aggressor_naming" and text_cue):
        return "text_or_forum"
    if verdict(keys, hits):
        return "verdict_predicate"
    if hits and all(TIME & set(keys[max(0, h - 4) : h]) for h in hits):
        return "time_phrase"
    if issue == "aggressor_naming" and all(keys[h] in {"INVASION", "AGGRESSION"} for h in hits):
        return "time_phrase"
    return {
        "wrong_actor": "holder_other",
        "unrelated": "holder_other",
        "wrong_issue": "issue_other",
        "opposite": "direction_other",
    }.get(item["why"], "no_gold_other")


def main() -> None:
    import accord.news.evidence as ev
    from accord.news.evidence_gold import load_evidence_golds
    from accord.news.gazetteer import tokenize

    sys.path.insert(0, str(HERE))
    import census44

    source, target = sys.argv[1], sys.argv[2]
    census = json.loads((HERE / source).read_text(encoding="utf-8"))
    paths = [census44.DATA / f"{n}.jsonl" for n in census["reading"]]
    _, scenarios, _ = load_evidence_golds(paths)
    issues = {i.id: i for s in scenarios.values() for i in s.issues}
    found: dict[tuple[str, str, str, str], dict[str, Any]] = {}
    for coder in ("rules", "nlp"):
        for item in census[coder]["false"]:
            key = (item["id"], *map(str, item["key"]))
            keys = [t.key for t in tokenize(item["text"])]
            hits = ev._issue_hits(keys, issues[item["key"][1]])
            entry = found.setdefault(key, {**item, "coders": [], "group": group(item, keys, hits)})
            entry["coders"].append(coder)
    shared: dict[str, Counter[str]] = defaultdict(Counter)
    alone: list[str] = []
    for coder in ("rules", "nlp"):
        for item in census[coder]["right"]:
            keys = [t.key for t in tokenize(item["text"])]
            hits = ev._issue_hits(keys, issues[item["key"][1]])
            shared[group({**item, "why": None}, keys, hits)][coder] += 1
            if verdict(keys, hits):
                key = "/".join((item["id"], *map(str, item["key"])))
                alone.append(f"{key} [{coder}] right | {item['text'][:160]}")
    for key, entry in sorted(found.items()):
        keys = [t.key for t in tokenize(entry["text"])]
        if verdict(keys, ev._issue_hits(keys, issues[entry["key"][1]])):
            who = "+".join(entry["coders"])
            alone.append(f"{'/'.join(key)} [{who}] {entry['why']} | {entry['text'][:160]}")
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    files: dict[str, set[str]] = defaultdict(set)
    for entry in found.values():
        for coder in entry["coders"]:
            counts[entry["group"]][coder] += 1
        counts[entry["group"]]["union"] += 1
        files[entry["group"]].add(entry["file"])
    lines = [
        "false findings per group (rules, nlp, both coders' union, READING files), and the right"
        " findings that meet the same test (rules, nlp; an 'other' group takes none)",
        "group | rules | nlp | union | files | right: rules | right: nlp | what",
        "---",
    ]
    for name, what in GROUPS:
        c, r = counts[name], shared[name] if not name.endswith("_other") else Counter()
        row = [name, c["rules"], c["nlp"], c["union"], len(files[name]), r["rules"], r["nlp"]]
        lines.append(" | ".join(map(str, row)) + f" | {what}")
    lines.append("")
    for name, _ in GROUPS:
        lines.append(f"## {name}")
        for key, entry in sorted(found.items()):
            if entry["group"] == name:
                who = "+".join(entry["coders"])
                lines.append(f"{'/'.join(key)} [{who}] {entry['why']} | {entry['text'][:160]}")
        lines.append("")
    lines.append("## every finding meeting the verdict test, whatever group came first")
    lines.extend(sorted(alone))
    lines.append("")
    (HERE / target).write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines[: len(GROUPS) + 3]))


if __name__ == "__main__":
    main()
