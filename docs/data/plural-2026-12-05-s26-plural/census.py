"""s26-plural's census: every READING record in which a coder's first event has as its source
a BARE PLURAL group agent (an agent word with no country word of its own, whose last word has
the English plural ending: "protesters", "officers", "jets"; ``Mention.bare``) and codes the
same actor set as source and target (a self-dyad), with the gold's label: gold NONE, gold the
same self-dyad (the domestic convention), gold another dyad or another type.

The CHECK files (session 26: news-heldout-s24, -s24b, -s24c, -s25, -s25b, -s25c) and any
session-26 set are refused by name before anything is read; with the lead's start run given,
only the files it holds are read, and each record's right/wrong is taken from it.

Run from the worktree root with the START code on the path:
``PYTHONPATH=src nice python3 census.py START.json OUT.json > OUT.md``.
"""

from __future__ import annotations

import collections
import json
import sys
from pathlib import Path
from typing import Any

CHECK = {f"heldout-s2{n}{x}" for n in (4, 5) for x in ("", "b", "c")}
SINGULAR_S = ("SS", "US", "IS")  # "press", "apparatus", "crisis": singular words in -s


def plural(text: str) -> bool:
    """Whether a phrase's last word has the English plural ending."""
    word = text.split()[-1].upper() if text.split() else ""
    return word.endswith("S") and not word.endswith(SINGULAR_S)


def main() -> None:
    from accord.news.coders import get_coder
    from accord.news.evaluate import read_gold
    from accord.news.gazetteer import load
    from accord.news.nlp.coder import sentence_mentions
    from accord.news.nlp.rules_cv import dev_sets

    start = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    wrong = {c: {(f, e["id"]) for f in start[c] for e in start[c][f]["errors"]} for c in start}
    files = set(start["rules"]) & set(start["nlp"])
    coders = {name: get_coder(name, strict=True).coder for name in ("rules", "nlp")}
    classes = load().org_classes
    root = Path.cwd()
    rows = []
    for dev in dev_sets(root, root.parent / "shared"):
        if dev.name in CHECK or "s26" in dev.name or dev.name not in files:
            continue
        for record in read_gold(dev.path, dev.split):
            mentions = sentence_mentions(record.text, record.date, record.home)
            bare = {m.actor.text for m in mentions if m.bare and plural(m.actor.text or "")}
            if not bare:
                continue
            for name, coder in coders.items():
                events = coder.code_sentence(record.text, record.date, record.home)
                if not events:
                    continue
                ev = events[0]
                src = {classes.get(a.code, a.code) for a in ev.sources}
                tgt = {classes.get(a.code, a.code) for a in ev.targets}
                if src != tgt or not any(a.text in bare for a in ev.sources):
                    continue
                origin = _origin(mentions, ev.sources[0].text, ev.targets)
                gold_s = {classes.get(c, c) for c in record.sources}
                gold_t = {classes.get(c, c) for c in record.targets}
                if record.event == "NONE":
                    kind = "gold NONE"
                elif gold_s == gold_t == src:
                    kind = "gold the same self-dyad"
                elif gold_s == src and not gold_t:
                    kind = "gold same source, no target"
                else:
                    kind = "gold another dyad"
                rows.append(
                    {
                        "set": dev.name,
                        "id": record.id,
                        "coder": name,
                        "kind": kind,
                        "right": (dev.name, record.id) not in wrong[name],
                        "got": f"{ev.event_type} {sorted(src)}->{sorted(tgt)}",
                        "gold": f"{record.event} {sorted(gold_s)}->{sorted(gold_t)}",
                        "source_words": [a.text for a in ev.sources],
                        "target_words": [a.text for a in ev.targets],
                        "target_named": any(
                            a.text and a.text not in {s.text for s in ev.sources}
                            for a in ev.targets
                        ),
                        "source_state_from": origin,
                        "trigger": ev.trigger,
                        "home": record.home,
                        "text": record.text,
                    }
                )
    Path(sys.argv[2]).write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")
    print("| coder | kind | records | right in the start run | target with words of its own |")
    print("|---|---|---:|---:|---:|")
    table = collections.Counter((r["coder"], r["kind"]) for r in rows)
    for (coder, kind), n in sorted(table.items()):
        mine = [r for r in rows if r["coder"] == coder and r["kind"] == kind]
        right = sum(r["right"] for r in mine)
        named = sum(r["target_named"] for r in mine)
        print(f"| {coder} | {kind} | {n} | {right} | {named} |")
    print()
    print("By where the bare source's state comes from (right / all):")
    print()
    print("| coder | kind | the home | the target's own words | another mention |")
    print("|---|---|---:|---:|---:|")
    for coder, kind in sorted(table):
        cells = []
        for origin in ORIGINS:
            mine = [
                r
                for r in rows
                if (r["coder"], r["kind"], r["source_state_from"]) == (coder, kind, origin)
            ]
            cells.append(f"{sum(r['right'] for r in mine)} / {len(mine)}")
        print(f"| {coder} | {kind} | {' | '.join(cells)} |")
    print()
    print(
        "| file | record | coder | kind | got | gold | source / target words | state from "
        "| trigger |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        words = f"{'; '.join(map(str, r['source_words']))} / "
        words += "; ".join(map(str, r["target_words"]))
        print(
            f"| {r['set']} | {r['id']} | {r['coder']} | {r['kind']} | {r['got']} | "
            f"{r['gold']} | {words} | {r['source_state_from']} | {r['trigger']} |"
        )


ORIGINS = ("the home", "the target's own words", "another mention")


def _origin(mentions: Any, source: str | None, targets: Any) -> str:
    """Where a bare source's state comes from: the document's home (the bare mention already
    has a code: the sentence names no coded actor), the event's target (the sentence's first
    country-coded mention, from which ``_fill_bare`` fills a source, is the target's own
    words), or another mention of the sentence."""
    mine = [m for m in mentions if m.bare and m.actor.text == source]
    if mine and mine[0].actor.code:
        return ORIGINS[0]
    context = next((m for m in mentions if m.actor.code and not m.bare), None)
    if context is not None and context.actor.text in {a.text for a in targets}:
        return ORIGINS[1]
    return ORIGINS[2]


if __name__ == "__main__":
    main()
