"""s23-nlpclaim2's measure: the READING records where the nlp coder's first event contradicts
docs/event-coding.md's convention "'X said Y attacked Z': the type follows the reported
predicate": a verb of saying governs a reported clause (not negated) whose verb is a judgement
of wrong-doing (``accord.news.coding.judges_wrong``: ACCUSE) or an act of force
(``accord.news.coding.acts_by_force``: ASSAULT), and the coder's first event, on the verb of
saying or on the reported verb, has another type (or there is none).

Run from the worktree root with ``PYTHONPATH=src``: ``python3 measure.py START.json OUT.json``.
The start run holds the READING files only (the harness leaves the CHECK files out of it).
It imports the candidate's functions, so it runs with the candidate's code: commit eb5a63e
(``git worktree add /tmp/at eb5a63e``), or main with ``candidate.patch`` applied.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from accord.news.coding import acts_by_force, judges_wrong
from accord.news.gazetteer import tokenize
from accord.news.nlp.models import spacy_pipeline
from accord.news.nlp.roles import predicates, saying_verb


def reported_clauses(text: str) -> list[tuple[str, str, str]]:
    """(verb of saying, reported verb, the convention's type) of each reported clause of
    judgement or force in ``text`` that is not negated."""
    tokens = tokenize(text)
    out = []
    for sent in spacy_pipeline()(text).sents:
        for pred in predicates(sent):
            verb = sent.doc[pred.verb]
            saying = saying_verb(verb)
            at = next((i for i, t in enumerate(tokens) if t.start == verb.idx), None)
            if saying is None or pred.negated or at is None:
                continue
            kind = (
                "ACCUSE"
                if judges_wrong(tokens, at)
                else "ASSAULT"
                if acts_by_force(tokens, at)
                else ""
            )
            if kind:
                out.append((saying.text, verb.text, kind))
    return out


def main() -> None:
    """Write the contradicting records per file, with the rules coder's reading of each."""
    start = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    rules_errors = {
        (name, e["id"]): e for name, figures in start["rules"].items() for e in figures["errors"]
    }
    out: list[dict[str, object]] = []
    counts: Counter[str] = Counter()
    for name, figures in start["nlp"].items():
        for error in figures["errors"]:
            trigger = (error.get("trigger") or "").split()
            for saying, verb, kind in reported_clauses(error["text"]):
                on_clause = not trigger or saying in trigger or verb in trigger
                if on_clause and error["got"] != kind:
                    rules = rules_errors.get((name, error["id"]))
                    brief = (
                        "right"
                        if rules is None
                        else {k: rules[k] for k in ("got", "source", "target", "trigger")}
                    )
                    out.append(
                        {
                            "set": name,
                            **error,
                            "said": saying,
                            "reported": verb,
                            "prescribed": kind,
                            "rules": brief,
                        }
                    )
                    counts[name] += 1
                    break
    text = json.dumps({"counts": counts, "records": out}, indent=1)
    Path(sys.argv[2]).write_text(text + "\n", encoding="utf-8")
    print(sum(counts.values()), dict(counts))


if __name__ == "__main__":
    main()
