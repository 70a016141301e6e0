"""The READING records to read for s24-said's measure: every nlp coder error of the start run
whose sentence reports a clause (a predicate with a speaker: the ``ccomp`` of a verb of saying,
or "according to X", on the nlp coder's own parse), with the rules coder's reading of the same
record, and two tags for the classes of the brief:

* ``own_side``: a reported clause whose agent is a noun with a possessive pronoun ("its jets",
  "their forces", "our troops") and whose agent phrase names no actor, so that the coder finds
  no source for it;
* ``report_first``: the nlp coder's first event has a verb of saying as its trigger while the
  sentence reports a clause (a report verb coded over the act it reports).

Run from the worktree root with ``PYTHONPATH=src``:
``python3 measure.py /tmp/reading-s24-start.json OUT.json``. The start run holds the READING
files only (the harness leaves the CHECK files out of it); the records were then read one by
one (the classes are in docs/validation-events/session-24-said.md).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from accord.news.nlp.coder import DEFAULT_RULES, _parse
from accord.news.nlp.roles import SAY_LEMMAS, predicates

POSSESSIVE = frozenset({"its", "their", "our", "his", "her"})


def tags(text: str, trigger: str | None) -> list[str]:
    """The classes a sentence's parse puts it in (empty: it reports no clause)."""
    doc = _parse(text)
    reported = False
    out: set[str] = set()
    for sent in doc.sents:
        for pred in predicates(sent, DEFAULT_RULES):
            if not pred.speakers:
                continue
            reported = True
            for i in pred.agents:
                if any(c.dep_ == "poss" and c.lower_ in POSSESSIVE for c in doc[i].children):
                    out.add("own_side")
    if not reported:
        return []
    if trigger and any(t.lemma_ in SAY_LEMMAS and t.text == trigger for t in doc):
        out.add("report_first")
    return sorted(out) or ["reported"]


def main() -> None:
    """Write the tagged nlp errors, each with the rules coder's error or "right"."""
    start = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    rules_errors = {
        (name, e["id"]): e for name, figures in start["rules"].items() for e in figures["errors"]
    }
    out: list[dict[str, object]] = []
    counts: Counter[str] = Counter()
    for name, figures in start["nlp"].items():
        for error in figures["errors"]:
            found = tags(error["text"], error["trigger"])
            if not found:
                continue
            rules = rules_errors.get((name, error["id"]))
            brief = (
                "right"
                if rules is None
                else {k: rules[k] for k in ("got", "source", "target", "trigger")}
            )
            out.append({"set": name, "tags": found, **error, "rules": brief})
            counts.update(found)
    text = json.dumps({"counts": counts, "errors": out}, indent=1)
    Path(sys.argv[2]).write_text(text + "\n", encoding="utf-8")
    print(len(out), dict(counts))


if __name__ == "__main__":
    main()
