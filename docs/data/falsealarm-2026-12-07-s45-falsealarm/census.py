"""Census of the false alarms of a harness READING run, per coder (session 45, s45-falsealarm).

For each coder of ``evaluate_reading.py``'s READING output (``{coder: {set: figures}}``, with
``errors``), every record whose gold is NONE and where the coder emits an event (its first, the
one scored): counted by the emitted type, and put in the first group of :data:`GROUPS` whose
test the trigger's context passes (the words of the trigger's clause before it, the trigger,
the sentence), else "other"; then every record, by group. The groups name constructions and
were written after reading the records; they are a reading aid, not causes proved record by
record. The CHECK files of session 45 must not be in the input (asserted by name).

    D=docs/data/falsealarm-2026-12-07-s45-falsealarm
    python3 $D/census.py /tmp/reading-s45-start.json > $D/census-start.md
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

CHECK = {
    "heldout-s43",
    "heldout-s43b",
    "heldout-s43c",
    "heldout-s44",
    "heldout-s44b",
    "heldout-s44c",
}

# words that close the clause before a trigger, read backwards from it
_STOPS = {",", ";", ":", "that", "which", "who", "whom", "whose", "because", "but", "and"}
_WORD = re.compile(r"[\w'’-]+|[^\w\s]")


def _before(text: str, trigger: str) -> tuple[list[str], list[str]]:
    """The words of the sentence before the trigger (lower case): all of them, and the tail of
    the trigger's clause (back to the nearest clause word or comma, at most 12 words)."""
    at = text.find(trigger) if trigger else -1
    if at < 0:
        at = text.lower().find(trigger.lower()) if trigger else -1
    words = [w.lower() for w in _WORD.findall(text[: max(at, 0)])]
    tail: list[str] = []
    for word in reversed(words[-12:]):
        if word in _STOPS:
            break
        tail.insert(0, word)
    return words, tail


def _has(words: list[str], *keys: str) -> bool:
    return any(w in keys for w in words)


def _quoted(text: str, trigger: str) -> bool:
    """The trigger inside a quotation (an odd number of quotation marks before it)."""
    at = text.find(trigger) if trigger else -1
    if at < 0:
        return False
    head = text[:at]
    return head.count('"') % 2 == 1 or head.count("“") > head.count("”")


Test = Callable[[str, str, list[str], list[str]], bool]

# words of giving or withholding a statement: what a comment declined or not given names
_COMMENT = (
    r"(comment\w*|respon\w*|repl\w*|statement\w*|details?|informations?|rebuttal|reason|"
    r"explanation|elaborat\w*|specif\w*|disclos\w*|explain\w*|confirm\w*|say|said|"
    r"speak\w*|reveal\w*|answer\w*|reaction)"
)
_WITHHELD = re.compile(
    r"\b(declin\w*|refus\w*|refrain\w*|not|n't|never|no|yet to|unavailable|without)\b"
    r"(\W+\w+){0,4}?\W+" + _COMMENT + r"\b",
    re.IGNORECASE,
)


def _withheld(text: str, trigger: str) -> bool:
    """A comment declined, not given or not yet given, the trigger inside that phrase ("declined
    to comment", "did not offer any details", "has not yet issued a response", "provided no
    details", "refrained from responding")."""
    at = text.find(trigger) if trigger else -1
    if at < 0:
        return False
    end = at + len(trigger)
    for match in _WITHHELD.finditer(text):
        if match.start() <= at and end <= match.end() + 1:
            return True
        if match.start() <= end + 30 and at <= match.start() and match.group(1).lower() == "no":
            return True  # "provided no details", "offered no immediate rebuttal"
    return False


_PERFECT_NOT = re.compile(r"\b(has|have|had)(n't| not| never)( yet)?( \w+ly)?$", re.IGNORECASE)

GROUPS: list[tuple[str, Test]] = [
    ("a question", lambda text, trig, words, tail: "?" in text),
    (
        "a comment declined, not given or not yet given (the trigger in that phrase)",
        lambda text, trig, words, tail: _withheld(text, trig),
    ),
    (
        "a negated perfect (has / have / had not (yet) + the trigger)",
        lambda text, trig, words, tail: bool(
            _PERFECT_NOT.search(text[: max(text.find(trig), 0)].rstrip())
        ),
    ),
    (
        "a negation before the trigger",
        lambda text, trig, words, tail: (
            _has(tail[-4:], "not", "never", "no", "nor", "neither", "without", "n't")
            or any(w.endswith("n't") for w in tail[-4:])
        ),
    ),
    (
        "a condition (if, unless, whether)",
        lambda text, trig, words, tail: _has(words, "if", "unless", "whether"),
    ),
    (
        "an intention, plan or expectation (plans / intends / aims / seeks / expected to ...)",
        lambda text, trig, words, tail: bool(
            re.search(
                r"\b(plan|plans|planned|planning|intend\w*|aim\w*|seek\w*|sought|expected|"
                r"set|going|hope\w*|want\w*|wish\w*|propos\w*|prepar\w*|ready|"
                r"vow\w*|pledg\w*|promis\w*|threaten\w*|tr(y|ies|ied|ying)|attempt\w*|"
                r"push\w*|likely|poised|due|scheduled)\b( \w+){0,2} to$",
                " ".join(tail),
            )
        ),
    ),
    (
        "a modal or future (will, would, could, may, might, should, must, can)",
        lambda text, trig, words, tail: _has(
            tail[-4:], "will", "would", "could", "may", "might", "should", "must", "can", "'ll"
        ),
    ),
    ("inside a quotation", lambda text, trig, words, tail: _quoted(text, trig)),
    (
        "a noun or a name (the trigger after a determiner, or capitalised mid-sentence)",
        lambda text, trig, words, tail: (
            (
                bool(tail)
                and tail[-1] in {"the", "a", "an", "its", "his", "her", "their", "this", "of", "'s"}
            )
            or (bool(trig) and trig[:1].isupper() and bool(words))
        ),
    ),
    (
        "background in a subordinate clause (after, since, when, as, while, before, after a "
        "relative word)",
        lambda text, trig, words, tail: _has(
            words[-(len(tail) + 1) :] if len(tail) < len(words) else words,
            "after",
            "since",
            "when",
            "as",
            "while",
            "before",
            "which",
            "who",
            "that",
            "where",
            "until",
        ),
    ),
    (
        "a reported statement (after a verb of saying)",
        lambda text, trig, words, tail: _has(
            words,
            "said",
            "says",
            "say",
            "told",
            "stated",
            "according",
            "added",
            "noted",
            "announced",
            "reported",
        ),
    ),
    (
        "a headline (no final stop)",
        lambda text, trig, words, tail: text.rstrip()[-1:] not in ".!?\"'”’",
    ),
]


def group_of(text: str, trigger: str) -> str:
    """The first group whose test the record passes, else "other"."""
    words, tail = _before(text, trigger)
    for name, test in GROUPS:
        if test(text, trigger, words, tail):
            return name
    return "other"


def main() -> None:
    runs: dict[str, Any] = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    for coder, files in runs.items():
        assert not CHECK & set(files), "a CHECK file in the input"
        alarms: list[tuple[str, dict[str, Any]]] = []
        none_n = 0
        for name, figures in files.items():
            none_n += sum(figures["confusion"].get("NONE", {}).values())
            for error in figures.get("errors", []):
                if error["gold"] == "NONE" and error["got"] != "NONE":
                    alarms.append((name, error))
        counted = sum(int(f["false_alarms"]) for f in files.values())
        assert counted == len(alarms), (counted, len(alarms))
        print(f"## {coder}: {len(files)} READING files, {none_n} gold NONE records,")
        print(f"{len(alarms)} false alarms in {len({n for n, _ in alarms})} files\n")
        types = Counter(str(e["got"]) for _, e in alarms)
        where: dict[str, set[str]] = defaultdict(set)
        for name, e in alarms:
            where[str(e["got"])].add(name)
        print("| emitted type | records | files |")
        print("| --- | ---: | ---: |")
        for kind, n in types.most_common():
            print(f"| {kind} | {n} | {len(where[kind])} |")
        words = Counter((str(e.get("trigger") or "").lower(), str(e["got"])) for _, e in alarms)
        files_of: dict[tuple[str, str], set[str]] = defaultdict(set)
        for name, e in alarms:
            files_of[str(e.get("trigger") or "").lower(), str(e["got"])].add(name)
        print("\n| trigger, emitted type (the 25 largest) | records | files |")
        print("| --- | ---: | ---: |")
        for (word, kind), n in words.most_common(25):
            print(f"| {word}, {kind} | {n} | {len(files_of[word, kind])} |")
        found: dict[str, list[tuple[str, dict[str, Any]]]] = defaultdict(list)
        for name, e in alarms:
            text = " ".join(str(e["text"]).split())
            found[group_of(text, str(e.get("trigger") or ""))].append((name, e))
        order = [*(g for g, _ in GROUPS), "other"]
        print("\n| construction (first test passed) | records | files | types |")
        print("| --- | ---: | ---: | --- |")
        for group in order:
            rows = found[group]
            kinds = Counter(str(e["got"]) for _, e in rows)
            print(
                f"| {group} | {len(rows)} | {len({n for n, _ in rows})} | "
                + ", ".join(f"{k} {v}" for k, v in kinds.most_common())
                + " |"
            )
        print()
        for group in order:
            if not found[group]:
                continue
            print(f"### {coder}: {group} ({len(found[group])})\n")
            for name, e in found[group]:
                text = " ".join(str(e["text"]).split())
                src = "+".join(e["source"]) or "-"
                tgt = "+".join(e["target"]) or "-"
                print(f"- {name} {e['id']} {e['got']} {src}->{tgt} [{e.get('trigger')}] | {text}")
            print()


if __name__ == "__main__":
    main()
